"use client";
import { IntlProvider } from "use-intl";

/**
 * Gives "use client" components `useTranslations()` from use-intl with only the areas' `client`
 * messages (components/i18n/portal-intl.tsx picks them on the server), so no catalogue is bundled.
 */
export function PortalIntlProvider({
  locale,
  messages,
  children,
}: {
  locale: string;
  messages: Record<string, unknown>;
  children: React.ReactNode;
}) {
  return (
    <IntlProvider
      locale={locale}
      messages={messages as never}
      timeZone="UTC"
      // Completeness is tested per language (tests/unit/translations.test.ts); never show a crash.
      // A message this part of the page was not given shows as its full key, which the
      // pseudo-locale tour (tests/e2e/fresh) refuses.
      onError={() => undefined}
      getMessageFallback={({ namespace, key }) => (namespace ? `${namespace}.${key}` : key)}
    >
      {children}
    </IntlProvider>
  );
}
