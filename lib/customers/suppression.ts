import "server-only";
import { createHmac } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { env } from "../env";
import { normalizeAddress } from "./address";

// R18 "Do not ask me again": only a keyed hash of the normalised address is kept, so the table
// says nothing about who asked without the server's key.

type Tx = Prisma.TransactionClient;

export function contactHash(address: string): string {
  return createHmac("sha256", env().contactHashKey).update(normalizeAddress(address)).digest("hex");
}

export async function isSuppressed(tx: Tx, address: string): Promise<boolean> {
  const row = await tx.contactSuppression.findUnique({ where: { keyHash: contactHash(address) } });
  return row !== null;
}

/** Records the wish; asking twice is the same as asking once. */
export async function suppress(tx: Tx, address: string, now: Date): Promise<void> {
  await tx.contactSuppression.upsert({
    where: { keyHash: contactHash(address) },
    create: { keyHash: contactHash(address), createdAt: now },
    update: {},
  });
}
