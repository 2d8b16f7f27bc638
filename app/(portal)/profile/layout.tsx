import { PortalIntl } from "@/components/i18n/portal-intl";

/** The words the profile's forms use. */
export default function ProfileLayout({ children }: { children: React.ReactNode }) {
  return (
    <PortalIntl
      include={["account.client.notices", "account.client.language", "settings.client.signOutEverywhere"]}
    >
      {children}
    </PortalIntl>
  );
}
