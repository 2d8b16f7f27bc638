import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { signedInActor } from "@/app/(portal)/signed-in";
import { SpecForm } from "@/components/admin/spec-form";
import { PageHeader } from "@/components/portal/page-header";
import { card } from "@/components/ui/styles";
import { formatDate } from "@/lib/dates";
import { getPortalLocale, getPortalT } from "@/lib/i18n/request-locale";
import { liftSuppressionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("serviceCenter.contacts");
  return { title: t("title") };
}

// R18: a customer who chose "Do not ask me again" can only be asked again when they write to the
// program; the agent records where that request is. The address itself is never stored.
export default async function ContactsPage() {
  const actor = await signedInActor();
  if (actor.kind !== "agent") notFound();
  const [t, locale] = await Promise.all([getPortalT("serviceCenter.contacts"), getPortalLocale()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <section aria-labelledby="lift" className={`${card} max-w-2xl space-y-3 p-6`}>
        <h2 id="lift" className="text-lg font-semibold">
          {t("liftHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("liftBody")}</p>
        <SpecForm
          action={liftSuppressionAction}
          idPrefix="lift"
          label={t("liftHeading")}
          layout="grid"
          fields={[
            {
              kind: "email",
              name: "email",
              label: t("emailLabel"),
              required: true,
              maxLength: 254,
              autoComplete: "off",
            },
            {
              kind: "text",
              name: "note",
              label: t("noteLabel"),
              required: true,
              maxLength: 1000,
              hint: t("noteHint", { date: formatDate("2026-12-03", locale) }),
            },
          ]}
          submitLabel={t("submit")}
          successMessage={t("success")}
        />
      </section>
    </div>
  );
}
