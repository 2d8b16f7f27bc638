import { existsSync } from "node:fs";
import path from "node:path";
import { cpuMs } from "./cpu";
import { dropAll, seededDatabase, uniqueName } from "./databases";
import { timedGet } from "./http";
import { BIG, webSeed } from "./seed";
import { ensureBuild, type Server, sessionCookie, startServer } from "./server";
import { median } from "./stats";

// npm run bench:compare -- --baseline ../other-checkout [--refs 100000] [--rounds 8] [--port 3180]
// Node CPU per view of this checkout's build against another checkout's (an earlier commit, built
// with its own `npm ci && npx next build`), both serving one database seeded and migrated by this
// checkout, views interleaved round by round so a busy moment hits both. The bench's own figure
// (`npm run bench`) is a ratio to /signin within one build; this answers "did this change make a
// page dearer than before?" directly. Decision 090 reports it for the portal's languages.

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const baseline = option("--baseline");
const refs = Number(option("--refs") ?? 100_000);
const rounds = Number(option("--rounds") ?? 8);
const port = Number(option("--port") ?? 3180);
const views = 40;
const PATHS = ["/signin", "/references", "/competencies"];

async function perView(server: Server, pathname: string, cookie: string | undefined, n: number) {
  const before = cpuMs(server.pid);
  for (let i = 0; i < n; i++) await timedGet(`${server.url}${pathname}`, cookie);
  return (cpuMs(server.pid) - before) / n;
}

async function main() {
  if (!baseline || !existsSync(path.join(baseline, ".next/BUILD_ID"))) {
    throw new Error("--baseline must name another checkout with a production build (npx next build there)");
  }
  await ensureBuild(false, console.log);
  const name = uniqueName("compare");
  console.log(`Seeding ${refs.toLocaleString("en-US")} references…`);
  const url = await seededDatabase(name, webSeed(refs, new Date()));
  const env = { DATABASE_URL: url, LOG_LEVEL: "silent", METRICS_TOKEN: "" };
  const before = await startServer(port, env, `/tmp/${name}-baseline.log`, path.resolve(baseline));
  const after = await startServer(port + 1, env, `/tmp/${name}.log`);
  try {
    const cookie = await sessionCookie(`${BIG}-admin`, "admin@big.bench.example");
    const credential = (p: string) => (p === "/signin" ? undefined : cookie);
    for (const s of [before, after]) for (const p of PATHS) await perView(s, p, credential(p), 20);
    const figures = new Map<string, number[]>();
    for (let round = 0; round < rounds; round++) {
      // Alternate which build goes first, so neither always follows the other's garbage.
      const order = round % 2 ? [before, after] : [after, before];
      for (const p of PATHS)
        for (const s of order) {
          const key = `${s === before ? "baseline" : "this"} ${p}`;
          figures.set(key, [...(figures.get(key) ?? []), await perView(s, p, credential(p), views)]);
        }
    }
    console.log(`\nNode CPU per view, median of ${rounds} rounds of ${views} views (baseline ${baseline}):`);
    for (const p of PATHS) {
      const b = figures.get(`baseline ${p}`)!;
      const a = figures.get(`this ${p}`)!;
      // The median of each round's own ratio: a round's two sides ran back to back, on the same
      // machine weather, so the ratio is steadier than either side's median.
      const ratio = median(a.map((x, i) => x / b[i]!));
      console.log(
        `${p.padEnd(16)} baseline ${median(b).toFixed(2).padStart(6)} ms  this ${median(a).toFixed(2).padStart(6)} ms  ` +
          `per-round ratio ${((ratio - 1) * 100).toFixed(1).padStart(5)} %`,
      );
    }
  } finally {
    await before.stop();
    await after.stop();
    await dropAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
