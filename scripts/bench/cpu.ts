import { readFileSync } from "node:fs";
import { timedGet } from "./http";
import type { Context } from "./measures";
import { type Measure, pairs } from "./stats";

// Node's CPU time per page view, read from /proc for the server process: steadier than a p95 under
// load (which multiplies it by the queue), and what "render cost" means in docs/performance.md.
// Database time is another process and not in it; the p95 measures include it.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

async function perView(
  c: Context & { pid: number },
  path: string,
  cookie: string | undefined,
  views: number,
) {
  const before = cpuMs(c.pid);
  for (let i = 0; i < views; i++) await timedGet(`${c.url}${path}`, cookie);
  return (cpuMs(c.pid) - before) / views;
}

/** `path`'s Node CPU per view against /signin's, in interleaved rounds of sequential views. */
export async function cpuPerView(
  c: Context & { pid: number },
  path: string,
  credential = c.bigCookie,
  views = 60,
): Promise<Measure> {
  return {
    name: `${path} Node CPU per view vs /signin`,
    ...(await pairs(
      c.rounds + 2,
      () => perView(c, path, credential, views),
      () => perView(c, "/signin", undefined, views),
    )),
    target: 2.5,
    unit: "ms/view",
  };
}
