import Link from "next/link";
import type { ActionAvailability, ActionLabel } from "@/lib/references/row-actions";
import { buttonSmall } from "../ui/styles";
import type { FormAction } from "./action-types";
import { ResendControl } from "./resend-form";
import { Unavailable } from "./unavailable";

/** What the cell says, made once per table (reference-table.tsx) in the page's language. */
export type RowActionWords = {
  noAction: string;
  /** The link's text for each assign action (lib's ActionLabel). */
  Assign: string;
  Reassign: string;
  /** lib's reason an action is not offered, in the page's language. */
  localize: (reason: string) => string;
};

/** The availability with its reason in the page's language (the label stays lib's code). */
function localized(availability: ActionAvailability, words: RowActionWords): ActionAvailability {
  if (availability.allowed) return availability;
  const reason = words.localize(availability.reason);
  return reason === availability.reason ? availability : { ...availability, reason };
}

/** The Resend and Assign/Reassign cell of one Reference List row. */
export function RowActions({
  referenceId,
  resend,
  assign,
  resendAction,
  words,
}: {
  referenceId: string;
  resend: ActionAvailability | null;
  assign: ActionAvailability | null;
  resendAction: FormAction<{ lastSentAt: Date; sendCount: number }>;
  words: RowActionWords;
}) {
  if (!resend && !assign) return <span className="text-xs text-slate-500">{words.noAction}</span>;
  return (
    <div className="flex flex-col items-start gap-2">
      {resend && (
        <ResendControl
          referenceId={referenceId}
          availability={localized(resend, words)}
          action={resendAction}
        />
      )}
      {assign &&
        (assign.allowed ? (
          <Link href={`/references/${referenceId}#assign`} className={buttonSmall}>
            {words[assign.label as Exclude<ActionLabel, "Resend">] ?? assign.label}
          </Link>
        ) : (
          <Unavailable label={assign.label} reason={words.localize(assign.reason)} />
        ))}
    </div>
  );
}
