// After `playwright test` (npm run test:e2e): the server's log of the whole run must not contain a
// customer's address or name, a user's address or name, or a token (issue 20, R13). The values are
// read from the run's own database once the server has stopped, so every address and name the tests
// used is checked, whichever test used it; tokens are stored hashed, so they are looked for by shape.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

const root = path.resolve(".e2e");
const runDir =
  process.env.E2E_RUN_DIR ??
  readdirSync(root)
    .filter((d) => d.startsWith("run-"))
    .map((d) => path.join(root, d))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
if (!runDir) throw new Error("No end-to-end run in .e2e/ to scan.");

const log = readFileSync(path.join(runDir, "server.log"), "utf8");
const db = new PGlite(path.join(runDir, "pglite"));
const values = new Map<string, string>();
const collect = async (what: string, sql: string) => {
  for (const row of (await db.query<{ value: string | null }>(sql)).rows)
    if (row.value && row.value.trim().length >= 4) values.set(row.value.trim().toLowerCase(), what);
};
await collect("customer address", `SELECT "contactEmail" AS value FROM "ReferenceRequest"`);
await collect("customer name", `SELECT "contactName" AS value FROM "ReferenceRequest"`);
await collect("user address", `SELECT email AS value FROM "User"`);
await collect("user name", `SELECT name AS value FROM "User"`);
await collect("email recipient", `SELECT "to" AS value FROM "OutboxEmail"`);
await db.close();

const lines = log.split("\n");
const found: string[] = [];
const lower = lines.map((l) => l.toLowerCase());
for (const [value, what] of values) {
  const at = lower.findIndex((l) => l.includes(value));
  if (at >= 0) found.push(`${what} "${value}" on line ${at + 1}: ${lines[at]?.slice(0, 200)}`);
}
// Tokens by shape: a respond link with its token, a sign-in or invitation link with its token, an API
// key and a webhook signing secret (issue 19).
const TOKEN_SHAPES = [
  /\/respond\/(?!\[)[A-Za-z0-9_-]{16,}/,
  /[?&]token=[A-Za-z0-9_%-]{16,}/,
  /\/invitation\/(?!\[)[A-Za-z0-9_-]{16,}/,
  /\/withdraw\/(?!\[)[A-Za-z0-9_-]{16,}/,
  /prc_[0-9A-Za-z]{32}/,
  /whsec_[A-Za-z0-9+/=]{24,}/,
];
lines.forEach((line, i) => {
  for (const shape of TOKEN_SHAPES)
    if (shape.test(line)) found.push(`a token on line ${i + 1}: ${line.slice(0, 200)}`);
});

console.log(
  `log scan: ${lines.length} lines of ${path.relative(process.cwd(), runDir)}/server.log against ${values.size} addresses and names and the token shapes: ${found.length} found`,
);
if (found.length > 0) {
  for (const f of found.slice(0, 50)) console.error(`  ${f}`);
  process.exit(1);
}
