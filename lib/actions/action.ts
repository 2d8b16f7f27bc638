import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import type { Result } from "../result";

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

export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const actor = await getActor();
    if (!actor) redirect("/signin");
    const values = formValues(formData);
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
      console.error(`[action ${def.name}] failed`, error);
      return { ok: false, message: GENERIC_FAILURE, values };
    }
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
    for (const path of def.revalidate?.(parsed.data, result.data) ?? []) revalidatePath(path);
    if (def.redirectTo) redirect(def.redirectTo(parsed.data, result.data));
    return { ok: true, data: result.data };
  };
}
