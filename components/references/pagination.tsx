import Link from "next/link";
import { getPortalT } from "@/lib/i18n/request-locale";
import { buttonSecondary, inputClass } from "../ui/styles";
import { type ListParams, listHref } from "./list-url";

const NO_POSITION = { after: undefined, before: undefined, from: undefined, page: undefined };
const link = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50";

/**
 * The Reference List's pages by position (keyset, decision 061): Previous / Next carry the
 * neighbouring row's cursor in the URL, so every page can be shared; date sorts can jump to a day.
 */
export async function Pagination({
  params,
  total,
  previous,
  next,
  dateSort,
}: {
  params: ListParams;
  total: number;
  previous: string | null;
  next: string | null;
  dateSort: boolean;
}) {
  const t = await getPortalT("referenceList.pagination");
  const counted = t("count", { total }); // "1,234 references" in English
  const merged: ListParams = { ...params, ...NO_POSITION };
  const kept = Object.entries(merged).filter(
    (e): e is [string, string] => e[1] !== undefined && e[1] !== "" && e[0] !== "created",
  );
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center justify-between gap-4 text-sm">
      <p className="text-slate-600">{counted}</p>
      {dateSort && total > 0 && (
        <form method="get" action="/references" className="flex items-center gap-2">
          {kept.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor="jump-from" className="text-slate-600">
            {t("goToDate")}
          </label>
          <input
            id="jump-from"
            name="from"
            type="date"
            required
            defaultValue={params.from}
            className={`${inputClass} py-1`}
          />
          <button type="submit" className={buttonSecondary}>
            {t("go")}
          </button>
        </form>
      )}
      {(previous || next) && (
        <div className="flex gap-2">
          {previous && (
            <>
              <Link href={listHref(params, NO_POSITION)} className={link}>
                {t("first")}
              </Link>
              <Link href={listHref(params, { ...NO_POSITION, before: previous })} className={link} rel="prev">
                {t("previous")}
              </Link>
            </>
          )}
          {next && (
            <Link href={listHref(params, { ...NO_POSITION, after: next })} className={link} rel="next">
              {t("next")}
            </Link>
          )}
        </div>
      )}
    </nav>
  );
}
