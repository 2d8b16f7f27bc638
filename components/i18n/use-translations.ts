"use client";
import type { CompiledMessage } from "icu-minify/format";
import { type ReactNode, useContext } from "react";
import { formatClientMessage } from "@/lib/i18n/client-format";
import type { PortalNamespace, PortalT } from "@/lib/i18n/portal";
import { PortalIntlContext } from "./portal-intl-provider";

type Values = Parameters<typeof formatClientMessage>[2];

/**
 * A client component's messages for one namespace, with the keys type-checked as the server's are.
 * A message this part of the page was not given shows as its full key, never a crash: completeness
 * is tested per language (tests/unit/translations.test.ts) and the pseudo-locale tour
 * (tests/e2e/fresh) refuses a raw key on any page.
 */
export function useTranslations<const N extends PortalNamespace>(namespace: N): PortalT<N> {
  const context = useContext(PortalIntlContext);
  const lookup = (key: string): CompiledMessage | undefined => {
    let node: unknown = context?.messages;
    for (const part of `${namespace}.${key}`.split("."))
      node = (node as Record<string, unknown> | undefined)?.[part];
    return typeof node === "string" || Array.isArray(node) ? (node as CompiledMessage) : undefined;
  };
  const rich = (key: string, values?: Values): ReactNode => {
    const message = lookup(key);
    if (message === undefined || !context) return `${namespace}.${key}`;
    try {
      return formatClientMessage(message, context.locale, values);
    } catch {
      return `${namespace}.${key}`;
    }
  };
  const t = (key: string, values?: Values) => {
    const result = rich(key, values);
    return typeof result === "string" ? result : `${namespace}.${key}`;
  };
  t.rich = rich;
  t.has = (key: string) => lookup(key) !== undefined;
  return t as unknown as PortalT<N>;
}
