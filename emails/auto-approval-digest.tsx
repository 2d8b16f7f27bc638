import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// One email per person per scheduled run, however many requests the run auto-approved (R4).

export type DigestItem = { customerCompany: string; projectTitle: string; url: string };

export type AutoApprovalDigestProps = {
  total: number;
  items: DigestItem[];
  listUrl: string;
  preferencesUrl: string;
};

export function autoApprovalDigestSubject(total: number) {
  return total === 1
    ? "1 reference was auto-approved and needs a competency"
    : `${total} references were auto-approved and need a competency`;
}

export default function AutoApprovalDigest({
  total,
  items,
  listUrl,
  preferencesUrl,
}: AutoApprovalDigestProps) {
  const more = total - items.length;
  return (
    <EmailLayout
      preview={autoApprovalDigestSubject(total)}
      footerNote={`You receive this because you created these requests or administer their locations. You can turn these notices off on your profile: ${preferencesUrl}`}
    >
      <Text style={heading}>Auto-approved references</Text>
      <Text style={paragraph}>
        These customers did not answer within six weeks, so their references are now Microsoft Auto-Approved.
        Each counts toward a competency once you assign it.
      </Text>
      <ul>
        {items.map((item) => (
          <li key={item.url} style={paragraph}>
            <a href={item.url}>{item.projectTitle}</a> — {item.customerCompany}
          </li>
        ))}
      </ul>
      {more > 0 && <Text style={paragraph}>and {more} more.</Text>}
      <Section style={{ margin: "24px 0" }}>
        <Button href={listUrl} style={button}>
          Open them on the Reference List
        </Button>
      </Section>
    </EmailLayout>
  );
}
