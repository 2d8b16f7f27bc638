"use client";
import { createContext } from "react";

/**
 * Gives "use client" components `useTranslations()` (./use-translations.ts) with only the areas'
 * `client` messages, compiled on the server (components/i18n/portal-intl.tsx picks them), so no
 * catalogue and no ICU parser is bundled.
 */
export const PortalIntlContext = createContext<{ locale: string; messages: Record<string, unknown> } | null>(
  null,
);

export function PortalIntlProvider({
  locale,
  messages,
  children,
}: {
  locale: string;
  messages: Record<string, unknown>;
  children: React.ReactNode;
}) {
  return <PortalIntlContext value={{ locale, messages }}>{children}</PortalIntlContext>;
}
