import { z } from "zod";
import { ReferenceStatus } from "../db/generated/enums";
import { firstValue, optionalEnum, optionalId, optionalText, parseQuery, queryString } from "../http/query";

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
  // Keyset pagination (decision 061): an opaque position instead of a page number, so a deep page
  // costs what the first one does. `after` pages forward, `before` back; `from` jumps to a date
  // (date sorts only). A malformed value shows the first page.
  after: optionalId(400),
  before: optionalId(400),
  from: z.preprocess(queryString, z.iso.date().optional()).catch(undefined),
});

export type ListFilters = z.output<typeof listFiltersSchema>;

/** The URL parameters that say where in the list a page starts; a new filter or sort drops them. */
export const POSITION_PARAMS = ["after", "before", "from"] as const;

/** Parses Next's `searchParams` (or anything else); never throws. */
export function parseListFilters(input: unknown): ListFilters {
  return parseQuery(listFiltersSchema, input);
}
