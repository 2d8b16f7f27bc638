import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// Told to the request's creator and the administrators who may assign it (R6) when the customer
// answers: an approval is work waiting (it must be assigned to a competency).

export type DecisionNoticeProps = {
  approved: boolean;
  contactName: string;
  customerCompany: string;
  projectTitle: string;
  locationName: string;
  referenceUrl: string;
  preferencesUrl: string;
};

export function decisionNoticeSubject(p: {
  approved: boolean;
  customerCompany: string;
  projectTitle: string;
}) {
  return `${p.customerCompany} ${p.approved ? "approved" : "rejected"} the reference “${p.projectTitle}”`;
}

export default function DecisionNotice(p: DecisionNoticeProps) {
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
