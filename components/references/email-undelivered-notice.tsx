import type { UndeliveredNotice } from "@/lib/email/reference-notice";
import { Alert } from "../ui/alert";

/** R15: tells the partner, in plain words, that the customer never received the request. */
export function EmailUndeliveredNotice({ notice }: { notice: UndeliveredNotice }) {
  return (
    <Alert tone="warning" title="The request email could not be delivered">
      The email to <strong>{notice.to}</strong> was not delivered: {notice.reason} The Regional Service Center
      has been shown the problem and can send it again.
    </Alert>
  );
}
