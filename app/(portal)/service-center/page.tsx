import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { CaseList } from "@/components/service-center/case-list";
import { getActor } from "@/lib/auth/session";
import { listServiceCases } from "@/lib/service-center/cases";

export const metadata: Metadata = { title: "Service center cases" };

export default async function ServiceCenterPage() {
  const actor = (await getActor())!;
  const cases = await listServiceCases({ actor });
  return (
    <div className="space-y-6">
      <PageHeader
        title="Service center cases"
        description={
          actor.kind === "agent"
            ? "Requests from partners to assign a reference on their behalf or to cancel an awaiting request, oldest first."
            : "Your organization's requests to the Regional Service Center: help with assigning, and cancellations."
        }
      />
      <CaseList cases={cases} showPartner={actor.kind === "agent"} />
    </div>
  );
}
