import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scanFile, scanSource } from "@/scripts/i18n/english-scan";
import { portalUiFiles } from "@/scripts/i18n/ui-files";

// Issue 21: no user-facing English written straight into app/, components/ or emails/ — every page
// takes its words from the catalogues, so every language gets them. `npx tsx
// scripts/i18n/find-english.ts` lists what this refuses.

const allowed = new Set(Object.keys(JSON.parse(readFileSync("scripts/i18n/allowed-english.json", "utf8"))));

describe("the English scan", () => {
  it("finds JSX text, user-facing attributes, rendered literals and label properties", () => {
    const source = `
      const items = [{ href: "/a", label: "Reference List" }];
      export const metadata = { title: "Competencies" };
      export function P({ ok }: { ok: boolean }) {
        return (
          <main className="p-4" data-testid="x">
            <h1>Customer references</h1>
            <input placeholder="Search by company" name="q" />
            <button aria-label="Close the panel" type="button">{ok ? "Saved" : t("retry")}</button>
            <p>{t("fine")} — {count} · {"·"}</p>
          </main>
        );
      }`;
    expect(scanSource("x.tsx", source).map((f) => f.text)).toEqual([
      "Reference List",
      "Competencies",
      "Customer references",
      "Search by company",
      "Close the panel",
      "Saved",
    ]);
  });

  it("reads every portal UI file", () => {
    const files = portalUiFiles();
    expect(files).toContain("app/(portal)/references/(list)/page.tsx");
    expect(files).not.toContain("app/respond/[token]/page.tsx");
    expect(files.length).toBeGreaterThan(100);
  });
});

describe("no user-facing English outside the catalogues", () => {
  it("app/, components/ and emails/ take their words from lib/i18n/messages/portal", () => {
    const findings = portalUiFiles()
      .flatMap(scanFile)
      .filter((f) => !allowed.has(f.text))
      .map((f) => `${f.file}:${f.line} ${f.text}`);
    expect(findings).toEqual([]);
  });
});
