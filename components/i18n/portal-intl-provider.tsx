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
      onError={() => undefined}
      getMessageFallback={({ key }) => key}
    >
      {children}
    </IntlProvider>
  );
}
