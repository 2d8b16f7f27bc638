import { clientMessages } from "@/lib/i18n/portal";
import { getPortalLocale } from "@/lib/i18n/request-locale";
import { PortalIntlProvider } from "./portal-intl-provider";

/** Server side of the provider: this request's language and the client messages it needs. */
export async function PortalIntl({ children }: { children: React.ReactNode }) {
  const locale = await getPortalLocale();
  return (
    <PortalIntlProvider locale={locale} messages={clientMessages(locale)}>
      {children}
    </PortalIntlProvider>
  );
}
