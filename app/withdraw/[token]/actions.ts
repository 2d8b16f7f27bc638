"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { toLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { logger } from "@/lib/log/logger.mjs";
import { viewWithdrawal, withdrawByToken } from "@/lib/references/withdraw";
import { clientIp } from "@/lib/security/client-ip";
import { consumeLimit, retryMinutes } from "@/lib/security/rate-limit";

// R20: the customer has no account; the withdraw link's token is the only credential. Thin: the
// rule is lib/references/withdraw.ts. Answers in the page's language.
const input = z.object({ token: z.string().max(200) });

export type WithdrawState = { ok: boolean; message: string } | null;

export async function withdraw(_previous: WithdrawState, formData: FormData): Promise<WithdrawState> {
  const locale = toLocale(formData.get("locale"));
  const t = translator(locale, "withdraw");
  const respond = translator(locale, "respond");
  const parsed = input.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { ok: false, message: respond("linkNotValidBody") };
  try {
    const limit = await consumeLimit("customerDecisionPerIp", clientIp(await headers()));
    if (!limit.allowed)
      return {
        ok: false,
        message: respond("tooManyAnswers", { minutes: retryMinutes(limit.retryAfterSeconds) }),
      };
    const result = await withdrawByToken({ token: parsed.data.token, now: new Date() });
    if (result.ok) return { ok: true, message: t("done") };
    if (result.code === "NOT_FOUND") return { ok: false, message: respond("linkNotValidBody") };
    if (result.code === "ALREADY_FINAL") {
      const view = await viewWithdrawal(parsed.data.token);
      if (view.ok)
        return {
          ok: false,
          message: respond("alreadyFinal", { status: translator(locale, "statuses")(view.data.status) }),
        };
    }
    return { ok: false, message: t("failed") };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { ok: false, message: SERVICE_UNAVAILABLE };
    logger().error({ error }, "withdraw: failed");
    return { ok: false, message: t("failed") };
  }
}
