import { z } from "zod";
import { isSafeText, UNSAFE_TEXT_MESSAGE } from "../validation/text";

// R12: what a partner administrator sends the Regional Service Center, and what an agent answers.
// Shared by the forms, their actions and the domain functions.

export const CASE_LIMITS = { message: 2000, name: 200, id: 64 } as const;

// Form fields left empty arrive as "" (or are missing): both mean "not given".
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

// NUL bytes and broken UTF-16 cannot be stored; refused with their own message (decision 030).
const safe = { error: UNSAFE_TEXT_MESSAGE, abort: true } as const;

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .refine(isSafeText, { error: `Choose ${what}.`, abort: true })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(CASE_LIMITS.id, `Choose ${what}.`);

const message = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  z
    .string({ error: "Enter a message." })
    .refine(isSafeText, safe)
    .trim()
    .max(CASE_LIMITS.message, `Use at most ${CASE_LIMITS.message} characters for the message.`),
);

export const openServiceCaseSchema = z.discriminatedUnion(
  "type",
  [
    z.object({
      type: z.literal("CANCELLATION"),
      referenceId: id("the reference request"),
      message,
      // R12: a cancellation is only ever made at the request of a named program administrator.
      programAdministrator: z.preprocess(
        (v) => (v === undefined || v === null ? "" : v),
        z
          .string({ error: "Enter the name of the program administrator who asks for the cancellation." })
          .refine(isSafeText, safe)
          .trim()
          .min(1, "Enter the name of the program administrator who asks for the cancellation.")
          .max(CASE_LIMITS.name, `Use at most ${CASE_LIMITS.name} characters for the name.`),
      ),
    }),
    z.object({
      type: z.literal("ASSIGNMENT_HELP"),
      referenceId: id("the reference request"),
      message,
      competencyId: z.preprocess(blankToUndefined, id("a competency").optional()),
    }),
  ],
  { error: "Choose what you need help with." },
);

export type OpenServiceCaseInput = z.output<typeof openServiceCaseSchema>;

export const resolveServiceCaseSchema = z.object({
  caseId: id("a case"),
  resolution: z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z
      .string()
      .refine(isSafeText, safe)
      .trim()
      .max(CASE_LIMITS.message, `Use at most ${CASE_LIMITS.message} characters for the resolution.`),
  ),
  competencyId: z.preprocess(blankToUndefined, id("a competency").optional()),
});

export const declineServiceCaseSchema = z.object({
  caseId: id("a case"),
  reason: z.preprocess(
    (v) => (v === undefined || v === null ? "" : v),
    z
      .string()
      .refine(isSafeText, safe)
      .trim()
      .min(1, "Say why the case is declined.")
      .max(CASE_LIMITS.message, `Use at most ${CASE_LIMITS.message} characters for the reason.`),
  ),
});
