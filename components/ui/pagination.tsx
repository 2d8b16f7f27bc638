import Link from "next/link";

/** Previous / Next links for a paged list; `hrefFor` builds a page's URL so the list's view is kept. */
export function Pagination({
  page,
  pageCount,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  /** Singular and plural, e.g. ["case", "cases"]. */
  noun: readonly [string, string];
  hrefFor: (page: number) => string;
}) {
  const counted = `${total} ${total === 1 ? noun[0] : noun[1]}`;
  if (pageCount <= 1) return <p className="text-sm text-slate-600">{counted}</p>;
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 text-sm">
      <p className="text-slate-600">
        Page {page} of {pageCount} · {counted}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={hrefFor(page - 1)} className={link} rel="prev">
            Previous
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} className={link} rel="next">
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
