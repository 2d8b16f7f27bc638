"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { declineServiceCase, resolveServiceCase } from "@/lib/service-center/cases";
import { CASE_VIEWS } from "@/lib/service-center/list-query";

// Thin agent actions (R6, R12): who may resolve or decline is decided in lib/, which also
// validates the fields; these only connect the forms to it and say where to go afterwards.

const text = (max: number) => z.string().max(max).default("");
/** The case list's status filter, carried through the form so the agent lands on the same view. */
const view = z.enum(CASE_VIEWS).catch("OPEN");

const casePaths = ["/service-center", "/service-center/partners", "/references", "/competencies"];
const back = (status: string, done: string) => `/service-center?status=${status}&done=${done}`;

export const resolveCaseAction = defineAction({
  name: "resolve-service-case",
  schema: z.object({
    caseId: text(64),
    referenceId: text(64),
    resolution: text(2000),
    competencyId: text(64),
    view,
  }),
  run: ({ actor, input, now }) =>
    resolveServiceCase({
      actor,
      caseId: input.caseId,
      resolution: input.resolution,
      competencyId: input.competencyId || undefined,
      now,
    }),
  revalidate: (input) => [...casePaths, ...(input.referenceId ? [`/references/${input.referenceId}`] : [])],
  redirectTo: (input) => back(input.view, "resolved"),
});

export const declineCaseAction = defineAction({
  name: "decline-service-case",
  schema: z.object({ caseId: text(64), reason: text(2000), view }),
  run: ({ actor, input, now }) =>
    declineServiceCase({ actor, caseId: input.caseId, reason: input.reason, now }),
  revalidate: () => ["/service-center"],
  redirectTo: (input) => back(input.view, "declined"),
});
