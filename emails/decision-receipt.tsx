import { Button, Link, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// R20: what the customer receives after deciding (a receipt) or when a request of theirs was
// auto-approved (a notice), in their language; an approval carries the link to withdraw it. The
// words arrive translated (lib/email/receipt.ts); the template lays them out.

export type DecisionReceiptCopy = {
  preview: string;
  heading: string;
  body: string;
  withdraw: { intro: string; button: string; fallback: string; link: string } | null;
  footer: string;
};

export default function DecisionReceipt({ lang, copy }: { lang: string; copy: DecisionReceiptCopy }) {
  return (
    <EmailLayout lang={lang} preview={copy.preview} footerNote={copy.footer}>
      <Text style={heading}>{copy.heading}</Text>
      <Text style={paragraph}>{copy.body}</Text>
      {copy.withdraw && (
        <>
          <Text style={paragraph}>{copy.withdraw.intro}</Text>
          <Section style={{ margin: "24px 0" }}>
            <Button href={copy.withdraw.link} style={button}>
              {copy.withdraw.button}
            </Button>
          </Section>
          <Text style={paragraph}>
            {copy.withdraw.fallback} <Link href={copy.withdraw.link}>{copy.withdraw.link}</Link>
          </Text>
        </>
      )}
    </EmailLayout>
  );
}
