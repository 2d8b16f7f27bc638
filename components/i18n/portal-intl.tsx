import { clientMessages } from "@/lib/i18n/portal";
import { getPortalLocale } from "@/lib/i18n/request-locale";
import { PortalIntlProvider } from "./portal-intl-provider";

/**
 * Server side of the provider: this request's language and the client messages the wrapped part of
 * the portal uses (`include`: areas or their client namespaces; "common" is always there). A nested
 * one replaces the outer one for its subtree, so it names everything its subtree needs.
 */
export async function PortalIntl({
  include = [],
  children,
}: {
  include?: readonly string[];
  children: React.ReactNode;
}) {
  const locale = await getPortalLocale();
  return (
    <PortalIntlProvider locale={locale} messages={clientMessages(locale, ["common", ...include])}>
      {children}
    </PortalIntlProvider>
  );
}
