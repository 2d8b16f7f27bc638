import type { APIRequestContext, APIResponse, Locator } from "@playwright/test";

// Posting a page's form over plain HTTP, as a browser without JavaScript (or a client retrying)
// does: the fields the form would send, including React's hidden server-action fields, as
// multipart to the page's own URL. Lets a test send exactly what it wants, repeatedly or at once.

export type Fields = [string, string][];

/** The fields the form would submit right now, read in the browser. */
export async function formFields(form: Locator): Promise<Fields> {
  return form.evaluate((f) =>
    [...new FormData(f as HTMLFormElement).entries()].map(([k, v]) => [k, String(v)] as [string, string]),
  );
}

/** The same fields with some replaced (a value) or left out (undefined). */
export function withFields(fields: Fields, changes: Record<string, string | string[] | undefined>): Fields {
  const out: Fields = fields.filter(([k]) => !(k in changes));
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) out.push([k, one]);
  }
  return out;
}

export async function postForm(
  request: APIRequestContext,
  url: string,
  fields: Fields,
): Promise<APIResponse> {
  const body = new FormData();
  for (const [k, v] of fields) body.append(k, v);
  return request.post(url, { multipart: body, maxRedirects: 0, headers: { Origin: new URL(url).origin } });
}
