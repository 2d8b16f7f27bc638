import type { Metadata } from "next";
import Link from "next/link";
import { card, linkClass } from "@/components/ui/styles";
import { env } from "@/lib/env";
import { getPortalT } from "@/lib/i18n/request-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getPortalT("account.checkEmail");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** The same neutral answer for every address, provisioned or not. */
export default async function CheckEmailPage() {
  const t = await getPortalT("account.checkEmail");
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-lg items-center px-6">
      <div className={`${card} w-full p-8`}>
        <h1 className="text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mt-3 text-slate-700" data-testid="neutral-answer">
          {t("neutral")}
        </p>
        <p className="mt-3 text-sm text-slate-600">{t("details", { sender: env().senderAddress })}</p>
        <p className="mt-6 flex gap-4 text-sm">
          <Link href="/signin" className={linkClass}>
            {t("back")}
          </Link>
          {env().demoMode && (
            <Link href="/dev/mailbox" className={linkClass}>
              {t("mailbox")}
            </Link>
          )}
        </p>
      </div>
    </main>
  );
}
