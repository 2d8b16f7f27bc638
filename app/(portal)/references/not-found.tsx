import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

export default function ReferenceNotFound() {
  return (
    <div className="mx-auto max-w-lg py-12">
      <h1 className="text-2xl font-bold">Reference request not found</h1>
      <p className="mt-2 text-slate-600">This reference request does not exist or you cannot see it.</p>
      <p className="mt-6">
        <Link href="/references" className={buttonPrimary}>
          Back to the Reference List
        </Link>
      </p>
    </div>
  );
}
