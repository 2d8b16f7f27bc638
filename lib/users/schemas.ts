import { z } from "zod";

// The administration's input rules, shared by the forms (limits), the domain and the tests.

export const ADMIN_LIMITS = { name: 200, email: 254, country: 100 } as const;

export const ROLE_CHOICES = ["GLOBAL_ADMINISTRATOR", "LOCAL_ADMINISTRATOR", "MEMBER"] as const;
export type RoleChoice = (typeof ROLE_CHOICES)[number];

export const nameField = (what: string, max: number = ADMIN_LIMITS.name) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `Use at most ${max} characters for ${what}.`);

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(ADMIN_LIMITS.email, `Use at most ${ADMIN_LIMITS.email} characters for the email address.`)
  .pipe(z.email("Enter a valid email address, such as name@example.com."));

/** A role and, for a Local Administrator, the locations they administer (at least one). */
export const roleInputSchema = z
  .object({
    role: z.enum(ROLE_CHOICES, { error: "Choose a role." }),
    locationIds: z.array(z.string().max(64)).max(500).default([]),
  })
  .transform((v) => ({
    role: v.role,
    locationIds: v.role === "LOCAL_ADMINISTRATOR" ? [...new Set(v.locationIds)] : [],
  }))
  .refine((v) => v.role !== "LOCAL_ADMINISTRATOR" || v.locationIds.length > 0, {
    path: ["locationIds"],
    message: "Choose at least one location for a Local Administrator.",
  });
export type RoleInput = z.output<typeof roleInputSchema>;

export const inviteSchema = z
  .object({ email: emailField, name: nameField("the person's name") })
  .and(roleInputSchema);
export type InviteInput = z.output<typeof inviteSchema>;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  return z.flattenError(error).fieldErrors as Record<string, string[]>;
}
