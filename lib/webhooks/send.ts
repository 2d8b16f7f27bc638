import "server-only";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { Webhook } from "standardwebhooks";
import { ForbiddenAddressError, guardedLookup, isForbiddenAddress } from "./address-guard";

// One signed POST (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature) through
// node's own http(s).request, whose socket asks guardedLookup for its address: the SSRF check sees
// exactly the address connected to. Redirects are not followed (a 3xx is a failure). The whole
// exchange — DNS, connect, TLS, answer — is bounded by one timeout.

export const SEND_TIMEOUT_MS = 10_000;
const RESPONSE_KEPT_BYTES = 1024;

export type SendOutcome = {
  /** HTTP status, or null when no answer came. */
  status: number | null;
  durationMs: number;
  /** The answer's first 1 KB, or what went wrong. */
  response: string;
  /** The address was refused by the SSRF check (never retried sooner than any other failure). */
  refused: boolean;
};

export type SignedMessage = {
  url: string;
  /** webhook-id: the event's id, the same on every retry, so receivers can drop duplicates. */
  id: string;
  body: string;
  secret: string;
  /** Signing time: the receiver's clock judges it (5 minutes' tolerance), so it is the wall clock. */
  signedAt: Date;
  allowPrivate: boolean;
  timeoutMs?: number;
  lookup?: Parameters<typeof guardedLookup>[0];
  /**
   * Keep-alive connections shared by one delivery batch (deliver.ts). Each new connection still
   * asks guardedLookup, so every address connected to is checked; none outlives the batch.
   */
  agents?: { http: http.Agent; https: https.Agent };
};

/** Connections for one batch: reused within it, closed with it. */
export function batchAgents(maxSockets: number) {
  const options = { keepAlive: true, maxSockets };
  const agents = { http: new http.Agent(options), https: new https.Agent(options) };
  const close = () => {
    agents.http.destroy();
    agents.https.destroy();
  };
  return { agents, close };
}

export function signatureHeaders(m: Pick<SignedMessage, "id" | "body" | "secret" | "signedAt">) {
  return {
    "webhook-id": m.id,
    "webhook-timestamp": String(Math.floor(m.signedAt.getTime() / 1000)),
    "webhook-signature": new Webhook(m.secret).sign(m.id, m.signedAt, m.body),
  };
}

export function sendSigned(m: SignedMessage): Promise<SendOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const done = (outcome: Omit<SendOutcome, "durationMs">) => resolve({ ...outcome, durationMs: elapsed() });
    const url = new URL(m.url);
    // A literal address never goes through lookup: it is checked here instead.
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (!m.allowPrivate && isIP(literal) !== 0 && isForbiddenAddress(literal))
      return done({
        status: null,
        response: new ForbiddenAddressError(literal, literal).message,
        refused: true,
      });
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "PartnerReferenceCenter-Webhooks/1",
        ...signatureHeaders(m),
      },
      ...(m.allowPrivate ? {} : { lookup: guardedLookup(m.lookup) as never }),
      agent: m.agents ? (url.protocol === "https:" ? m.agents.https : m.agents.http) : false,
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`timed out after ${(m.timeoutMs ?? SEND_TIMEOUT_MS) / 1000} s`)),
      m.timeoutMs ?? SEND_TIMEOUT_MS,
    );
    request.on("response", (answer) => {
      const chunks: Buffer[] = [];
      let kept = 0;
      answer.on("data", (chunk: Buffer) => {
        if (kept < RESPONSE_KEPT_BYTES) chunks.push(chunk.subarray(0, RESPONSE_KEPT_BYTES - kept));
        kept += chunk.length;
        // Enough read: the rest of a large answer is not waited for.
        if (kept >= RESPONSE_KEPT_BYTES) answer.destroy();
      });
      const finish = () => {
        clearTimeout(timer);
        done({
          status: answer.statusCode ?? null,
          response: Buffer.concat(chunks).toString("utf8"),
          refused: false,
        });
      };
      answer.on("end", finish);
      answer.on("close", finish);
      answer.on("error", () => {});
    });
    request.on("error", (error) => {
      clearTimeout(timer);
      done({
        status: null,
        response: error.message.slice(0, RESPONSE_KEPT_BYTES),
        refused: error instanceof ForbiddenAddressError,
      });
    });
    request.end(m.body);
  });
}
