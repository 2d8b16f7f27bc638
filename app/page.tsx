import Link from "next/link";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { allCompetencies } from "@/lib/competencies/list";
import { getPortalT } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

/** Signed-in users start on their Reference List; everyone else sees what the portal is for. */
export default async function HomePage() {
  if (await getActor()) redirect("/references");
  const [competencies, t, common] = await Promise.all([
    allCompetencies(),
    getPortalT("account.home"),
    getPortalT("common"),
  ]);
  return (
    <main id="main" className="mx-auto max-w-3xl px-6 py-16">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("eyebrow")}</p>
      <h1 className="mt-2 text-4xl font-bold">{common("productName")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("intro")}</p>
      <p className="mt-6 text-slate-700">
        {t.rich("competencies", {
          count: competencies.length,
          first: competencies[0]?.name ?? "…",
          last: competencies.at(-1)?.name ?? "…",
          highlight: (chunks) => (
            <span className="text-2xl font-semibold" data-testid="competency-count">
              {chunks}
            </span>
          ),
        })}
      </p>
      <Link
        href="/signin"
        className="mt-8 inline-block rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700"
      >
        {t("signIn")}
      </Link>
    </main>
  );
}
