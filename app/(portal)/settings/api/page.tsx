import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { CreateApiKeyForm } from "@/components/admin/create-api-key-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { listApiKeys } from "@/lib/api/keys";
import { formatDateTime } from "@/lib/dates";
import { partnerDirectory } from "@/lib/users/queries";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export const metadata: Metadata = { title: "API keys" };

// Issue 19: the partner's keys for its CRM and other systems. Global Administrators only.
export default async function ApiKeysPage() {
  const actor = await signedInActor();
  if (actor.kind !== "partner-user") notFound();
  const keys = await listApiKeys(actor);
  if (!keys.ok) notFound();
  const directory = await partnerDirectory({ actor, partnerId: actor.partnerId });
  const locations = (directory?.locations ?? [])
    .filter((l) => !l.archivedAt)
    .map((l) => ({ id: l.id, name: l.name }));
  return (
    <div className="space-y-8">
      <PageHeader
        title="API keys"
        description="Keys let your CRM or other systems read the Reference List and, with Read and write, create and assign references — as a Global Administrator, or as Local Administrator of some locations. A key is shown once; it keeps working when the person who created it leaves, until you revoke it."
      />
      <section aria-labelledby="create-key" className={`${card} max-w-2xl space-y-4 p-6`}>
        <h2 id="create-key" className="text-lg font-semibold">
          Create key
        </h2>
        <CreateApiKeyForm action={createApiKeyAction} locations={locations} />
      </section>
      <section aria-labelledby="keys" className="space-y-3">
        <h2 id="keys" className="text-lg font-semibold">
          Keys
        </h2>
        {keys.data.length === 0 ? (
          <p className="text-sm text-slate-700">
            No keys yet. Create one above for each system that connects.
          </p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Key</th>
                  <th scope="col">Scope</th>
                  <th scope="col">Acts as</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.id} data-testid="api-key-row">
                    <td className="font-medium">{k.name}</td>
                    <td>
                      <code>{k.prefix}…</code>
                    </td>
                    <td>{k.scope === "READ" ? "Read" : "Read and write"}</td>
                    <td>{k.actsAs}</td>
                    <td>
                      {formatDateTime(k.createdAt)}
                      <p className="note">by {k.createdBy}</p>
                    </td>
                    <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : "Never"}</td>
                    <td>
                      {k.revokedAt ? (
                        <span className="note">Revoked {formatDateTime(k.revokedAt)}</span>
                      ) : (
                        <ConfirmForm
                          action={revokeApiKeyAction}
                          hidden={{ keyId: k.id }}
                          label="Revoke"
                          question={`Revoke “${k.name}”? Systems using it stop working at once.`}
                          confirmLabel="Revoke key"
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
