import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

// The one place that talks SMTP. Timeouts are kept well below the outbox lease so a hanging
// server can never make a claimed email look abandoned while it is still being sent.

export type OutgoingEmail = { to: string; subject: string; html: string; text: string };

export type Mailer = {
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
};

const TIMEOUT_MS = 30_000;

/** A mailer for the configured SMTP server, or null when none is configured (the dev mailbox). */
export function openMailer(smtpUrl: string | undefined = env().smtpUrl): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  return {
    async send(email) {
      await transport.sendMail({ from: env().emailFrom, ...email });
    },
    close: () => transport.close(),
  };
}

/** A short, log-safe description of a delivery failure (never shown to users). */
export function describeFailure(error: unknown): string {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const parts = [e.code, e.responseCode, e.message].filter((p) => p !== undefined && p !== "");
  return (parts.length > 0 ? parts.join(" ") : String(error)).slice(0, 500);
}

const UNAVAILABLE = new Set(["ECONNECTION", "ECONNREFUSED", "ETIMEDOUT", "ESOCKET", "EDNS", "EAUTH"]);

/** True when the failure is the server's (down, unreachable, refusing us), not one message's. */
export function isServerUnavailable(error: unknown): boolean {
  return UNAVAILABLE.has(String((error as { code?: string }).code));
}
