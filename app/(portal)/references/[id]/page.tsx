import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { AskAdministrators } from "@/components/admin/ask-administrators";
import { PageHeader } from "@/components/portal/page-header";
import { AssignForm, CurrentCompetency } from "@/components/references/assign-form";
import { CorrectContactForm } from "@/components/references/correct-contact-form";
import { HistoryTimeline } from "@/components/references/history-timeline";
import { ReferenceFacts } from "@/components/references/reference-facts";
import { ResendControl } from "@/components/references/resend-form";
import { ServiceCaseForm } from "@/components/references/service-case-form";
import { CancelReferenceForm } from "@/components/service-center/cancel-reference-form";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/status-badge";
import { card, linkClass } from "@/components/ui/styles";
import { canCreateOrResend } from "@/lib/auth/permissions";
import { projectTypeLabel } from "@/lib/competencies/project-types";
import { referenceCounting } from "@/lib/competencies/reference-counting";
import { formatDate } from "@/lib/dates";
import { partnerAdministrators } from "@/lib/partners/queries";
import { getReferenceDetail } from "@/lib/references/detail";
import { autoApproveOverdue } from "@/lib/references/overdue";
import { STATUS_LABELS } from "@/lib/references/wording";
import {
  assignAction,
  cancelReferenceAction,
  correctContactAction,
  openCaseAction,
  resendAction,
} from "../actions";
import { UndeliveredEmail } from "./undelivered-email";

export const metadata: Metadata = { title: "Reference request" };

function Section({ id, title, children }: { id?: string; title: string; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id ?? title}-h`} className={`${card} scroll-mt-6 p-6`}>
      <h2 id={`${id ?? title}-h`} className="mb-4 text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function ReferenceDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await signedInActor();
  const now = new Date();
  await autoApproveOverdue({ now, scope: { referenceId: id } }); // R4 at the moment of use
  const result = await getReferenceDetail({ actor, referenceId: id, now });
  if (!result.ok) notFound();
  const ref = result.data;
  const { resend, assign } = ref.actions;
  const { cancel, askToCancel, askToAssign } = ref.serviceCenter;
  const isAgent = actor.kind === "agent";
  const administrators = cancel ? await partnerAdministrators(ref.partnerId) : [];
  const counting = ref.competencyId ? await referenceCounting(ref.id, now) : null;

  return (
    <div className="space-y-6">
      <Link
        href={isAgent ? `/references?partnerId=${encodeURIComponent(ref.partnerId)}` : "/references"}
        className={`${linkClass} text-sm`}
      >
        ← Back to {isAgent ? `${ref.partnerName}’s Reference List` : "the Reference List"}
      </Link>
      <PageHeader
        title={ref.customerCompany}
        description={
          <span className="flex flex-wrap items-center gap-3">
            <StatusBadge status={ref.status} label={ref.statusLabel} />
            <span>{ref.projectTitle}</span>
            {counting && (
              <span data-testid="counts-until">
                {counting.counts ? "Counts toward" : "Counted toward"} {counting.competencyName} until{" "}
                {formatDate(counting.countsUntil)}
              </span>
            )}
          </span>
        }
      />
      <UndeliveredEmail actor={actor} referenceId={ref.id} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title="Details">
            <ReferenceFacts
              reference={{ ...ref, projectTypeLabel: projectTypeLabel(ref.projectType) }}
              showPartner={actor.kind === "agent"}
            />
          </Section>
          <Section title="History">
            <HistoryTimeline entries={ref.history} statusLabels={STATUS_LABELS} />
          </Section>
        </div>
        <div className="space-y-6">
          {resend && !isAgent && (
            <Section title="Resend">
              <ResendControl referenceId={ref.id} availability={resend} action={resendAction} />
            </Section>
          )}
          {ref.status === "AWAITING_APPROVAL" && canCreateOrResend(actor, ref) && (
            <Section id="contact" title="Contact's email">
              <CorrectContactForm
                referenceId={ref.id}
                currentEmail={ref.contactEmail}
                action={correctContactAction}
              />
            </Section>
          )}
          {assign && (
            <Section id="assign" title={assign.label}>
              {assign.allowed ? (
                <AssignForm
                  referenceId={ref.id}
                  label={assign.label}
                  current={ref.competencyId ? { id: ref.competencyId, name: ref.competencyName } : null}
                  competencies={ref.eligibleCompetencies}
                  action={assignAction}
                />
              ) : (
                <div className="space-y-4">
                  {ref.competencyName && <CurrentCompetency name={ref.competencyName} />}
                  <Alert tone="warning">
                    {assign.reason}
                    {actor.kind === "partner-user" && (
                      <AskAdministrators globals={await partnerAdministrators(actor.partnerId)} />
                    )}
                  </Alert>
                  {askToAssign && (
                    <>
                      <p className="text-sm text-slate-700">
                        The Regional Service Center can assign it on your behalf.
                      </p>
                      <ServiceCaseForm
                        referenceId={ref.id}
                        type="ASSIGNMENT_HELP"
                        competencies={ref.eligibleCompetencies}
                        action={openCaseAction}
                      />
                    </>
                  )}
                </div>
              )}
            </Section>
          )}
          {askToCancel && (
            <Section title="Cancel this request">
              <p className="mb-3 text-sm text-slate-700">
                Only the Regional Service Center can cancel a request, at the request of a program
                administrator of your organization.
              </p>
              <ServiceCaseForm referenceId={ref.id} type="CANCELLATION" action={openCaseAction} />
            </Section>
          )}
          {cancel && (
            <Section title="Cancel this request">
              <p className="mb-3 text-sm text-slate-700">
                Cancel only when a program administrator of {ref.partnerName} asks for it. Their name is kept
                in the request&apos;s history.
              </p>
              <CancelReferenceForm
                referenceId={ref.id}
                customerCompany={ref.customerCompany}
                administrators={administrators}
                action={cancelReferenceAction}
              />
            </Section>
          )}
          {!resend && !assign && ref.status !== "AWAITING_APPROVAL" && (
            <Section title="Actions">
              <p className="text-sm text-slate-700">
                No action is needed for a request that is {ref.statusLabel}.
              </p>
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}
