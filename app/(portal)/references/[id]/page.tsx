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
import { PROJECT_TYPES, type ProjectType } from "@/lib/competencies/project-types";
import { referenceCounting } from "@/lib/competencies/reference-counting";
import { formatDate } from "@/lib/dates";
import type { ReferenceStatus } from "@/lib/db/generated/enums";
import { sortByName } from "@/lib/i18n/collate";
import { localizeLibText } from "@/lib/i18n/localize";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { partnerAdministrators } from "@/lib/partners/queries";
import { getReferenceDetail } from "@/lib/references/detail";
import { autoApproveOverdue } from "@/lib/references/overdue";
import type { ActionAvailability } from "@/lib/references/row-actions";
import { STATUS_LABELS } from "@/lib/references/wording";
import {
  assignAction,
  cancelReferenceAction,
  correctContactAction,
  openCaseAction,
  resendAction,
} from "../actions";
import { UndeliveredEmail } from "./undelivered-email";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("referenceDetail.page");
  return { title: t("title") };
}

/** `name` keeps the heading's id the same in every language (and free of spaces). */
function Section({
  id,
  name,
  title,
  children,
}: {
  id?: string;
  name: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${name}-h`} className={`${card} scroll-mt-6 p-6`}>
      <h2 id={`${name}-h`} className="mb-4 text-lg font-semibold text-slate-900">
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
  const locale = await getPortalLocale();
  const t = await getPortalT("referenceDetail.page");
  const tDetail = await getPortalT("referenceDetail");
  const tCommon = await getPortalT("common");
  const statusLabels = Object.fromEntries(
    (Object.keys(STATUS_LABELS) as ReferenceStatus[]).map((status) => [
      status,
      tCommon(`statuses.${status}`),
    ]),
  ) as Record<ReferenceStatus, string>;
  const statusLabel = statusLabels[ref.status] ?? ref.statusLabel;
  const projectTypeLabel =
    ref.projectType in PROJECT_TYPES
      ? tDetail(`projectTypes.${ref.projectType as ProjectType}`)
      : ref.projectType;
  /** lib's reason an action is not offered, in the page's language (the label stays lib's code). */
  const localized = (availability: ActionAvailability): ActionAvailability =>
    availability.allowed
      ? availability
      : { ...availability, reason: localizeLibText(locale, availability.reason) };
  const assignTitle = assign ? (assign.label === "Reassign" ? t("reassign") : t("assign")) : "";

  return (
    <div className="space-y-6">
      <Link
        href={isAgent ? `/references?partnerId=${encodeURIComponent(ref.partnerId)}` : "/references"}
        className={`${linkClass} text-sm`}
      >
        {isAgent ? t("backToPartnerList", { partner: ref.partnerName }) : t("backToList")}
      </Link>
      <PageHeader
        title={ref.customerCompany}
        description={
          <span className="flex flex-wrap items-center gap-3">
            <StatusBadge status={ref.status} label={statusLabel} />
            <span>{ref.projectTitle}</span>
            {counting && (
              <span data-testid="counts-until">
                {t(counting.counts ? "countsUntil" : "countedUntil", {
                  competency: counting.competencyName,
                  date: formatDate(counting.countsUntil, locale),
                })}
              </span>
            )}
          </span>
        }
      />
      <UndeliveredEmail actor={actor} referenceId={ref.id} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section name="details" title={t("details")}>
            <ReferenceFacts
              reference={{ ...ref, statusLabel, projectTypeLabel }}
              showPartner={actor.kind === "agent"}
            />
          </Section>
          <Section name="history" title={t("history")}>
            <HistoryTimeline entries={ref.history} statusLabels={statusLabels} />
          </Section>
        </div>
        <div className="space-y-6">
          {resend && !isAgent && (
            <Section name="resend" title={t("resend")}>
              <ResendControl referenceId={ref.id} availability={localized(resend)} action={resendAction} />
            </Section>
          )}
          {ref.status === "AWAITING_APPROVAL" && canCreateOrResend(actor, ref) && (
            <Section id="contact" name="contact" title={t("contactEmail")}>
              <CorrectContactForm
                referenceId={ref.id}
                currentEmail={ref.contactEmail}
                action={correctContactAction}
              />
            </Section>
          )}
          {assign && (
            <Section id="assign" name="assign" title={assignTitle}>
              {assign.allowed ? (
                <AssignForm
                  referenceId={ref.id}
                  label={assignTitle}
                  current={ref.competencyId ? { id: ref.competencyId, name: ref.competencyName } : null}
                  competencies={sortByName(ref.eligibleCompetencies, locale, (c) => c.name)}
                  action={assignAction}
                />
              ) : (
                <div className="space-y-4">
                  {ref.competencyName && <CurrentCompetency name={ref.competencyName} />}
                  <Alert tone="warning">
                    {localizeLibText(locale, assign.reason)}
                    {actor.kind === "partner-user" && (
                      <AskAdministrators globals={await partnerAdministrators(actor.partnerId)} />
                    )}
                  </Alert>
                  {askToAssign && (
                    <>
                      <p className="text-sm text-slate-700">{t("serviceCenterCanAssign")}</p>
                      <ServiceCaseForm
                        referenceId={ref.id}
                        type="ASSIGNMENT_HELP"
                        competencies={sortByName(ref.eligibleCompetencies, locale, (c) => c.name)}
                        action={openCaseAction}
                      />
                    </>
                  )}
                </div>
              )}
            </Section>
          )}
          {askToCancel && (
            <Section name="cancel" title={t("cancelTitle")}>
              <p className="mb-3 text-sm text-slate-700">{t("cancelAskServiceCenter")}</p>
              <ServiceCaseForm referenceId={ref.id} type="CANCELLATION" action={openCaseAction} />
            </Section>
          )}
          {cancel && (
            <Section name="cancel" title={t("cancelTitle")}>
              <p className="mb-3 text-sm text-slate-700">{t("cancelAgent", { partner: ref.partnerName })}</p>
              <CancelReferenceForm
                referenceId={ref.id}
                customerCompany={ref.customerCompany}
                administrators={administrators}
                action={cancelReferenceAction}
              />
            </Section>
          )}
          {!resend && !assign && ref.status !== "AWAITING_APPROVAL" && (
            <Section name="actions" title={t("actions")}>
              <p className="text-sm text-slate-700">{t("noActionNeeded", { status: statusLabel })}</p>
            </Section>
          )}
        </div>
      </div>
    </div>
  );
}
