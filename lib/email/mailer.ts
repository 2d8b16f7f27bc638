import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";
import { inSpan } from "../ops/spans";

// The one place that talks SMTP: a pooled transport, so a run keeps a few connections open and
// several messages in flight instead of paying a connection (and a greeting delay) per email.

export type OutgoingEmail = { to: string; subject: string; html: string; text: string };

export type Mailer = {
  /** Sends one email under the given Message-ID. */
  send(email: OutgoingEmail & { messageId: string }): Promise<void>;
  close(): void;
};

/** Each SMTP step's timeout; a run overruns its budget by at most this (see retry.ts). */
export const SMTP_TIMEOUT_MS = 30_000;
/** Connections a run keeps open; messages in flight are twice this, so none waits for a socket. */
export const POOL_CONNECTIONS = 5;
export const MESSAGES_IN_FLIGHT = POOL_CONNECTIONS * 2;

/** A mailer for the configured SMTP server, or null when none is configured (the dev mailbox). */
export function openMailer(smtpUrl: string | undefined = env().smtpUrl): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: POOL_CONNECTIONS,
    maxMessages: 1000,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(email) {
      // The span names the message, never its recipient (personal data stays out of traces).
      await inSpan("smtp send", { "messaging.message.id": email.messageId }, () =>
        transport.sendMail({ from: env().emailFrom, ...email }),
      );
    },
    close: () => transport.close(),
  };
}

/**
 * The stable Message-ID of an outbox row: a resend after a crash between "accepted" and "marked
 * sent" carries the same id, so mail systems and people can tell it is the same message.
 */
export function messageIdFor(outboxId: string): string {
  return `<${outboxId}@${messageIdHost()}>`;
}

export function messageIdHost(): string {
  return env().senderAddress.split("@")[1]?.trim() || "localhost";
}

/** A short, log-safe description of a delivery failure, starting with the SMTP code when there is one. */
export function describeFailure(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const parts = [e.responseCode, e.code, e.message].filter((p) => p !== undefined && p !== "");
  return (parts.length > 0 ? parts.join(" ") : String(error)).slice(0, 500);
}

/**
 * R15: only a permanent (5xx) answer to this message's envelope or content is a rejection; a
 * connection failure, a timeout, a refused login or a 4xx answer is transient and delays only.
 */
export function isRejection(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number };
  const permanent = typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600;
  return permanent && (e.code === "EENVELOPE" || e.code === "EMESSAGE");
}

const UNAVAILABLE = new Set(["ECONNECTION", "ECONNREFUSED", "ETIMEDOUT", "ESOCKET", "EDNS", "EAUTH"]);

/** True when the failure is the server's (down, unreachable, refusing us), not one message's. */
export function isServerUnavailable(error: unknown): boolean {
  return UNAVAILABLE.has(String((error as { code?: string }).code));
}
