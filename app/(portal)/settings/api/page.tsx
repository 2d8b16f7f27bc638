import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { ConfirmForm } from "@/components/admin/confirm-form";
import { CreateApiKeyForm } from "@/components/admin/create-api-key-form";
import { localizeRoleLabel, roleWords } from "@/components/admin/role-fields";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { listApiKeys } from "@/lib/api/keys";
import { formatDateTime } from "@/lib/dates";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { partnerDirectory } from "@/lib/users/queries";
import { createApiKeyAction, revokeApiKeyAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("settings.api");
  return { title: t("title") };
}

// Issue 19: the partner's keys for its CRM and other systems. Global Administrators only.
export default async function ApiKeysPage() {
  const [actor, t, locale, words, removed] = await Promise.all([
    signedInActor(),
    getPortalT("settings.api"),
    getPortalLocale(),
    roleWords(),
    getPortalT("settings.roles").then((r) => r("removedLocation")),
  ]);
  // "Global Administrator" / "Local Administrator of Oslo, a removed location" from lib/api/keys.ts.
  const actsAs = (label: string) => localizeRoleLabel(label, words).replaceAll("a removed location", removed);
  if (actor.kind !== "partner-user") notFound();
  const keys = await listApiKeys(actor);
  if (!keys.ok) notFound();
  const directory = await partnerDirectory({ actor, partnerId: actor.partnerId });
  const locations = (directory?.locations ?? [])
    .filter((l) => !l.archivedAt)
    .map((l) => ({ id: l.id, name: l.name }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="create-key" className={`${card} max-w-2xl space-y-4 p-6`}>
        <h2 id="create-key" className="text-lg font-semibold">
          {t("create")}
        </h2>
        <CreateApiKeyForm action={createApiKeyAction} locations={locations} />
      </section>
      <section aria-labelledby="keys" className="space-y-3">
        <h2 id="keys" className="text-lg font-semibold">
          {t("keys")}
        </h2>
        {keys.data.length === 0 ? (
          <p className="text-sm text-slate-700">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data-table w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("key")}</th>
                  <th scope="col">{t("scope")}</th>
                  <th scope="col">{t("actsAs")}</th>
                  <th scope="col">{t("created")}</th>
                  <th scope="col">{t("lastUsed")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {keys.data.map((k) => (
                  <tr key={k.id} data-testid="api-key-row">
                    <td className="font-medium">{k.name}</td>
                    <td>
                      <code translate="no">{k.prefix}…</code>
                    </td>
                    <td>{k.scope === "READ" ? t("read") : t("readWrite")}</td>
                    <td>{actsAs(k.actsAs)}</td>
                    <td>
                      {formatDateTime(k.createdAt, locale)}
                      <p className="note">{t("createdBy", { name: k.createdBy })}</p>
                    </td>
                    <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : t("never")}</td>
                    <td>
                      {k.revokedAt ? (
                        <span className="note">
                          {t("revoked", { date: formatDateTime(k.revokedAt, locale) })}
                        </span>
                      ) : (
                        <ConfirmForm
                          action={revokeApiKeyAction}
                          hidden={{ keyId: k.id }}
                          label={t("revoke")}
                          question={t("revokeQuestion", { name: k.name })}
                          confirmLabel={t("revokeConfirm")}
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
