import "server-only";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getActor } from "../auth/session";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "../db/unavailable";
import { localeFromAcceptLanguage } from "../i18n/locales";
import { localizeFieldErrors, localizeLibText } from "../i18n/localize";
import { type PortalLocale, toPortalLocale } from "../i18n/portal";
import { getPortalLocale, LANGUAGE_COOKIE } from "../i18n/request-locale";
import { portalLanguagesOffered, pseudoLocaleOffered } from "../i18n/rollout";
import { logger } from "../log/logger.mjs";
import type { Result } from "../result";
import { toSafeText, UNSAFE_TEXT_MESSAGE, unsafeTextKeys } from "../validation/text";

// The one server-action wrapper (style.md §4): session → actor → zod parse → call lib →
// revalidatePath → one result shape, read on the client with useActionState. A refusal's message
// and field errors come from lib/ in the rules' English and are shown in the person's language.

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = unknown> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> }
  | null;

export const GENERIC_FAILURE = "Something went wrong on our side. Please try again in a moment.";
const INVALID_INPUT = "Some fields need your attention.";

type Refused = Extract<ActionState, { ok: false }>;

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

/**
 * The language to refuse in when the session could not be read (the database is down): the
 * request's cookie or Accept-Language, as getPortalLocale falls back to — without asking the
 * database a second time.
 */
async function localeWithoutSession(): Promise<PortalLocale> {
  if (!portalLanguagesOffered()) return "en";
  const cookie = toPortalLocale((await cookies()).get(LANGUAGE_COOKIE)?.value, {
    pseudo: pseudoLocaleOffered(),
  });
  return cookie ?? localeFromAcceptLanguage((await headers()).get("accept-language"));
}

/**
 * A refusal in the person's language (getPortalLocale: their setting, else the request's): its
 * message and each field error, which lib/ writes in the rules' English. Only refusals pay for it.
 */
async function inTheirLanguage(state: Refused, { sessionRead }: { sessionRead: boolean }): Promise<Refused> {
  let locale: PortalLocale;
  try {
    locale = sessionRead ? await getPortalLocale() : await localeWithoutSession();
  } catch {
    return state; // no request to read a language from: English, as lib wrote it
  }
  if (locale === "en") return state;
  return {
    ...state,
    message: localizeLibText(locale, state.message),
    ...(state.fieldErrors ? { fieldErrors: localizeFieldErrors(locale, state.fieldErrors) } : {}),
  };
}

export function defineAction<S extends z.ZodType, T>(def: Definition<S, T>) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = formValues(formData);
    // The session lookup reads the database too: an outage there is the same clear answer.
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      return inTheirLanguage(failure(def.name, error, values), { sessionRead: false });
    }
    if (!actor) redirect("/signin");
    // NUL bytes and broken UTF-16 can never be stored: refused here for every action (decision 030).
    const unsafe = unsafeTextKeys(Object.entries(values));
    if (unsafe.length > 0) {
      return inTheirLanguage(
        {
          ok: false,
          message: INVALID_INPUT,
          fieldErrors: Object.fromEntries(unsafe.map((key) => [toSafeText(key), [UNSAFE_TEXT_MESSAGE]])),
          values: Object.fromEntries(Object.entries(values).map(([k, v]) => [toSafeText(k), toSafeText(v)])),
        },
        { sessionRead: true },
      );
    }
    const parsed = def.schema.safeParse(values);
    if (!parsed.success) {
      return inTheirLanguage(
        {
          ok: false,
          message: INVALID_INPUT,
          fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors,
          values,
        },
        { sessionRead: true },
      );
    }
    let result: Result<T>;
    try {
      result = await def.run({ actor, input: parsed.data, now: new Date() });
    } catch (error) {
      // With the database down, the person's own setting cannot be read again: the request's.
      return inTheirLanguage(failure(def.name, error, values), {
        sessionRead: !isDatabaseUnavailable(error),
      });
    }
    if (!result.ok) {
      return inTheirLanguage(
        { ok: false, message: result.message, fieldErrors: result.fieldErrors, values },
        { sessionRead: true },
      );
    }
    for (const path of def.revalidate?.(parsed.data, result.data) ?? []) revalidatePath(path);
    if (def.redirectTo) redirect(def.redirectTo(parsed.data, result.data));
    return { ok: true, data: result.data };
  };
}
