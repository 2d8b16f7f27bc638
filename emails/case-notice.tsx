import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Service cases (R12): the service center hears of a new one; the person who opened it hears how
// it ended, with the agent's note.

export type CaseNoticeProps = {
  kind: "opened" | "resolved" | "declined";
  caseLabel: string;
  partnerName: string;
  projectTitle: string | null;
  openedBy: string;
  note: string | null;
  url: string;
};

export function caseNoticeSubject(p: Pick<CaseNoticeProps, "kind" | "caseLabel" | "partnerName">) {
  if (p.kind === "opened") return `New service case from ${p.partnerName}: ${p.caseLabel}`;
  return `Your service case was ${p.kind}: ${p.caseLabel}`;
}

export default function CaseNotice(p: CaseNoticeProps) {
  const about = p.projectTitle ? ` about “${p.projectTitle}”` : "";
  return (
    <EmailLayout
      preview={caseNoticeSubject(p)}
      footerNote="Partner Reference Center — Regional Service Center cases."
    >
      <Text style={heading}>{caseNoticeSubject(p)}</Text>
      {p.kind === "opened" ? (
        <Text style={paragraph}>
          {p.openedBy} of {p.partnerName} opened a case{about}.
        </Text>
      ) : (
        <Text style={paragraph}>
          The Regional Service Center {p.kind} the case you opened{about}.
        </Text>
      )}
      {p.note && (
        <Text
          style={{
            ...paragraph,
            whiteSpace: "pre-line",
            borderLeft: "3px solid #d0d7de",
            paddingLeft: "12px",
          }}
        >
          {p.note}
        </Text>
      )}
      <Section style={{ margin: "24px 0" }}>
        <Button href={p.url} style={button}>
          Open the case
        </Button>
      </Section>
    </EmailLayout>
  );
}
