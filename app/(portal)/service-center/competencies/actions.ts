"use server";
import { z } from "zod";
import { defineAction } from "@/lib/actions/action";
import { checkedValues } from "@/lib/actions/form-lists";
import { addCompetency, retireCompetency, updateRequirements } from "@/lib/competencies/catalog-admin";

// Thin catalog actions; lib/ decides who may (agents) and validates the counts and types.

const anything = z.record(z.string(), z.string());
const requirements = (v: Record<string, string>) => ({
  silverRequired: v.silverRequired,
  goldRequired: v.goldRequired,
  projectTypes: checkedValues(v, "projectTypes"),
});
const paths = () => ["/service-center/competencies", "/competencies"];

export const addCompetencyAction = defineAction({
  name: "add-competency",
  schema: anything,
  run: ({ actor, input, now }) =>
    addCompetency({ actor, input: { name: input.name, ...requirements(input) }, now }),
  revalidate: paths,
});

export const updateRequirementsAction = defineAction({
  name: "update-requirements",
  schema: anything,
  run: ({ actor, input, now }) =>
    updateRequirements({ actor, competencyId: input.competencyId ?? "", input: requirements(input), now }),
  revalidate: paths,
});

export const retireCompetencyAction = defineAction({
  name: "retire-competency",
  schema: z.object({ competencyId: z.string().max(64).default("") }),
  run: ({ actor, input, now }) => retireCompetency({ actor, competencyId: input.competencyId, now }),
  revalidate: paths,
});
