import Link from "next/link";
import { getPortalT } from "@/lib/i18n/request-locale";
import { linkClass } from "../ui/styles";

/** Follows an R5/R6 refusal: whom to ask, and where to see who administers which location. */
export async function AskAdministrators({ globals }: { globals: string[] }) {
  const t = await getPortalT("settings.askAdministrators");
  const link = (chunks: React.ReactNode) => (
    <Link href="/settings/users" className={linkClass}>
      {chunks}
    </Link>
  );
  return (
    <p className="mt-2" data-testid="ask-administrators">
      {globals.length > 0
        ? t.rich("withGlobals", { names: globals.join(", "), link })
        : t.rich("withoutGlobals", { link })}
    </p>
  );
}
