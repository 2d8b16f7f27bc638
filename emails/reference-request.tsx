import { Button, Link, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// The request a customer receives (R1) and receives again on each resend (R3). The link is the
// customer's only way in (R13), so it is shown both as a button and as plain text.

export type ReferenceRequestEmailProps = {
  partnerName: string;
  contactName: string;
  customerCompany: string;
  projectTitle: string;
  requestedBy: string;
  link: string;
  senderAddress: string;
  reminder: boolean;
};

export function referenceRequestSubject(p: { partnerName: string; reminder: boolean }): string {
  const subject = `${p.partnerName} asks you to confirm a customer reference`;
  return p.reminder ? `Reminder: ${subject}` : subject;
}

export default function ReferenceRequestEmail(p: ReferenceRequestEmailProps) {
  return (
    <EmailLayout
      preview={`${p.partnerName} asks you to confirm the project "${p.projectTitle}".`}
      footerNote={`This message was sent by the Partner Reference Center from ${p.senderAddress} on behalf of ${p.partnerName}. If you did not work with ${p.partnerName}, you can ignore it. Without an answer within six weeks of the first request, the reference is approved automatically.`}
    >
      <Text style={heading}>Please confirm a customer reference</Text>
      <Text style={paragraph}>Hello {p.contactName},</Text>
      <Text style={paragraph}>
        {p.requestedBy} of {p.partnerName} asks you to confirm that {p.partnerName} delivered the project{" "}
        <strong>{p.projectTitle}</strong> for {p.customerCompany}
        {/* "VanArsdel, Ltd." already ends the sentence. */}
        {p.customerCompany.endsWith(".") ? "" : "."}
        {p.reminder ? " This is a reminder of an earlier request that has not been answered yet." : ""}
      </Text>
      <Text style={paragraph}>Open the link to see the project and approve or reject the reference:</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.link} style={button}>
          Review the reference
        </Button>
      </Section>
      <Text style={paragraph}>
        If the button does not work, copy this address into your browser: <Link href={p.link}>{p.link}</Link>
      </Text>
    </EmailLayout>
  );
}
