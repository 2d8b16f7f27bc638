"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { cancelReference } from "@/lib/references/cancel";
import { declineServiceCase, resolveServiceCase } from "@/lib/service-center/cases";

// Thin agent actions (R6, R12): who may resolve, decline or cancel is decided in lib/, which also
// validates the fields; these only connect the forms to it and say where to go afterwards.

const text = (max: number) => z.string().max(max).default("");
/** The case list's status filter, carried through the form so the agent lands on the same view. */
const view = z.enum(["OPEN", "RESOLVED", "DECLINED", "ALL"]).catch("OPEN");

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

/** R12 from the reference's own page: an agent cancels at the request of a named program administrator. */
export const cancelReferenceAction = defineAction({
  name: "cancel-reference",
  schema: z.object({ referenceId: text(64), programAdministrator: text(300), note: text(1000) }),
  run: ({ actor, input, now }) =>
    cancelReference({
      actor,
      referenceId: input.referenceId,
      programAdministrator: input.programAdministrator,
      note: input.note || undefined,
      now,
    }),
  revalidate: (input) => [...casePaths, `/references/${input.referenceId}`],
});
