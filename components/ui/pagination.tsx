import Link from "next/link";
import { getPortalT } from "@/lib/i18n/request-locale";

/** Previous / Next links for a paged list; `hrefFor` builds a page's URL so the list's view is kept. */
export async function Pagination({
  page,
  pageCount,
  total,
  noun,
  countLabel,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Singular and plural, e.g. ["case", "cases"]: English only; prefer `countLabel`. */
  noun?: readonly [string, string];
  /** The total as the page's language words it ("12 cases", a plural message of the page's area). */
  countLabel?: string;
  hrefFor: (page: number) => string;
}) {
  const t = await getPortalT("common.pagination");
  const counted = countLabel ?? (noun ? `${total} ${total === 1 ? noun[0] : noun[1]}` : String(total));
  if (pageCount <= 1) return <p className="text-sm text-slate-600">{counted}</p>;
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4 text-sm">
      <p className="text-slate-600">
        {t("pageOf", { page: String(page), pageCount: String(pageCount), counted })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={link} rel="prev">
            {t("previous")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={link} rel="next">
            {t("next")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
