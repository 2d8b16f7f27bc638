import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Told to the request's creator and the administrators who may assign it (R6) when the customer
// answers: an approval is work waiting (it must be assigned to a competency).

export type DecisionNoticeProps = {
  approved: boolean;
  /** R20: the customer withdrew an earlier approval (or auto-approval); `approved` is then false. */
  withdrew?: boolean;
  /** The competency it counted toward until then, if it was assigned. */
  competencyName?: string | null;
  contactName: string;
  customerCompany: string;
  projectTitle: string;
  locationName: string;
  referenceUrl: string;
  preferencesUrl: string;
};

export function decisionNoticeSubject(p: {
  approved: boolean;
  withdrew?: boolean;
  customerCompany: string;
  projectTitle: string;
}) {
  const verb = p.withdrew ? "withdrew" : p.approved ? "approved" : "rejected";
  return `${p.customerCompany} ${verb} the reference “${p.projectTitle}”`;
}

export default function DecisionNotice(p: DecisionNoticeProps) {
  if (p.withdrew) return <WithdrawalNotice {...p} />;
  return (
    <EmailLayout
      preview={decisionNoticeSubject(p)}
      footerNote={`You receive this because you created this request or administer ${p.locationName}. You can turn these notices off on your profile: ${p.preferencesUrl}`}
    >
      <Text style={heading}>
        {p.approved ? "A customer approved a reference" : "A customer rejected a reference"}
      </Text>
      <Text style={paragraph}>
        {p.contactName} of {p.customerCompany} {p.approved ? "approved" : "rejected"} the reference request
        for the project <strong>{p.projectTitle}</strong> ({p.locationName}).
      </Text>
      {p.approved ? (
        <>
          <Text style={paragraph}>
            An approved reference counts only once it is assigned to a competency: choose the competency and
            press OK.
          </Text>
          <Section style={{ margin: "24px 0" }}>
            <Button href={p.referenceUrl} style={button}>
              Assign it now
            </Button>
          </Section>
        </>
      ) : (
        <Text style={paragraph}>
          No action is needed. The request and its history stay on the Reference List:{" "}
          <a href={p.referenceUrl}>{p.referenceUrl}</a>
        </Text>
      )}
    </EmailLayout>
  );
}

function WithdrawalNotice(p: DecisionNoticeProps) {
  return (
    <EmailLayout
      preview={decisionNoticeSubject(p)}
      footerNote={`You receive this because you created this request or administer ${p.locationName}. You can turn these notices off on your profile: ${p.preferencesUrl}`}
    >
      <Text style={heading}>A customer withdrew an approval</Text>
      <Text style={paragraph}>
        {p.contactName} of {p.customerCompany} withdrew their approval of the reference for the project{" "}
        <strong>{p.projectTitle}</strong> ({p.locationName}). It no longer counts
        {p.competencyName ? ` toward ${p.competencyName}` : ""}, and it cannot be assigned again.
      </Text>
      <Text style={paragraph}>
        The request and its history stay on the Reference List: <a href={p.referenceUrl}>{p.referenceUrl}</a>
      </Text>
    </EmailLayout>
  );
}
