"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { doNotAskAgain } from "@/lib/customers/do-not-ask";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { type Locale, toLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { logger } from "@/lib/log/logger.mjs";
import { respondByToken, viewByToken } from "@/lib/references/respond";
import { clientIp } from "@/lib/security/client-ip";
import { consumeLimit, retryMinutes } from "@/lib/security/rate-limit";

// The customer has no account: the token in the link is the only credential (R13). Answers are in
// the language the page was shown in.
const input = z.object({ token: z.string().max(200), decision: z.enum(["approve", "reject"]) });

export type DecisionState = { ok: boolean; message: string } | null;

export async function decide(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = toLocale(formData.get("locale"));
  const t = translator(locale, "respond");
  const parsed = input.safeParse({ token: formData.get("token"), decision: formData.get("decision") });
  if (!parsed.success) return { ok: false, message: t("chooseDecision") };
  try {
    const limit = await consumeLimit("customerDecisionPerIp", clientIp(await headers()));
    if (!limit.allowed)
      return { ok: false, message: t("tooManyAnswers", { minutes: retryMinutes(limit.retryAfterSeconds) }) };
    const requestHeaders = await headers();
    const result = await respondByToken({
      ...parsed.data,
      now: new Date(),
      // R20: the decision record keeps which consent text (this page's language) and keyed hashes.
      evidence: {
        locale,
        clientAddress: clientIp(requestHeaders),
        userAgent: requestHeaders.get("user-agent") ?? "",
      },
    });
    if (result.ok) {
      return { ok: true, message: t(parsed.data.decision === "approve" ? "approved" : "rejected") };
    }
    return { ok: false, message: await refusalMessage(locale, result, parsed.data.token) };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, message: SERVICE_UNAVAILABLE };
    logger().error({ error }, "respond: decision failed");
    return { ok: false, message: t("failed") };
  }
}

/** A refusal in the customer's language; one without a translation keeps the rule's English words. */
async function refusalMessage(locale: Locale, refusal: { code: string; message: string }, token: string) {
  const t = translator(locale, "respond");
  if (refusal.code === "NOT_FOUND") return t("linkNotValidBody");
  if (refusal.code === "ALREADY_FINAL") {
    const view = await viewByToken({ token, now: new Date() });
    if (view.ok) return t("alreadyFinal", { status: translator(locale, "statuses")(view.data.status) });
  }
  return refusal.message;
}

const doNotAskInput = z.object({ token: z.string().max(200) });

/** R18: "Do not ask me again" — a POST of its own; opening the link never records it. */
export async function doNotAsk(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const locale = toLocale(formData.get("locale"));
  const t = translator(locale, "respond");
  const parsed = doNotAskInput.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { ok: false, message: t("linkNotValidBody") };
  try {
    const limit = await consumeLimit("customerDecisionPerIp", clientIp(await headers()));
    if (!limit.allowed)
      return { ok: false, message: t("tooManyAnswers", { minutes: retryMinutes(limit.retryAfterSeconds) }) };
    const result = await doNotAskAgain({ token: parsed.data.token, now: new Date() });
    return result.ok
      ? { ok: true, message: t("doNotAskDone") }
      : { ok: false, message: t("linkNotValidBody") };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, message: SERVICE_UNAVAILABLE };
    logger().error({ error }, "respond: do-not-ask failed");
    return { ok: false, message: t("doNotAskFailed") };
  }
}
