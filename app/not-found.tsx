import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-[60vh] max-w-lg flex-col justify-center px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Not found</p>
      <h1 className="mt-2 text-2xl font-bold">We could not find that page</h1>
      <p className="mt-2 text-slate-600">
        The address may be mistyped, or the item does not exist or is not visible to you.
      </p>
      <p className="mt-6">
        <Link href="/references" className={buttonPrimary}>
          Go to the Reference List
        </Link>
      </p>
    </main>
  );
}
