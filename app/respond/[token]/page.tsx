import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewByToken } from "@/lib/references/respond";
import { DecisionForm } from "./decision-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Customer reference", robots: { index: false } };

// R13: opening the link (GET) decides nothing; the decision is the form's POST. An unknown, tampered
// or malformed link answers 404 with the plain "link not valid" page (./not-found.tsx).
export default async function RespondPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await viewByToken({ token, now: new Date() });
  if (!view.ok) notFound();
  return (
    <main className="mx-auto max-w-2xl px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Partner Reference Center</p>

      <h1 className="mt-2 text-3xl font-bold">{view.data.partnerName} asks for your reference</h1>
      <p className="mt-4 text-slate-700">
        Dear {view.data.contactName}, {view.data.partnerName} would like {view.data.customerCompany} to
        confirm the project below as a customer reference.
      </p>
      <section aria-labelledby="project" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="project" className="text-lg font-semibold">
          {view.data.projectTitle}
        </h2>
        <p className="mt-2 whitespace-pre-line text-slate-700">{view.data.projectDescription}</p>
      </section>
      <div className="mt-6">
        {view.data.canRespond ? (
          <DecisionForm token={token} partnerName={view.data.partnerName} />
        ) : (
          <p role="status" className="rounded-md bg-slate-100 p-4">
            This request is <strong>{view.data.statusLabel}</strong>. No further answer is needed.
          </p>
        )}
      </div>
    </main>
  );
}
