// RFC 9457 problem details: every API error is `application/problem+json` with the rule's exact
// words in `detail`; field errors ride in an `errors` extension member.

export type Problem = {
  status: number;
  title: string;
  detail: string;
  errors?: Record<string, string[]>;
};

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  409: "Conflict",
  413: "Content too large",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  503: "Service unavailable",
};

export function problem(
  status: number,
  detail: string,
  options: { errors?: Record<string, string[]>; headers?: HeadersInit } = {},
): Response {
  const body: Problem = {
    status,
    title: TITLES[status] ?? "Error",
    detail,
    ...(options.errors ? { errors: options.errors } : {}),
  };
  const headers = new Headers(options.headers);
  headers.set("Content-Type", "application/problem+json");
  headers.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status, headers });
}

/** A refusal from lib/ as its problem: the code decides the status, the message is the detail. */
export function problemForRefusal(
  refusal: { code: string; message: string; fieldErrors?: Record<string, string[]> },
  headers?: HeadersInit,
): Response {
  const status =
    refusal.code === "NOT_FOUND"
      ? 404
      : refusal.code === "INVALID_INPUT"
        ? 422
        : refusal.code.startsWith("FORBIDDEN")
          ? 403
          : refusal.code === "RATE_LIMITED"
            ? 429
            : 409;
  return problem(status, refusal.message, { errors: refusal.fieldErrors, headers });
}
