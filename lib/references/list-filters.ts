import { z } from "zod";
import { ReferenceStatus } from "../db/generated/enums";
import { isSafeText } from "../validation/text";

// The Reference List's state lives in the URL, and URLs get edited by hand: every unknown or
// malformed value falls back to its default instead of failing the page.

export const LIST_PAGE_SIZE = 20;

export const LIST_SORTS = ["created", "lastSent", "status", "customer"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

// Next passes repeated parameters as arrays; the first one wins.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const v = first(value);
  if (typeof v !== "string" || !isSafeText(v)) return undefined; // a NUL byte would fail the query
  const trimmed = v.trim();
  return trimmed === "" ? undefined : trimmed;
};

const optionalId = z.preprocess(blankToUndefined, z.string().max(64).optional()).catch(undefined);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToUndefined, z.enum(values).optional()).catch(undefined);

export const listFiltersSchema = z.object({
  status: optionalEnum(Object.values(ReferenceStatus) as [ReferenceStatus, ...ReferenceStatus[]]),
  locationId: optionalId,
  competencyId: optionalId,
  /** Agents only: narrow to one partner. Ignored for partner users, who only ever see their own. */
  partnerId: optionalId,
  assigned: optionalEnum(["yes", "no"] as const),
  // A pasted essay is cut, not rejected.
  q: z
    .preprocess(
      blankToUndefined,
      z
        .string()
        .transform((s) => s.slice(0, 200))
        .optional(),
    )
    .catch(undefined),
  sort: z.preprocess(first, z.enum(LIST_SORTS)).catch("created"),
  dir: z.preprocess(first, z.enum(["asc", "desc"])).catch("desc"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});

export type ListFilters = z.output<typeof listFiltersSchema>;

/** Parses Next's `searchParams` (or anything else); never throws. */
export function parseListFilters(input: unknown): ListFilters {
  return listFiltersSchema.parse(input && typeof input === "object" ? input : {});
}
