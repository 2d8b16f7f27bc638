"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { respondByToken } from "@/lib/references/respond";
import { clientIp } from "@/lib/security/client-ip";
import { consumeLimit, limitMessages } from "@/lib/security/rate-limit";

// The customer has no account: the token in the link is the only credential (R13).
const input = z.object({ token: z.string().max(200), decision: z.enum(["approve", "reject"]) });

export type DecisionState = { ok: boolean; message: string } | null;

export async function decide(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const parsed = input.safeParse({ token: formData.get("token"), decision: formData.get("decision") });
  if (!parsed.success) return { ok: false, message: "Choose Approve or Reject." };
  try {
    const limit = await consumeLimit("customerDecisionPerIp", clientIp(await headers()));
    if (!limit.allowed) return { ok: false, message: limitMessages.decision(limit.retryAfterSeconds) };
    const result = await respondByToken({ ...parsed.data, now: new Date() });
    if (!result.ok) return { ok: false, message: result.message };
    return {
      ok: true,
      message:
        parsed.data.decision === "approve"
          ? "Thank you. You approved this reference."
          : "Thank you. You rejected this reference request.",
    };
  } catch (error) {
    console.error("[respond] decision failed", error);
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment." };
  }
}
