import Link from "next/link";
import type { ActionAvailability } from "@/lib/references/row-actions";
import { buttonSmall } from "../ui/styles";
import type { FormAction } from "./action-types";
import { ResendControl } from "./resend-form";
import { Unavailable } from "./unavailable";

/** The Resend and Assign/Reassign cell of one Reference List row. */
export function RowActions({
  referenceId,
  resend,
  assign,
  resendAction,
}: {
  referenceId: string;
  resend: ActionAvailability | null;
  assign: ActionAvailability | null;
  resendAction: FormAction<{ lastSentAt: Date; sendCount: number }>;
}) {
  if (!resend && !assign) return <span className="text-xs text-slate-500">No action</span>;
  return (
    <div className="flex flex-col items-start gap-2">
      {resend && <ResendControl referenceId={referenceId} availability={resend} action={resendAction} />}
      {assign &&
        (assign.allowed ? (
          <Link href={`/references/${referenceId}#assign`} className={buttonSmall}>
            {assign.label}
          </Link>
        ) : (
          <Unavailable label={assign.label} reason={assign.reason} />
        ))}
    </div>
  );
}
