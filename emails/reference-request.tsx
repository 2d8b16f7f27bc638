import { Button, Link, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { button, EmailLayout, heading, paragraph } from "./layout";

// The request a customer receives (R1) and receives again on each resend (R3), in the customer's
// language: the words arrive translated (lib/email/render.ts), the template only lays them out.
// The link is the customer's only way in (R13), so it is shown both as a button and as plain text.

export type ReferenceRequestCopy = {
  preview: string;
  heading: string;
  greeting: string;
  body: ReactNode;
  reminderNote: string | null;
  instruction: string;
  button: string;
  fallback: string;
  footer: string;
  /** "How we handle your data: <link>" — the privacy page in the customer's language. */
  privacy: string;
};

export type ReferenceRequestEmailProps = { lang: string; link: string; copy: ReferenceRequestCopy };

export default function ReferenceRequestEmail({ lang, link, copy }: ReferenceRequestEmailProps) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} footerNote={`${copy.footer} ${copy.privacy}`}>
      <Text style={heading}>{copy.heading}</Text>
      <Text style={paragraph}>{copy.greeting}</Text>
      <Text style={paragraph}>
        {copy.body}
        {copy.reminderNote ? ` ${copy.reminderNote}` : ""}
      </Text>
      <Text style={paragraph}>{copy.instruction}</Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={link} style={button}>
          {copy.button}
        </Button>
      </Section>
      <Text style={paragraph}>
        {copy.fallback} <Link href={link}>{link}</Link>
      </Text>
    </EmailLayout>
  );
}
