import Link from "next/link";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const db = await getDb();
  const [partners, references] = await Promise.all([db.partner.count(), db.referenceRequest.count()]);
  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        Partner Membership Center
      </p>
      <h1 className="mt-2 text-4xl font-bold">Partner Reference Center</h1>
      <p className="mt-4 text-lg text-slate-600">
        Ask customers to vouch for your projects, follow their answers, and assign approved references to your
        competencies.
      </p>
      <dl className="mt-8 grid grid-cols-2 gap-4">
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Partners</dt>
          <dd className="text-3xl font-semibold" data-testid="partner-count">
            {partners}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-4">
          <dt className="text-sm text-slate-600">Customer references</dt>
          <dd className="text-3xl font-semibold">{references}</dd>
        </div>
      </dl>
      <Link
        href="/references"
        className="mt-8 inline-block rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
      >
        Go to your Reference List
      </Link>
    </main>
  );
}
