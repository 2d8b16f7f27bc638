import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Issue 19: told to a partner's Global Administrators when the system disabled one of their
// webhook endpoints (it answered 410 Gone, or every try failed for three days). Until someone
// enables it again, no events are sent to it.

export type WebhookDisabledProps = {
  url: string;
  partnerName: string;
  reason: string;
  settingsUrl: string;
};

export function webhookDisabledSubject(p: { url: string }) {
  return `Webhook endpoint disabled: ${p.url}`;
}

export default function WebhookDisabled(p: WebhookDisabledProps) {
  return (
    <EmailLayout
      preview={webhookDisabledSubject(p)}
      footerNote={`You receive this because you are a Global Administrator of ${p.partnerName}.`}
    >
      <Text style={heading}>A webhook endpoint was disabled</Text>
      <Text style={paragraph}>
        The Partner Reference Center stopped sending reference events to <strong>{p.url}</strong>: {p.reason}
      </Text>
      <Text style={paragraph}>
        Events that happen while it is disabled are not sent to it. When the receiver works again, enable the
        endpoint and use Send test event to check it.
      </Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.settingsUrl} style={button}>
          Open webhook settings
        </Button>
      </Section>
    </EmailLayout>
  );
}
