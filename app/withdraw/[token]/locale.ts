import "server-only";
import { cache } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { viewWithdrawal } from "@/lib/references/withdraw";
import { respondLocale } from "../../respond/[token]/locale";

/** What the withdraw link shows, read once per request (layout, title and page all ask). */
export const withdrawView = cache((token: string) => viewWithdrawal(token));

/** The page's language: ?lang=, else the request's language, else the browser's. */
export async function withdrawPageLocale(token: string, requested: unknown): Promise<Locale> {
  const view = await withdrawView(token);
  return respondLocale(requested, view.ok ? view.data.language : undefined);
}
