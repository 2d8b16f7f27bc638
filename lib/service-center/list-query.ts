import { z } from "zod";
import type { Actor } from "../auth/actor";
import { firstValue, optionalEnum, pageNumber, parseQuery } from "../http/query";

// The service-center case list's state in the URL (`?status=OPEN&page=2&done=resolved`).

export const CASE_VIEWS = ["OPEN", "RESOLVED", "DECLINED", "ALL"] as const;
export type CaseView = (typeof CASE_VIEWS)[number];

const upperCase = (v: unknown) => (typeof v === "string" ? v.toUpperCase() : v);

export const caseListQuerySchema = z.object({
  status: z.preprocess((v) => upperCase(firstValue(v)), optionalEnum(CASE_VIEWS)),
  page: pageNumber(),
  /** Set by the agent's actions when they send the agent back to the list. */
  done: optionalEnum(["resolved", "declined"] as const),
});

export type CaseListQuery = { view: CaseView; page: number; done?: "resolved" | "declined" };

/**
 * Parses the page's `searchParams`; never throws. Without a status, agents work a queue (open cases
 * first) while partner administrators follow all of theirs.
 */
export function parseCaseListQuery(actor: Actor, raw: unknown): CaseListQuery {
  const q = parseQuery(caseListQuerySchema, raw);
  return { view: q.status ?? (actor.kind === "agent" ? "OPEN" : "ALL"), page: q.page, done: q.done };
}
