import { readdirSync } from "node:fs";
import path from "node:path";

// The UI code the "no English outside catalogues" check reads, and what it leaves out on purpose.

/** Not portal UI: the API's own reference (English, the contract's language, decision 090), the
 * demo mailbox (a developer tool in demo mode), and the customers' pages and emails, which have had
 * their own catalogues since decision 070 (lib/i18n/messages/<locale>.json). */
export const EXCLUDED = [
  /^app\/api\//,
  /^components\/api\//,
  /^app\/dev\//,
  /^components\/mailbox\//,
  /^app\/respond\//,
  /^app\/withdraw\//,
  /^app\/privacy\//,
  /^emails\/(reference-request|decision-receipt)\.tsx$/,
  /^components\/i18n\/language-switcher\.tsx$/,
];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

export function portalUiFiles(): string[] {
  return ["app", "components", "emails"].flatMap(walk).filter((f) => !EXCLUDED.some((re) => re.test(f)));
}
