import { z } from "zod";
import { ReferenceStatus } from "../db/generated/enums";
import { firstValue, optionalEnum, optionalId, optionalText, pageNumber, parseQuery } from "../http/query";

// The Reference List's state lives in the URL, and URLs get edited by hand: every unknown or
// malformed value falls back to its default instead of failing the page.

export const LIST_PAGE_SIZE = 20;

export const LIST_SORTS = ["created", "lastSent", "status", "customer"] as const;
export type ListSort = (typeof LIST_SORTS)[number];

export const listFiltersSchema = z.object({
  status: optionalEnum(Object.values(ReferenceStatus) as [ReferenceStatus, ...ReferenceStatus[]]),
  locationId: optionalId(),
  competencyId: optionalId(),
  /** Agents only: narrow to one partner. Ignored for partner users, who only ever see their own. */
  partnerId: optionalId(),
  assigned: optionalEnum(["yes", "no"] as const),
  q: optionalText(200),
  sort: z.preprocess(firstValue, z.enum(LIST_SORTS)).catch("created"),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"])).catch("desc"),
  page: pageNumber(),
});

export type ListFilters = z.output<typeof listFiltersSchema>;

/** Parses Next's `searchParams` (or anything else); never throws. */
export function parseListFilters(input: unknown): ListFilters {
  return parseQuery(listFiltersSchema, input);
}
