import { z } from "zod";
import { nameField } from "../users/schemas";
import { DEFAULT_COUNTING_MONTHS, MAX_COUNTING_MONTHS, MIN_COUNTING_MONTHS } from "./counting";
import { PROJECT_TYPE_KEYS } from "./project-types";

// R10's counts as the catalog editor accepts them: 1 ≤ silver ≤ gold ≤ 20.
export const MIN_COUNT = 1;
export const MAX_COUNT = 20;

const count = (level: string) =>
  z.coerce
    .number({ error: `Enter the ${level} count as a whole number.` })
    .int(`Enter the ${level} count as a whole number.`)
    .min(MIN_COUNT, `The ${level} count must be at least ${MIN_COUNT}.`)
    .max(MAX_COUNT, `The ${level} count must be at most ${MAX_COUNT}.`);

const COUNTING_MESSAGE = `Enter the counting period as a whole number of months from ${MIN_COUNTING_MONTHS} to ${MAX_COUNTING_MONTHS}.`;

export const requirementsSchema = z
  .object({
    silverRequired: count("silver"),
    goldRequired: count("gold"),
    // R19; a form without the field keeps the default, never a silent 0.
    countingMonths: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? DEFAULT_COUNTING_MONTHS : v),
      z.coerce
        .number({ error: COUNTING_MESSAGE })
        .int(COUNTING_MESSAGE)
        .min(MIN_COUNTING_MONTHS, COUNTING_MESSAGE)
        .max(MAX_COUNTING_MONTHS, COUNTING_MESSAGE),
    ),
    projectTypes: z
      .array(z.enum(PROJECT_TYPE_KEYS, { error: "Choose project types from the list." }))
      .min(1, "Choose at least one eligible project type."),
  })
  .refine((v) => v.goldRequired >= v.silverRequired, {
    path: ["goldRequired"],
    message: "The gold count must be at least the silver count.",
  })
  .transform((v) => ({ ...v, projectTypes: [...new Set(v.projectTypes)] }));

export const competencySchema = z
  .object({ name: nameField("the competency's name") })
  .and(requirementsSchema);
export type CompetencyInput = z.output<typeof competencySchema>;
export type RequirementsInput = z.output<typeof requirementsSchema>;
