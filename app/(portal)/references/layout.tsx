import { PortalIntl } from "@/components/i18n/portal-intl";

/** The words the Reference List, a reference's page and the create form's client parts use. */
export default function ReferencesLayout({ children }: { children: React.ReactNode }) {
  return (
    <PortalIntl include={["referenceList", "referenceDetail", "serviceCenter.client.cancelForm"]}>
      {children}
    </PortalIntl>
  );
}
