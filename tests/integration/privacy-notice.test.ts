import { describe, expect, it } from "vitest";
import { renderReferenceRequest } from "@/lib/email/render";
import { env } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

// R20/R21: every email to a customer links the privacy page in the customer's language.

describe("R21: the privacy notice", () => {
  it("R21: the request email's footer links /privacy in the customer's language, in all six languages", async () => {
    for (const locale of LOCALES) {
      const email = await renderReferenceRequest("kim@fabrikam-customer.example", {
        token: "x".repeat(43),
        locale,
        partnerName: "Contoso",
        contactName: "Kim Akers",
        customerCompany: "Fabrikam Customer",
        projectTitle: "Cloud move",
        requestedBy: "Dana Whitfield",
        reminder: false,
        autoApprovalOn: new Date("2027-01-10T00:00:00Z"),
      });
      const link = `${env().appUrl}/privacy?lang=${locale}`;
      expect(email.text).toContain(translator(locale, "privacy")("emailFooter", { url: link }));
      expect(email.html).toContain(link);
    }
  });
});
