import { percentile } from "./stats";

// A bounded load generator for a server on this machine: a fixed number of requests, a fixed
// number of connections, each request checked for a 200 and the text a real page carries.

/** A session cookie, or "Bearer prc_…" for the API. */
const headersFor = (credential: string | undefined): Record<string, string> =>
  !credential
    ? {}
    : credential.startsWith("Bearer ")
      ? { authorization: credential }
      : { cookie: credential };

export async function timedGet(url: string, cookie: string | undefined, expect?: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: headersFor(cookie), redirect: "manual" });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
  if (expect && !body.includes(expect)) throw new Error(`GET ${url} did not contain "${expect}"`);
  return elapsed;
}

/** p95 latency in ms of `total` GETs over `connections` concurrent loops. */
export async function loadP95(
  url: string,
  options: { cookie?: string; connections: number; total: number; expect?: string },
): Promise<number> {
  const latencies: number[] = [];
  let left = options.total;
  await Promise.all(
    Array.from({ length: options.connections }, async () => {
      while (left-- > 0) latencies.push(await timedGet(url, options.cookie, options.expect));
    }),
  );
  return percentile(latencies, 95);
}

/** Median latency in ms of `count` GETs one after another. */
export async function sequentialMedian(
  url: string,
  cookie: string | undefined,
  count: number,
  expect?: string,
) {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) latencies.push(await timedGet(url, cookie, expect));
  return percentile(latencies, 50);
}

/** Downloads a whole response, returning elapsed ms and its size in bytes. */
export async function download(url: string, cookie: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200 || !response.body) throw new Error(`GET ${url} answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += (chunk as Uint8Array).byteLength;
  return { ms: performance.now() - started, bytes };
}
