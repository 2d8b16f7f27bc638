import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { PageHeader } from "@/components/portal/page-header";
import { PersonalDataPanel } from "@/components/service-center/personal-data-panel";
import { erasePersonalDataAction, findPersonalDataAction } from "./actions";

export const metadata: Metadata = { title: "Customer data" };

// R21: everything held about one customer address, across all partners: find, download, erase.
export default async function PrivacyPage() {
  const actor = await signedInActor();
  if (actor.kind !== "agent") notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Customer data"
        description="Find everything held about one customer's email address across all partners — requests, emails, history — download it for the customer, or erase it at their request. Each look-up and erasure is recorded with a keyed hash of the address, never the address."
      />
      <PersonalDataPanel find={findPersonalDataAction} erase={erasePersonalDataAction} />
    </div>
  );
}
