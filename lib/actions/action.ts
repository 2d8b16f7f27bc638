import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "../db/unavailable";
import { logger } from "../log/logger.mjs";
import type { Result } from "../result";
import { toSafeText, UNSAFE_TEXT_MESSAGE, unsafeTextKeys } from "../validation/text";

// The one server-action wrapper (style.md §4): session → actor → zod parse → call lib →
// revalidatePath → one result shape, read on the client with useActionState.

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> }
  | null;

const GENERIC_FAILURE = "Something went wrong on our side. Please try again in a moment.";

type Definition<S extends z.ZodType, T> = {
  /** Used in server logs only. */
  name: string;
  schema: S;
  run: (ctx: { actor: Actor; input: z.output<S>; now: Date }) => Promise<Result<T>>;
  /** Paths whose cached pages change when the action succeeds. */
  revalidate?: (input: z.output<S>, data: T) => string[];
  /** Where to go after success (e.g. back to the list). */
  redirectTo?: (input: z.output<S>, data: T) => string;
};

/** The submitted text fields, so a form re-shown with errors keeps what the user typed. */
function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** An unexpected failure as a result the form can show; never the raw error. */
function failure(name: string, error: unknown, values: Record<string, string>) {
  if (isDatabaseUnavailable(error)) {
    logger().warn({ action: name, reason: (error as Error).message }, "action: database unavailable");
    return { ok: false as const, message: SERVICE_UNAVAILABLE, values };
  }
  logger().error({ action: name, error }, "action failed");
  return { ok: false as const, message: GENERIC_FAILURE, values };
}

export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = formValues(formData);
    // The session lookup reads the database too: an outage there is the same clear answer.
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      return failure(def.name, error, values);
    }
    if (!actor) redirect("/signin");
    // NUL bytes and broken UTF-16 can never be stored: refused here for every action (decision 030).
    const unsafe = unsafeTextKeys(Object.entries(values));
    if (unsafe.length > 0) {
      return {
        ok: false,
        message: "Some fields need your attention.",
        fieldErrors: Object.fromEntries(unsafe.map((key) => [toSafeText(key), [UNSAFE_TEXT_MESSAGE]])),
        values: Object.fromEntries(Object.entries(values).map(([k, v]) => [toSafeText(k), toSafeText(v)])),
      };
    }
    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        message: "Some fields need your attention.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
        values,
      };
    }
    let result: Result<T>;
    try {
      result = await def.run({ actor, input: parsed.data, now: new Date() });
    } catch (error) {
      return failure(def.name, error, values);
    }
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
    for (const path of def.revalidate?.(parsed.data, result.data) ?? []) revalidatePath(path);
    if (def.redirectTo) redirect(def.redirectTo(parsed.data, result.data));
    return { ok: true, data: result.data };
  };
}
