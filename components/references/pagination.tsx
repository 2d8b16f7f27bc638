import Link from "next/link";
import { type ListParams, listHref } from "./list-url";

export function Pagination({
  params,
  page,
  pageCount,
  total,
}: {
  params: ListParams;
  page: number;
  pageCount: number;
  total: number;
}) {
  if (pageCount <= 1)
    return <p className="text-sm text-slate-600">{total === 1 ? "1 reference" : `${total} references`}</p>;
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 text-sm">
      <p className="text-slate-600">
        Page {page} of {pageCount} · {total} references
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={listHref(params, { page: String(page - 1) })} className={link} rel="prev">
            Previous
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link href={listHref(params, { page: String(page + 1) })} className={link} rel="next">
            Next
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
