import { describe, expect, it } from "vitest";
import {
  domainOf,
  isConsumerDomain,
  isValidDomain,
  isWithinDomains,
  normalizeAddress,
} from "@/lib/customers/address";
import { domainsAtOnboarding, parseDomains } from "@/lib/partners/domains";

describe("customer addresses are compared normalised (R16, R18)", () => {
  it("R16/R18: case, surrounding spaces and a +tag in the local part make no difference", () => {
    const key = "jane.doe@fabrikam.com";
    for (const variant of [
      "jane.doe@fabrikam.com",
      "  Jane.Doe@Fabrikam.COM ",
      "jane.doe+crm@fabrikam.com",
      "JANE.DOE+Sales+2026@FABRIKAM.com",
    ])
      expect(normalizeAddress(variant)).toBe(key);
    // A different person stays different.
    expect(normalizeAddress("jane.doe2@fabrikam.com")).not.toBe(key);
    expect(normalizeAddress("jane.doe@fabrikam.co")).not.toBe(key);
  });

  it("R16: the domain, subdomains of a partner's domain, and consumer providers", () => {
    expect(domainOf(" Someone@Mail.Contoso.COM")).toBe("mail.contoso.com");
    expect(isWithinDomains("mail.contoso.com", ["contoso.com"])).toBe(true);
    expect(isWithinDomains("contoso.com", ["contoso.com"])).toBe(true);
    expect(isWithinDomains("notcontoso.com", ["contoso.com"])).toBe(false);
    expect(isConsumerDomain("gmail.com")).toBe(true);
    expect(isConsumerDomain("Outlook.com")).toBe(true);
    expect(isConsumerDomain("contoso.com")).toBe(false);
  });

  it("R16: agents' domain lists are parsed, deduplicated and refused when malformed or a consumer provider", () => {
    expect(parseDomains("Contoso.com, contoso.de\ncontoso.com")).toEqual({
      domains: ["contoso.com", "contoso.de"],
    });
    expect(parseDomains("")).toEqual({ domains: [] });
    for (const bad of ["contoso", "-contoso.com", "contoso..com", "http://contoso.com", "cont oso@x.com"])
      expect(parseDomains(bad)).toHaveProperty("error");
    expect(parseDomains("contoso.com, gmail.com")).toEqual({
      error: "gmail.com is a consumer mail provider, not the partner's own domain: customers use it too.",
    });
    expect(isValidDomain("sub.contoso.co.uk")).toBe(true);
  });

  it("R16: onboarding takes the first Global Administrator's domain, unless it is a consumer mail provider", () => {
    expect(domainsAtOnboarding("CEO@Litware.com")).toEqual(["litware.com"]);
    expect(domainsAtOnboarding("solo.consulting@gmail.com")).toEqual([]);
    expect(domainsAtOnboarding("someone@hotmail.co.uk")).toEqual([]);
  });
});
