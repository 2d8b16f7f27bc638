import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// architecture.md: the arrows point down (app → lib → db). lib/ never imports app/, components/
// or prisma/ (the seed calls lib/, never the reverse); components/ take only types from lib/,
// apart from the pure date wording that lib's messages share with the pages.

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("generated"))
    .map((f) => path.join(dir, f));
}

/** Every module specifier a file imports (static, dynamic and re-exports), resolved to the root. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const found: { target: string; typeOnly: boolean }[] = [];
  const pattern =
    /(?:import|export)\s*(type\s)?[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
  for (const m of text.matchAll(pattern)) {
    const spec = (m[2] ?? m[3])!;
    const target = spec.startsWith("@/")
      ? spec.slice(2)
      : spec.startsWith(".")
        ? path.relative(root, path.resolve(root, path.dirname(file), spec))
        : spec;
    found.push({ target, typeOnly: Boolean(m[1]) });
  }
  return found;
}

describe("imports point one way", () => {
  it("lib/ never imports app/, components/ or prisma/", () => {
    const upward = sourceFiles("lib").flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => /^(app|components|prisma)\//.test(target))
        .map(({ target }) => `${file} → ${target}`),
    );
    expect(upward).toEqual([]);
  });

  // lib/dates and lib/i18n format and translate (decision 090): a component may word itself in the
  // request's language; the language comes from the actor the layout already loaded, no query.
  it("components/ take only types from lib/ (and lib/dates, lib/i18n)", () => {
    const values = sourceFiles("components").flatMap((file) =>
      importsOf(file)
        .filter(
          ({ target, typeOnly }) =>
            target.startsWith("lib/") &&
            !typeOnly &&
            target !== "lib/dates" &&
            !target.startsWith("lib/i18n/"),
        )
        .map(({ target }) => `${file} → ${target}`),
    );
    expect(values).toEqual([]);
  });

  it("no route imports another route's server actions", () => {
    const crossing = sourceFiles("app").flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target.startsWith("app/") && target.endsWith("/actions"))
        .filter(
          ({ target }) =>
            path.dirname(target) !== path.dirname(file) &&
            !path.dirname(file).startsWith(`${path.dirname(target)}/`),
        )
        .map(({ target }) => `${file} → ${target}`),
    );
    expect(crossing).toEqual([]);
  });
});
