import { EmailUndeliveredNotice } from "@/components/references/email-undelivered-notice";
import type { Actor } from "@/lib/auth/actor";
import { undeliveredRequestEmail } from "@/lib/email/reference-notice";

/** The reference page's notice when its request email ended FAILED (kept apart from the page on purpose). */
export async function UndeliveredEmail({ actor, referenceId }: { actor: Actor; referenceId: string }) {
  const notice = await undeliveredRequestEmail({ actor, referenceId });
  return notice ? <EmailUndeliveredNotice notice={notice} /> : null;
}
