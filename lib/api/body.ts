import { problem } from "./problem";

// A write's JSON body, read with a size cap before anything parses it: an oversized or malformed
// body is one clear problem answer and nothing else happens.

export const MAX_BODY_BYTES = 64 * 1024;
export const NOT_JSON = "Send the body as JSON (Content-Type: application/json).";
export const TOO_LARGE = `The body is larger than ${MAX_BODY_BYTES / 1024} KB.`;

export async function readJsonBody(
  request: Request,
  headers: Headers,
  options: { optional?: boolean } = {},
): Promise<{ body: unknown; text: string } | Response> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return problem(413, TOO_LARGE, { headers });
  const text = await request.text();
  if (Buffer.byteLength(text, "utf8") > MAX_BODY_BYTES) return problem(413, TOO_LARGE, { headers });
  if (text.trim() === "" && options.optional) return { body: {}, text: "" };
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json") return problem(415, NOT_JSON, { headers });
  try {
    return { body: JSON.parse(text) as unknown, text };
  } catch {
    return problem(400, "The body is not valid JSON.", { headers });
  }
}
