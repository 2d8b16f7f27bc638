import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ActivityTable, activityLabels } from "@/components/admin/activity-table";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, buttonSecondary, inputClass, linkClass } from "@/components/ui/styles";
import { activityPeople, listActivity } from "@/lib/audit/queries";
import { ACTIVITY_KINDS, type ActivityKind, actionLabel } from "@/lib/audit/wording";
import { localizeLibText } from "@/lib/i18n/localize";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { partnerNameForAgent } from "@/lib/partners/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("settings.activity");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) || undefined;

export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const [actor, params, t, locale] = await Promise.all([
    signedInActor(),
    searchParams,
    getPortalT("settings.activity"),
    getPortalLocale(),
  ]);
  const partnerId = actor.kind === "agent" ? one(params.partnerId) : actor.partnerId;
  const kind = one(params.kind) as ActivityKind | undefined;
  const personId = one(params.person);
  const title = actor.kind === "agent" ? await partnerNameForAgent(actor, partnerId) : actor.partnerName;
  if (!partnerId || !title) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <Alert tone="info" title={t("choosePartner")}>
          {t.rich("choosePartnerBody", {
            link: (chunks) => (
              <Link href="/service-center/partners" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      </div>
    );
  }
  const result = await listActivity({
    actor,
    partnerId,
    filters: { kind, personId, cursor: one(params.after) },
  });
  if (!result.ok) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <Alert tone="warning">{localizeLibText(locale, result.message)}</Alert>
      </div>
    );
  }
  const [people, labels] = await Promise.all([activityPeople(partnerId), activityLabels(actionLabel)]);
  const keep = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      partnerId: actor.kind === "agent" ? partnerId : undefined,
      kind,
      person: personId,
      ...extra,
    }))
      if (v) q.set(k, v);
    return `/settings/activity?${q}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t("titleFor", { partner: title })} description={t("description")} />
      <form method="get" aria-label={t("filter")} className="flex flex-wrap items-end gap-3">
        {actor.kind === "agent" && <input type="hidden" name="partnerId" value={partnerId} />}
        <div>
          <label htmlFor="activity-kind" className="block text-sm font-medium">
            {t("kind")}
          </label>
          <select id="activity-kind" name="kind" defaultValue={kind ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">{t("everything")}</option>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.kind[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="activity-person" className="block text-sm font-medium">
            {t("person")}
          </label>
          <select
            id="activity-person"
            name="person"
            defaultValue={personId ?? ""}
            className={`mt-1 ${inputClass}`}
          >
            <option value="">{t("anyone")}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonPrimary}>
          {t("show")}
        </button>
      </form>
      {result.data.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
          {t("empty")}
        </p>
      ) : (
        <ActivityTable rows={result.data.rows} labels={labels} />
      )}
      <nav aria-label={t("pages")} className="flex gap-3">
        {params.after && (
          <Link href={keep({})} className={buttonSecondary}>
            {t("newest")}
          </Link>
        )}
        {result.data.next && (
          <Link href={keep({ after: result.data.next })} className={buttonSecondary}>
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
