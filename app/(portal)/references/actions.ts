"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { assignReference } from "@/lib/references/assign";
import { cancelReference } from "@/lib/references/cancel";
import { correctContactEmail } from "@/lib/references/correct-contact";
import { createReference } from "@/lib/references/create";
import { resendReference } from "@/lib/references/resend";
import { createReferenceSchema } from "@/lib/references/schemas";
import { actionLimitRefusal } from "@/lib/security/action-limit";
import { openServiceCase } from "@/lib/service-center/cases";
import { openServiceCaseSchema } from "@/lib/service-center/schemas";

// Thin actions: the rules (who may, when, what) live in lib/; these only connect forms to them.

const referenceOnly = z.object({ referenceId: z.string().max(64) });
const refPaths = (id: string) => ["/references", `/references/${id}`, "/competencies"];

export const resendAction = defineAction({
  name: "resend",
  schema: referenceOnly,
  run: async ({ actor, input, now }) =>
    (await actionLimitRefusal("resend", actor)) ??
    resendReference({ actor, referenceId: input.referenceId, now }),
  revalidate: (input) => refPaths(input.referenceId),
});

/** R17: any time, not bound by R3's seven days; the same abuse limit as a resend. */
export const correctContactAction = defineAction({
  name: "correct-contact",
  schema: referenceOnly.extend({ contactEmail: z.string().max(1000).default("") }),
  run: async ({ actor, input, now }) =>
    (await actionLimitRefusal("resend", actor)) ??
    correctContactEmail({
      actor,
      referenceId: input.referenceId,
      input: { contactEmail: input.contactEmail },
      now,
    }),
  revalidate: (input) => refPaths(input.referenceId),
});

export const assignAction = defineAction({
  name: "assign",
  schema: referenceOnly.extend({
    competencyId: z.string().max(64).default(""),
    // "" = the page showed it unassigned
    expectedCompetencyId: z
      .string()
      .max(64)
      .optional()
      .transform((v) => (v === undefined ? undefined : v || null)),
  }),
  run: ({ actor, input, now }) => assignReference({ actor, ...input, now }),
  revalidate: (input) => refPaths(input.referenceId),
});

export const createAction = defineAction({
  name: "create",
  schema: createReferenceSchema,
  run: async ({ actor, input, now }) =>
    (await actionLimitRefusal("create", actor)) ?? createReference({ actor, input, now }),
  revalidate: () => ["/references"],
  redirectTo: (_input, data) => `/references?created=${encodeURIComponent(data.customerCompany)}`,
});

export const openCaseAction = defineAction({
  name: "open-service-case",
  schema: openServiceCaseSchema,
  run: ({ actor, input, now }) => openServiceCase({ actor, input, now }),
  revalidate: (input) => [`/references/${input.referenceId}`, "/service-center"],
});

/** R12: an agent cancels an awaiting request at the request of a named program administrator. */
export const cancelReferenceAction = defineAction({
  name: "cancel-reference",
  schema: referenceOnly.extend({
    programAdministrator: z.string().max(300).default(""),
    note: z.string().max(1000).default(""),
  }),
  run: ({ actor, input, now }) =>
    cancelReference({
      actor,
      referenceId: input.referenceId,
      programAdministrator: input.programAdministrator,
      note: input.note || undefined,
      now,
    }),
  revalidate: (input) => [...refPaths(input.referenceId), "/service-center", "/service-center/partners"],
});
