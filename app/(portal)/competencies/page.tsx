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
import { PROJECT_TYPES } from "@/lib/competencies/project-types";
import { queryString } from "@/lib/http/query";
import { findPartners, partnerNameForAgent } from "@/lib/partners/queries";

export const metadata: Metadata = { title: "Competencies" };

export default async function CompetenciesPage({
  searchParams,
}: {
  searchParams: Promise<{ partnerId?: string | string[] }>;
}) {
  const actor = await signedInActor();
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
      : await competencyProgress({ actor, partnerId: chosen, now: new Date() });
  const silver = rows.filter((r) => r.silverMet).length;
  const gold = rows.filter((r) => r.goldMet).length;

  return (
    <div className="space-y-6">
      <PageHeader
        title={isAgent && partnerName ? `Competencies — ${partnerName}` : "Competencies"}
        description="Approved references assigned to a competency count toward its silver and its gold level for the competency's counting period after their approval. Each reference counts toward one competency only."
        actions={
          isAgent &&
          chosen &&
          partnerName && (
            <Link href={`/references?partnerId=${encodeURIComponent(chosen)}`} className={buttonSecondary}>
              Reference List
            </Link>
          )
        }
      />
      {isAgent && (
        <form method="get" className="flex items-end gap-3">
          <div>
            <label htmlFor="partner" className="block text-sm font-medium">
              Partner
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
            Show
          </button>
        </form>
      )}
      {isAgent && chosen && !partnerName && (
        <Alert tone="warning" title="Partner not found">
          No partner has this id. Choose one above or{" "}
          <Link href="/service-center/partners" className={linkClass}>
            find a partner
          </Link>
          .
        </Alert>
      )}
      <dl className="grid gap-4 sm:grid-cols-3">
        {[
          ["Competencies with silver met", silver],
          ["Competencies with gold met", gold],
          ["References counting", rows.reduce((n, r) => n + r.count, 0)],
        ].map(([label, value]) => (
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
      <CompetencyRequirements catalog={await competencyCatalog()} typeLabels={PROJECT_TYPES} />
    </div>
  );
}
