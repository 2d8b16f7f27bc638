// PostgreSQL cannot store a NUL byte in text, and a lone UTF-16 surrogate is not a character at
// all (it turns into "?" or an encoding error on the way to the database). Such input can only come
// from a tampered request or a broken client, so it is refused at the boundary with a field message
// instead of failing deep inside a query.

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  "Remove the invisible control characters or broken symbols (such as a NUL byte) from this field.";

/** True when the text can be stored and shown as typed: no NUL byte, no broken UTF-16. */
export function isSafeText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/** The names of the string values that are not safe text (for a URL's search parameters or a form). */
export function unsafeTextKeys(entries: Iterable<[string, unknown]>): string[] {
  const keys = new Set<string>();
  for (const [key, value] of entries) {
    if (!isSafeText(key)) keys.add("(a parameter name)");
    else if (typeof value === "string" && !isSafeText(value)) keys.add(key);
  }
  return [...keys];
}

/** The first value of a search parameter as Next passes it, or undefined when missing or unsafe. */
export function safeParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && isSafeText(first) ? first : undefined;
}

/** The text with NUL bytes dropped and broken UTF-16 shown as "�", for echoing a refused value back. */
export function toSafeText(value: string): string {
  return value.replaceAll("\u0000", "").replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
}
