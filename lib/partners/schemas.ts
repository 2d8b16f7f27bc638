import { z } from "zod";
import { ADMIN_LIMITS, emailField, nameField } from "../users/schemas";

export const PROGRAM_ID_PATTERN = /^\d{7}$/;
export const MAX_ONBOARDING_LOCATIONS = 10;

export const locationSchema = z.object({
  name: nameField("the location's name"),
  country: nameField("the country", ADMIN_LIMITS.country),
});
export type LocationInput = z.output<typeof locationSchema>;

export const partnerNameSchema = z.object({ name: nameField("the partner's name") });

export const onboardSchema = z
  .object({
    name: nameField("the partner's name"),
    programId: z
      .string({ error: "Enter the program ID." })
      .trim()
      .regex(PROGRAM_ID_PATTERN, "The program ID is the partner's 7-digit number, such as 1234567."),
    locations: z
      .array(locationSchema)
      .min(1, "Add at least one location.")
      .max(
        MAX_ONBOARDING_LOCATIONS,
        `Add at most ${MAX_ONBOARDING_LOCATIONS} locations now; add more later.`,
      ),
    adminEmail: emailField,
    adminName: nameField("the Global Administrator's name"),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.locations.forEach((l, i) => {
      const key = l.name.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: "custom",
          path: ["locations", i, "name"],
          message: "Each location needs its own name.",
        });
      seen.add(key);
    });
  });
export type OnboardInput = z.output<typeof onboardSchema>;

/** Field errors keyed as the form names its fields: "locations.0.name". */
export function dottedFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
