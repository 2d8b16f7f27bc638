import { z } from "zod";

// The one result shape shared by domain functions, server actions and forms (style.md §4).
export type RefusalCode =
  | "INVALID_INPUT"
  | "RATE_LIMITED" // abuse limits (lib/security/rate-limit.ts)
  | "NOT_FOUND"
  | "FORBIDDEN_CREATE" // R5
  | "FORBIDDEN_ASSIGN" // R6
  | "FORBIDDEN"
  | "RESEND_NOT_DUE" // R3
  | "ALREADY_FINAL" // R2
  | "NOT_APPROVED" // R7
  | "NOT_ELIGIBLE" // R9
  | "SAME_COMPETENCY"
  | "CASE_CLOSED"
  | "CONFLICT"
  | "CONTACT_REFUSED"; // R16, R18

export type Refusal = {
  ok: false;
  code: RefusalCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
};

export type Result<T = undefined> = { ok: true; data: T } | Refusal;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export const refuse = (
  code: RefusalCode,
  message: string,
  fieldErrors?: Record<string, string[]>,
): Refusal => (fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message });

/** Zod issues as the `fieldErrors` of a refusal: messages per field, form-level ones under `_form`. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const flat = z.flattenError(error);
  const fieldErrors: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(flat.fieldErrors)) {
    if (Array.isArray(messages) && messages.length > 0) fieldErrors[key] = messages as string[];
  }
  if (flat.formErrors.length > 0) fieldErrors._form = flat.formErrors;
  return fieldErrors;
}
