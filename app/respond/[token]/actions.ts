"use server";

import { z } from "zod";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/db/unavailable";
import { respondByToken } from "@/lib/references/respond";

// The customer has no account: the token in the link is the only credential (R13).
const input = z.object({ token: z.string().max(200), decision: z.enum(["approve", "reject"]) });

export type DecisionState = { ok: boolean; message: string } | null;

export async function decide(_previous: DecisionState, formData: FormData): Promise<DecisionState> {
  const parsed = input.safeParse({ token: formData.get("token"), decision: formData.get("decision") });
  if (!parsed.success) return { ok: false, message: "Choose Approve or Reject." };
  try {
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
    if (isDatabaseUnavailable(error)) return { ok: false, message: SERVICE_UNAVAILABLE };
    console.error("[respond] decision failed", error);
    return { ok: false, message: "Something went wrong on our side. Please try again in a moment." };
  }
}
