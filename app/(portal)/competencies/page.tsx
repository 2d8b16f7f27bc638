import type { Metadata } from "next";
import { CompetencyCard } from "@/components/competencies/competency-card";
import { PageHeader } from "@/components/portal/page-header";
import { buttonPrimary, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/session";
import { competencyProgress } from "@/lib/competencies/progress";
import { findPartners } from "@/lib/partners/queries";

export const metadata: Metadata = { title: "Competencies" };

export default async function CompetenciesPage({
  searchParams,
}: {
  searchParams: Promise<{ partnerId?: string }>;
}) {
  const actor = (await getActor())!;
  const { partnerId } = await searchParams;
  // Agents look at one partner at a time; partner users always see their own.
  const partners = actor.kind === "agent" ? await findPartners({ actor }) : [];
  const chosen =
    actor.kind === "agent" ? (partners.find((p) => p.id === partnerId)?.id ?? partners[0]?.id) : undefined;
  const rows =
    actor.kind === "agent" && !chosen ? [] : await competencyProgress({ actor, partnerId: chosen });
  const silver = rows.filter((r) => r.silverMet).length;
  const gold = rows.filter((r) => r.goldMet).length;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Competencies"
        description="Approved references assigned to a competency count toward its silver and its gold level. Each reference counts toward one competency only."
      />
      {actor.kind === "agent" && (
        <form method="get" className="flex items-end gap-3">
          <div>
            <label htmlFor="partner" className="block text-sm font-medium">
              Partner
            </label>
            <select id="partner" name="partnerId" defaultValue={chosen} className={`mt-1 ${inputClass}`}>
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
      <dl className="grid gap-4 sm:grid-cols-3">
        {[
          ["Competencies with silver met", silver],
          ["Competencies with gold met", gold],
          ["References assigned", rows.reduce((n, r) => n + r.count, 0)],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <dt className="text-sm text-slate-600">{label}</dt>
            <dd className="text-3xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {rows.map((row) => (
          <CompetencyCard key={row.id} competency={row} />
        ))}
      </div>
    </div>
  );
}
