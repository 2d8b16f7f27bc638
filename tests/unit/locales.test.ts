import { describe, expect, it } from "vitest";
import { localeForCountry, localeFromAcceptLanguage, toLocale } from "@/lib/i18n/locales";

describe("the customer's language", () => {
  it("defaults from the location's country, by name or ISO code, else English", () => {
    expect(localeForCountry("Germany")).toBe("de");
    expect(localeForCountry("DE")).toBe("de");
    expect(localeForCountry("France")).toBe("fr");
    expect(localeForCountry("Japan")).toBe("ja");
    expect(localeForCountry("Spain")).toBe("es");
    expect(localeForCountry("Mexico")).toBe("es");
    expect(localeForCountry(" mexico ")).toBe("es");
    expect(localeForCountry("Brazil")).toBe("pt-BR");
    expect(localeForCountry("United States")).toBe("en");
    expect(localeForCountry("Portugal")).toBe("en");
    expect(localeForCountry("")).toBe("en");
    expect(localeForCountry(null)).toBe("en");
  });

  it("keeps only shipped languages", () => {
    expect(toLocale("pt-BR")).toBe("pt-BR");
    expect(toLocale("pt")).toBe("en");
    expect(toLocale("de-DE")).toBe("en");
    expect(toLocale(undefined)).toBe("en");
  });

  it("picks the browser's best shipped language for a link that has no request behind it", () => {
    expect(localeFromAcceptLanguage("de-CH,de;q=0.9,en;q=0.8")).toBe("de");
    expect(localeFromAcceptLanguage("pt-BR,pt;q=0.9")).toBe("pt-BR");
    expect(localeFromAcceptLanguage("pt-PT")).toBe("pt-BR");
    expect(localeFromAcceptLanguage("nl;q=0.9,ja;q=0.5")).toBe("ja");
    expect(localeFromAcceptLanguage("en;q=0.1,fr;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("xx")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});
