import { LINK_NOT_VALID } from "@/lib/references/respond";

/** R13: an unknown, tampered or malformed link reveals nothing — and answers HTTP 404. */
export default function LinkNotValid() {
  return (
    <main className="mx-auto max-w-2xl px-6 py-12">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Partner Reference Center</p>
      <h1 className="mt-2 text-3xl font-bold">Link not valid</h1>
      <p className="mt-4 text-slate-700">
        {LINK_NOT_VALID} Please use the most recent email you received, or contact the partner who sent it.
      </p>
    </main>
  );
}
