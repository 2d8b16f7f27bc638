import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// R17: told to the request's creator and the administrators who may assign it (R6) when the
// customer's mail server refused the request email for good. Until the address is corrected the
// request waits: it is never auto-approved.

export type DeliveryFailedNoticeProps = {
  contactName: string;
  contactEmail: string;
  customerCompany: string;
  projectTitle: string;
  locationName: string;
  reason: string;
  referenceUrl: string;
  preferencesUrl: string;
};

export function deliveryFailedNoticeSubject(p: { customerCompany: string; projectTitle: string }) {
  return `Email not delivered: the reference request to ${p.customerCompany} for “${p.projectTitle}”`;
}

export default function DeliveryFailedNotice(p: DeliveryFailedNoticeProps) {
  return (
    <EmailLayout
      preview={deliveryFailedNoticeSubject(p)}
      footerNote={`You receive this because you created this request or administer ${p.locationName}. You can turn these notices off on your profile: ${p.preferencesUrl}`}
    >
      <Text style={heading}>A reference request email was not delivered</Text>
      <Text style={paragraph}>
        The mail server of {p.customerCompany} refused the request for the project{" "}
        <strong>{p.projectTitle}</strong> ({p.locationName}) sent to {p.contactName} at {p.contactEmail}.
      </Text>
      <Text style={paragraph}>The server answered: {p.reason}</Text>
      <Text style={paragraph}>
        The request will not be auto-approved while the customer has not received it. Correct the contact's
        email and a new link goes to the new address.
      </Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.referenceUrl} style={button}>
          Correct the contact's email
        </Button>
      </Section>
    </EmailLayout>
  );
}
