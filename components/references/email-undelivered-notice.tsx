import type { UndeliveredNotice } from "@/lib/email/reference-notice";
import { Alert } from "../ui/alert";

/** R17: the customer never received the request; it waits (no auto-approval) until corrected. */
export function EmailUndeliveredNotice({ notice }: { notice: UndeliveredNotice }) {
  return (
    <Alert tone="warning" title="Email not delivered">
      <p>
        The email to <strong>{notice.to}</strong> was not delivered: {notice.reason}
      </p>
      {notice.serverAnswer && <p className="mt-1 text-sm">The server answered: {notice.serverAnswer}</p>}
      <p className="mt-1">
        The request will not be auto-approved until the customer receives it. Correct the contact&apos;s email
        below.
      </p>
    </Alert>
  );
}
