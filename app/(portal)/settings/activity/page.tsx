import type { Metadata } from "next";
import Link from "next/link";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ActivityTable } from "@/components/admin/activity-table";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { buttonPrimary, buttonSecondary, inputClass, linkClass } from "@/components/ui/styles";
import { activityPeople, listActivity } from "@/lib/audit/queries";
import { ACTIVITY_KIND_LABELS, ACTIVITY_KINDS, type ActivityKind, actionLabel } from "@/lib/audit/wording";
import { partnerNameForAgent } from "@/lib/partners/queries";

export const metadata: Metadata = { title: "Activity" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.slice(0, 200) || undefined;

export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await signedInActor();
  const params = await searchParams;
  const partnerId = actor.kind === "agent" ? one(params.partnerId) : actor.partnerId;
  const kind = one(params.kind) as ActivityKind | undefined;
  const personId = one(params.person);
  const title = actor.kind === "agent" ? await partnerNameForAgent(actor, partnerId) : actor.partnerName;
  if (!partnerId || !title) {
    return (
      <div className="space-y-6">
        <PageHeader title="Activity" />
        <Alert tone="info" title="Choose a partner">
          Open a partner from{" "}
          <Link href="/service-center/partners" className={linkClass}>
            Partners
          </Link>{" "}
          and follow its Activity link.
        </Alert>
      </div>
    );
  }
  const result = await listActivity({
    actor,
    partnerId,
    filters: { kind, personId, cursor: one(params.after) },
  });
  if (!result.ok) {
    return (
      <div className="space-y-6">
        <PageHeader title="Activity" />
        <Alert tone="warning">{result.message}</Alert>
      </div>
    );
  }
  const people = await activityPeople(partnerId);
  const keep = (extra: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({
      partnerId: actor.kind === "agent" ? partnerId : undefined,
      kind,
      person: personId,
      ...extra,
    }))
      if (v) q.set(k, v);
    return `/settings/activity?${q}`;
  };
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Activity — ${title}`}
        description="Every change to references, roles, locations and service-center cases, newest first."
      />
      <form method="get" aria-label="Filter the activity" className="flex flex-wrap items-end gap-3">
        {actor.kind === "agent" && <input type="hidden" name="partnerId" value={partnerId} />}
        <div>
          <label htmlFor="activity-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="activity-kind" name="kind" defaultValue={kind ?? ""} className={`mt-1 ${inputClass}`}>
            <option value="">Everything</option>
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {ACTIVITY_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="activity-person" className="block text-sm font-medium">
            Person
          </label>
          <select
            id="activity-person"
            name="person"
            defaultValue={personId ?? ""}
            className={`mt-1 ${inputClass}`}
          >
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonPrimary}>
          Show
        </button>
      </form>
      {result.data.rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
          No activity matches these filters.
        </p>
      ) : (
        <ActivityTable rows={result.data.rows} labels={{ kind: ACTIVITY_KIND_LABELS, action: actionLabel }} />
      )}
      <nav aria-label="Activity pages" className="flex gap-3">
        {params.after && (
          <Link href={keep({})} className={buttonSecondary}>
            Newest
          </Link>
        )}
        {result.data.next && (
          <Link href={keep({ after: result.data.next })} className={buttonSecondary}>
            Older
          </Link>
        )}
      </nav>
    </div>
  );
}
