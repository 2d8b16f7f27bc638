import { getDb } from "@/lib/db/client";
import { createReference } from "@/lib/references/create";
import type { World } from "./factories";
import { rememberTokens } from "./tokens";

// Helpers for the lifecycle tests (create, resend, respond, auto-approve, cancel, outbox).

export const T0 = new Date("2026-11-02T09:00:00Z");

let contacts = 0;

export function validInput(world: World, over: Record<string, unknown> = {}) {
  return {
    locationId: world.location("Seattle").id,
    customerCompany: "Northwind Traders",
    contactName: "Nancy Davolio",
    // R18: one open request per contact and partner, so each call asks a different person.
    contactEmail: `nancy.davolio.${++contacts}@northwind.example`,
    projectTitle: "Order platform migration",
    projectDescription: "Moved the order platform to the cloud in three waves.",
    projectType: "CLOUD_MIGRATION",
    completedOn: "2026-09-30",
    ...over,
  };
}

/** Creates a request through the domain (R1) and returns its id and the customer's raw token. */
export async function createThroughDomain(world: World, now = T0, over: Record<string, unknown> = {}) {
  const tokens = rememberTokens();
  const result = await createReference({
    actor: world.actors.global,
    input: validInput(world, over),
    now,
    issueToken: tokens.issueToken,
  });
  if (!result.ok) throw new Error(`create failed: ${result.message}`);
  return { ...result.data, token: tokens.last() };
}

/** Row counts of everything a lifecycle change may write, to prove "nothing written". */
export async function rowCounts() {
  const db = await getDb();
  const [references, events, tokens, outbox] = await Promise.all([
    db.referenceRequest.count(),
    db.referenceEvent.count(),
    db.responseToken.count(),
    db.outboxEmail.count(),
  ]);
  return { references, events, tokens, outbox };
}

export async function eventsOf(referenceId: string) {
  const db = await getDb();
  return db.referenceEvent.findMany({
    where: { referenceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Makes the database refuse outbox rows to one address, so a test can fail a transaction at its
 * very last write (the email) and prove nothing before it survived (R15). Per-file database only.
 */
export async function failOutboxInsertsTo(address: string) {
  const db = await getDb();
  await db.$executeRawUnsafe(`
    CREATE OR REPLACE FUNCTION test_fail_outbox() RETURNS trigger AS $$
    BEGIN
      IF NEW."to" = '${address.replace(/'/g, "''")}' THEN RAISE EXCEPTION 'simulated failure'; END IF;
      RETURN NEW;
    END $$ LANGUAGE plpgsql`);
  await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_outbox ON "OutboxEmail"`);
  await db.$executeRawUnsafe(
    `CREATE TRIGGER test_fail_outbox BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION test_fail_outbox()`,
  );
}

/**
 * Removes every reference request with its events, tokens and emails. Auto-approval is set-based:
 * without a clean slate a test would also approve earlier tests' rows.
 */
export async function clearReferences() {
  const db = await getDb();
  await db.referenceEvent.deleteMany();
  await db.responseToken.deleteMany();
  await db.outboxEmail.deleteMany();
  await db.referenceRequest.deleteMany();
}
