import "server-only";
import { env } from "../env";

// Which network address a request came from, for per-address abuse limits (decision 021).
// Next.js gives the app no socket, only headers. `next start` fills X-Forwarded-For with the
// socket address when the client sent none, and keeps a client's own value otherwise.
// - TRUST_PROXY=1 (behind a proxy that sets X-Forwarded-For itself, e.g. Vercel, or nginx with
//   `proxy_set_header X-Forwarded-For $remote_addr`): the first hop is the client.
// - otherwise: the last hop, which is the socket address next start recorded; a client that
//   sends its own header can choose its key, so per-address limits are then best effort, while
//   the per-email-address and per-user limits hold regardless.

const ADDRESS = /^[0-9a-f:.]{2,45}$/i;

export function clientIp(headers: Headers, trustProxy = env().trustProxy): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  const hop = trustProxy ? hops[0] : hops.at(-1);
  return hop && ADDRESS.test(hop) ? hop.replace(/^::ffff:/i, "") : "unknown";
}
