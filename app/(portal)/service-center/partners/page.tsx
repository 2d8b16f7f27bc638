import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { PartnerTable } from "@/components/service-center/partner-table";
import { buttonPrimary, buttonSecondary, inputClass, linkClass } from "@/components/ui/styles";
import { queryString } from "@/lib/http/query";
import { findPartners } from "@/lib/partners/queries";

export const metadata: Metadata = { title: "Partners" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Agents only: find any partner, then work on its Reference List or competencies on its behalf. */
export default async function PartnersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  if (actor.kind !== "agent") notFound();
  const q = queryString((await searchParams).q)?.slice(0, 200) ?? "";
  const partners = await findPartners({ actor, q });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Partners"
        description="Find a partner by name or program ID to see its Reference List and competency progress, assign references on its behalf, or cancel an awaiting request when its program administrator asks."
        actions={
          <Link href="/service-center/partners/new" className={buttonPrimary}>
            Onboard a partner
          </Link>
        }
      />
      <form
        method="get"
        aria-label="Find a partner"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      >
        <div className="min-w-64 flex-1">
          <label
            htmlFor="partner-q"
            className="block text-xs font-semibold uppercase tracking-wide text-slate-600"
          >
            Partner name or program ID
          </label>
          <input
            id="partner-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={200}
            placeholder="Contoso, Fabrikam…"
            className={`mt-1 ${inputClass}`}
          />
        </div>
        <button type="submit" className={buttonPrimary}>
          Search
        </button>
        {q && (
          <Link href="/service-center/partners" className={buttonSecondary}>
            Clear
          </Link>
        )}
      </form>
      {partners.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <h2 className="text-lg font-semibold">{q ? `No partner matches “${q}”` : "No partners yet"}</h2>
          <p className="mx-auto mt-2 max-w-xl text-slate-600">
            Check the spelling or search for part of the name, or{" "}
            <Link href="/service-center/partners" className={linkClass}>
              list all partners
            </Link>
            .
          </p>
        </div>
      ) : (
        <>
          <PartnerTable partners={partners} />
          <p className="text-sm text-slate-600">
            {partners.length === 1 ? "1 partner" : `${partners.length} partners`}
            {partners.length >= 50 && " (the first 50 by name: narrow the search to find others)"}
          </p>
        </>
      )}
    </div>
  );
}
