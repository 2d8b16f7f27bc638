import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { allCompetencies } from "@/lib/competencies/list";

export const dynamic = "force-dynamic";

/** Signed-in users start on their Reference List; everyone else sees what the portal is for. */
export default async function HomePage() {
  if (await getActor()) redirect("/references");
  const competencies = await allCompetencies();
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        Partner Membership Center
      </p>
      <h1 className="mt-2 text-4xl font-bold">Partner Reference Center</h1>
      <p className="mt-4 text-lg text-slate-700">
        Ask customers to vouch for your projects, follow their answers on the Reference List, and assign
        approved references to your competencies — silver usually needs 3 references and gold 5.
      </p>
      <p className="mt-6 text-slate-700">
        <span className="text-2xl font-semibold" data-testid="competency-count">
          {competencies.length}
        </span>{" "}
        competencies accept customer references, from {competencies[0]?.name ?? "…"} to{" "}
        {competencies.at(-1)?.name ?? "…"}.
      </p>
      <Link
        href="/signin"
        className="mt-8 inline-block rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
      >
        Sign in
      </Link>
    </main>
  );
}
