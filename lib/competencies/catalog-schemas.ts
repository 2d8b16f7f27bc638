import { z } from "zod";
import { nameField } from "../users/schemas";
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

export const requirementsSchema = z
  .object({
    silverRequired: count("silver"),
    goldRequired: count("gold"),
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
