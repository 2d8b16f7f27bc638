import { Pagination as PagedList } from "../ui/pagination";
import { type ListParams, listHref } from "./list-url";

/** The Reference List's pages; every other filter stays in the links. */
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
  return (
    <PagedList
      page={page}
      pageCount={pageCount}
      total={total}
      noun={["reference", "references"]}
      hrefFor={(p) => listHref(params, { page: String(p) })}
    />
  );
}
