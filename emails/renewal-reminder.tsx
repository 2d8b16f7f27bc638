import { Button, Section, Text } from "@react-email/components";
import { button, EmailLayout, heading, paragraph } from "./layout";

// R19: one email per person per scheduled run, listing every level of their partner that will
// lapse within 90, 30 or 7 days if nothing new is approved (the auto-approval digest's style).

export type RenewalItem = {
  competencyName: string;
  levelLabel: string;
  lapsesOn: string;
  neededBy: number;
  daysLeft: number;
};

export type RenewalReminderProps = {
  partnerName: string;
  items: RenewalItem[];
  competenciesUrl: string;
  preferencesUrl: string;
};

export function renewalReminderSubject(items: RenewalItem[]) {
  const first = items[0]!;
  return items.length === 1
    ? `${first.competencyName} ${first.levelLabel} lapses on ${first.lapsesOn} unless new references are approved`
    : `${items.length} competency levels lapse soon unless new references are approved`;
}

export default function RenewalReminder({
  partnerName,
  items,
  competenciesUrl,
  preferencesUrl,
}: RenewalReminderProps) {
  return (
    <EmailLayout
      preview={renewalReminderSubject(items)}
      footerNote={`You receive this because you administer ${partnerName} or a location whose references count. You can turn these reminders off on your profile: ${preferencesUrl}`}
    >
      <Text style={heading}>Competency levels to renew</Text>
      <Text style={paragraph}>
        An approved reference counts toward its competency for a limited period. If no new references are
        approved and assigned in time, these levels of {partnerName} lapse:
      </Text>
      <ul>
        {items.map((item) => (
          <li key={`${item.competencyName}-${item.levelLabel}`} style={paragraph}>
            <strong>
              {item.competencyName} {item.levelLabel}
            </strong>{" "}
            on {item.lapsesOn} (in {item.daysLeft} {item.daysLeft === 1 ? "day" : "days"}) —{" "}
            {item.neededBy === 1 ? "1 more approved reference" : `${item.neededBy} more approved references`}{" "}
            needed by then
          </li>
        ))}
      </ul>
      <Section style={{ margin: "24px 0" }}>
        <Button href={competenciesUrl} style={button}>
          See competency progress
        </Button>
      </Section>
    </EmailLayout>
  );
}
