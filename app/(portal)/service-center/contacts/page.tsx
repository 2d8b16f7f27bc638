import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { liftSuppressionAction } from "./actions";

export const metadata: Metadata = { title: "Customer contacts" };

// R18: a customer who chose "Do not ask me again" can only be asked again when they write to the
// program; the agent records where that request is. The address itself is never stored.
export default async function ContactsPage() {
  const actor = await signedInActor();
  if (actor.kind !== "agent") notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Customer contacts"
        description="Customers who chose “Do not ask me again” receive no reference requests from any partner. Only a keyed hash of their address is kept, so they cannot be listed here."
      />
      <section aria-labelledby="lift" className={`${card} max-w-2xl space-y-3 p-6`}>
        <h2 id="lift" className="text-lg font-semibold">
          Allow requests to an address again
        </h2>
        <p className="text-sm text-slate-700">
          Only at the customer&apos;s written request. Partners can then send reference requests to this
          address again. The change is recorded with your note, without the address.
        </p>
        <SpecForm
          action={liftSuppressionAction}
          idPrefix="lift"
          label="Allow requests to an address again"
          layout="grid"
          fields={[
            {
              kind: "email",
              name: "email",
              label: "Customer's email address",
              required: true,
              maxLength: 254,
              autoComplete: "off",
            },
            {
              kind: "text",
              name: "note",
              label: "Where the customer asked for it",
              required: true,
              maxLength: 1000,
              hint: "For example: email from the customer of 3 Dec 2026, case 1234.",
            },
          ]}
          submitLabel="Allow requests again"
          successMessage="Done. Partners can send reference requests to this address again."
        />
      </section>
    </div>
  );
}
