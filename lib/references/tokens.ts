import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma } from "../db/generated/client";

// R13: the customer's link carries 256 random bits; only their SHA-256 is stored, so a copy of
// the database cannot be used to answer for a customer.

const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type IssuedToken = { token: string; tokenHash: string };

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A fresh token for one send; every send (creation and each resend) gets its own. */
export function newToken(): IssuedToken {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** Anything that cannot be one of our tokens is rejected before it reaches the database. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && TOKEN_PATTERN.test(token);
}

/** Stores the hash in the caller's transaction; earlier tokens of the request stay valid. */
export async function storeToken(
  tx: Prisma.TransactionClient,
  referenceId: string,
  issued: IssuedToken,
  now: Date,
): Promise<void> {
  await tx.responseToken.create({ data: { referenceId, tokenHash: issued.tokenHash, createdAt: now } });
}

/** R20: a withdraw link's hash, in the caller's transaction (the receipt or notice carries the token). */
export async function storeWithdrawToken(
  tx: Prisma.TransactionClient,
  referenceId: string,
  issued: IssuedToken,
  now: Date,
): Promise<void> {
  await tx.withdrawToken.create({ data: { referenceId, tokenHash: issued.tokenHash, createdAt: now } });
}
