import { Button, Heading, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

export type InvitationEmailProps = {
  url: string;
  name: string;
  partnerName: string;
  roleLabel: string;
  invitedBy: string;
  expiresInDays: number;
};

export const invitationSubject = (partnerName: string) =>
  `You are invited to the Partner Reference Center for ${partnerName}`;

/** The magic link a person receives when a Global Administrator (or the service center) invites them. */
export default function InvitationEmail(props: InvitationEmailProps) {
  const { url, name, partnerName, roleLabel, invitedBy, expiresInDays } = props;
  return (
    <EmailLayout
      preview={invitationSubject(partnerName)}
      footerNote="You received this email because someone invited this address. If you did not expect it, you can ignore it: nothing happens until you accept."
    >
      <Heading as="h1" style={heading}>
        Join {partnerName} in the Partner Reference Center
      </Heading>
      <Text style={paragraph}>Hello {name},</Text>
      <Text style={paragraph}>
        {invitedBy} invited you as {roleLabel} of {partnerName}. Accept the invitation to sign in. The link
        works once and expires in {expiresInDays} days.
      </Text>
      <Button href={url} style={button}>
        Accept the invitation
      </Button>
      <Text style={paragraph}>If the button does not work, copy this address into your browser: {url}</Text>
    </EmailLayout>
  );
}
