import { PortalIntl } from "@/components/i18n/portal-intl";

/** The words the service center's client parts (cases, requeue, customer data) use. */
export default function ServiceCenterLayout({ children }: { children: React.ReactNode }) {
  return <PortalIntl include={["serviceCenter"]}>{children}</PortalIntl>;
}
