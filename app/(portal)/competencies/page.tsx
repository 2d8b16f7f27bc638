import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { CompetencyRequirements } from "@/components/admin/competency-requirements";
import { CompetencyCard } from "@/components/competencies/competency-card";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, buttonSecondary, inputClass, linkClass } from "@/components/ui/styles";
import { competencyCatalog } from "@/lib/competencies/catalog-queries";
import { competencyProgress } from "@/lib/competencies/progress";
import { PROJECT_TYPE_KEYS } from "@/lib/competencies/project-types";
import { queryString } from "@/lib/http/query";
import { sortByName } from "@/lib/i18n/collate";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { findPartners, partnerNameForAgent } from "@/lib/partners/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("competencies.page");
  return { title: t("title") };
}

export default async function CompetenciesPage({
  searchParams,
}: {
  searchParams: Promise<{ partnerId?: string | string[] }>;
}) {
  const actor = await signedInActor();
  const [t, types, locale] = await Promise.all([
    getPortalT("competencies.page"),
    getPortalT("competencies.projectTypes"),
    getPortalLocale(),
  ]);
  const partnerId = queryString((await searchParams).partnerId)?.slice(0, 64);
  // Agents look at one partner at a time (the one asked for, else the first by name); partner users
  // always see their own.
  const isAgent = actor.kind === "agent";
  const partners = isAgent ? await findPartners({ actor }) : [];
  const chosen = isAgent ? (partnerId ?? partners[0]?.id) : undefined;
  const partnerName = isAgent ? await partnerNameForAgent(actor, chosen) : null;
  const rows =
    isAgent && (!chosen || !partnerName)
      ? []
      : sortByName(
          await competencyProgress({ actor, partnerId: chosen, now: new Date() }),
          locale,
          (r) => r.name,
        );
  const silver = rows.filter((r) => r.silverMet).length;
  const gold = rows.filter((r) => r.goldMet).length;

  return (
    <div className="space-y-6">
      <PageHeader
        title={isAgent && partnerName ? t("titleForPartner", { partner: partnerName }) : t("title")}
        description={t("description")}
        actions={
          isAgent &&
          chosen &&
          partnerName && (
            <Link href={`/references?partnerId=${encodeURIComponent(chosen)}`} className={buttonSecondary}>
              {t("referenceList")}
            </Link>
          )
        }
      />
      {isAgent && (
        <form method="get" className="flex items-end gap-3">
          <div>
            <label htmlFor="partner" className="block text-sm font-medium">
              {t("partner")}
            </label>
            <select id="partner" name="partnerId" defaultValue={chosen} className={`mt-1 ${inputClass}`}>
              {partnerName && chosen && !partners.some((p) => p.id === chosen) && (
                <option value={chosen}>{partnerName}</option>
              )}
              {partners.map((p) => (
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
      )}
      {isAgent && chosen && !partnerName && (
        <Alert tone="warning" title={t("partnerNotFoundTitle")}>
          {t.rich("partnerNotFound", {
            link: (chunks) => (
              <Link href="/service-center/partners" className={linkClass}>
                {chunks}
              </Link>
            ),
          })}
        </Alert>
      )}
      <dl className="grid gap-4 sm:grid-cols-3">
        {(
          [
            [t("silverMet"), silver],
            [t("goldMet"), gold],
            [t("referencesCounting"), rows.reduce((n, r) => n + r.count, 0)],
          ] as const
        ).map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-3xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {rows.map((row) => (
          <CompetencyCard
            key={row.id}
            competency={row}
            listHref={`/references?${new URLSearchParams({
              ...(isAgent && chosen ? { partnerId: chosen } : {}),
              competencyId: row.id,
            })}`}
          />
        ))}
      </div>
      <CompetencyRequirements
        catalog={await competencyCatalog()}
        typeLabels={Object.fromEntries(PROJECT_TYPE_KEYS.map((type) => [type, types(type)]))}
      />
    </div>
  );
}
