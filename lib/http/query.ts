import { z } from "zod";
import { isSafeText } from "../validation/text";

// Pages read their state from the URL, and URLs get edited by hand: every query value is parsed
// with zod here, and an unknown or malformed value falls back to its default instead of failing.

/** Next passes a repeated parameter (`?a=1&a=2`) as an array; the first one counts. */
export const firstValue = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/** The first value, trimmed; blank, not a string, or text no column can hold (NUL) → undefined. */
export const queryString = (value: unknown): string | undefined => {
  const v = firstValue(value);
  if (typeof v !== "string" || !isSafeText(v)) return undefined;
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
};

/** Optional free text, cut (not refused) at `max` characters: a pasted essay still searches. */
export const optionalText = (max: number) =>
  z.preprocess((v) => queryString(v)?.slice(0, max), z.string().optional()).catch(undefined);

/** An id (or other token) of at most `max` characters; a longer one is no id at all. */
export const optionalId = (max = 64) =>
  z.preprocess(queryString, z.string().max(max).optional()).catch(undefined);

/** One of `values`, or undefined. */
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(queryString, z.enum(values).optional()).catch(undefined);

/** A page number from 1 to `max`; anything else is page 1. */
export const pageNumber = (max = 100_000) =>
  z.preprocess(firstValue, z.coerce.number().int().min(1).max(max)).catch(1);

/** Parses Next's `searchParams` (or anything else) with `schema`; never throws on bad input. */
export function parseQuery<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  return schema.parse(raw && typeof raw === "object" ? raw : {});
}

/** The first value of each parameter, as links that keep the current view need it. */
export function plainQuery(raw: Record<string, unknown>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    const v = firstValue(value);
    out[key] = typeof v === "string" ? v : undefined;
  }
  return out;
}
