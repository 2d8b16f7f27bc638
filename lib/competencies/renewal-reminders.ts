import "server-only";
import { getDb } from "../db/client";
import { Prisma } from "../db/generated/client";
import { queueEmail } from "../email/outbox";
import { recipientLocale } from "../email/recipient-locale";
import { renderRenewalReminder } from "../notices/render";
import { TX_OPTIONS } from "../references/tx";
import { forecastLevel, type LevelName, reachedThresholds } from "./counting";
import { COUNTS_UNTIL, countingAt } from "./counting-sql";

// R19: 90, 30 and 7 days before a held level lapses (if nothing new is approved), the partner's
// Global Administrators and the Local Administrators of the locations whose references count are
// reminded — once per threshold per level and lapse date (RenewalReminder's key), however often the
// scheduled run comes. A new approval moves the lapse date, and a later lapse starts afresh.

const PARTNERS_PER_BATCH = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

type Standing = {
  partnerId: string;
  partnerName: string;
  competencyId: string;
  competencyName: string;
  silverRequired: number;
  goldRequired: number;
  stops: Date[];
};

type AtRisk = {
  competencyId: string;
  competencyName: string;
  level: LevelName;
  lapsesOn: Date;
  neededBy: number;
};

export type RenewalReport = { reminders: number; levels: number; remaining: boolean };

export async function sendRenewalReminders({
  now,
  deadline,
}: {
  now: Date;
  deadline: number;
}): Promise<RenewalReport> {
  const db = await getDb();
  const report: RenewalReport = { reminders: 0, levels: 0, remaining: false };
  let after = "";
  for (;;) {
    if (performance.now() >= deadline) {
      report.remaining = true;
      break;
    }
    const partners = await db.partner.findMany({
      where: { id: { gt: after } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: PARTNERS_PER_BATCH,
    });
    if (partners.length === 0) break;
    after = partners.at(-1)!.id;
    const standings = await standingsOf(
      partners.map((p) => p.id),
      now,
    );
    for (const [partnerId, rows] of groupBy(standings, (s) => s.partnerId)) {
      const atRisk = rows.flatMap((row) => levelsAtRisk(row, now));
      if (atRisk.length === 0) continue;
      const sent = await remindPartner(partnerId, rows[0]!.partnerName, atRisk, now);
      report.reminders += sent.reminders;
      report.levels += sent.levels;
    }
  }
  return report;
}

/** Per partner and competency, the latest stop dates of what counts now (as many as the gold count). */
async function standingsOf(partnerIds: string[], now: Date): Promise<Standing[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<Standing[]>`
    SELECT p.id AS "partnerId", p.name AS "partnerName", c.id AS "competencyId", c.name AS "competencyName",
      c."silverRequired", c."goldRequired", s.stops
    FROM "Partner" p
    CROSS JOIN "Competency" c
    CROSS JOIN LATERAL (
      SELECT array_agg(t.until ORDER BY t.until DESC) AS stops FROM (
        SELECT ${COUNTS_UNTIL} AS until FROM "ReferenceRequest" r
        WHERE r."partnerId" = p.id AND r."competencyId" = c.id AND ${countingAt(now)}
        ORDER BY r."decidedAt" DESC
        LIMIT c."goldRequired") t) s
    WHERE p.id IN (${Prisma.join(partnerIds)}) AND s.stops IS NOT NULL`;
  return rows.map((r) => ({ ...r, stops: r.stops.map((d) => new Date(d)) }));
}

function levelsAtRisk(row: Standing, now: Date): (AtRisk & { thresholds: number[] })[] {
  const out: (AtRisk & { thresholds: number[] })[] = [];
  const levels: [LevelName, number][] = [
    ["silver", row.silverRequired],
    ["gold", row.goldRequired],
  ];
  for (const [level, required] of levels) {
    // stops holds at most goldRequired dates, enough to tell whether either level is held.
    const forecast = forecastLevel(level, required, row.stops.length, row.stops);
    if (!forecast.lapsesOn) continue;
    const thresholds = reachedThresholds(forecast.lapsesOn, now);
    if (thresholds.length === 0) continue;
    out.push({
      competencyId: row.competencyId,
      competencyName: row.competencyName,
      level,
      lapsesOn: forecast.lapsesOn,
      neededBy: forecast.neededBy,
      thresholds,
    });
  }
  return out;
}

/** Records the thresholds reached and, for the levels with a new one, queues one email per person. */
async function remindPartner(
  partnerId: string,
  partnerName: string,
  atRisk: (AtRisk & { thresholds: number[] })[],
  now: Date,
): Promise<{ reminders: number; levels: number }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const due: AtRisk[] = [];
    for (const level of atRisk) {
      const inserted = await tx.$queryRaw<{ thresholdDays: number }[]>`
        INSERT INTO "RenewalReminder" ("partnerId", "competencyId", level, "thresholdDays", "lapsesOn", "sentAt")
        SELECT ${partnerId}, ${level.competencyId}, ${level.level}, t, ${level.lapsesOn}, ${now}
        FROM unnest(${level.thresholds}::int[]) AS t
        ON CONFLICT DO NOTHING
        RETURNING "thresholdDays"`;
      if (inserted.length > 0) due.push(level);
    }
    if (due.length === 0) return { reminders: 0, levels: 0 };
    const recipients = await recipientsFor(tx, partnerId, due, now);
    for (const person of recipients) {
      const items = due
        .filter((level) => person.global || person.competencyIds.has(level.competencyId))
        .map((level) => ({
          competencyName: level.competencyName,
          level: level.level,
          lapsesOn: level.lapsesOn,
          neededBy: level.neededBy,
          daysLeft: Math.ceil((level.lapsesOn.getTime() - now.getTime()) / DAY_MS),
        }));
      if (items.length === 0) continue;
      // In the person's portal language (the level's name and the date too).
      const email = await renderRenewalReminder({ partnerName, items }, recipientLocale(person.locale));
      await queueEmail(tx, {
        to: person.email,
        ...email,
        now,
        template: "renewal-reminder",
        partnerId,
        userId: person.id,
        carriesSecret: false,
      });
    }
    return { reminders: recipients.length, levels: due.length };
  }, TX_OPTIONS);
}

type Recipient = {
  id: string;
  email: string;
  locale: string | null;
  global: boolean;
  competencyIds: Set<string>;
};

/** Global Administrators, and Local Administrators of a location where a counting reference of the level's competency is. */
async function recipientsFor(
  tx: Prisma.TransactionClient,
  partnerId: string,
  due: AtRisk[],
  now: Date,
): Promise<Recipient[]> {
  const competencyIds = [...new Set(due.map((d) => d.competencyId))];
  const rows = await tx.$queryRaw<
    { id: string; email: string; locale: string | null; global: boolean; competencyId: string | null }[]
  >`
    SELECT u.id, u.email, u.locale, (pr.role = 'GLOBAL_ADMINISTRATOR') AS global, loc."competencyId"
    FROM "PartnerRole" pr
    JOIN "User" u ON u.id = pr."userId"
    LEFT JOIN LATERAL (
      SELECT DISTINCT r."competencyId" FROM "ReferenceRequest" r JOIN "Competency" c ON c.id = r."competencyId"
      WHERE r."partnerId" = ${partnerId} AND r."locationId" = pr."locationId"
        AND r."competencyId" IN (${Prisma.join(competencyIds)}) AND ${countingAt(now)}) loc ON true
    WHERE pr."partnerId" = ${partnerId}
      AND NOT EXISTS (SELECT 1 FROM "NoticeOptOut" o WHERE o."userId" = u.id AND o.kind = 'RENEWAL_REMINDER')
      AND (pr.role = 'GLOBAL_ADMINISTRATOR' OR loc."competencyId" IS NOT NULL)
    ORDER BY u.email`;
  const byUser = new Map<string, Recipient>();
  for (const row of rows) {
    const person = byUser.get(row.id) ?? {
      id: row.id,
      email: row.email,
      locale: row.locale,
      global: false,
      competencyIds: new Set(),
    };
    person.global ||= row.global;
    if (row.competencyId) person.competencyIds.add(row.competencyId);
    byUser.set(row.id, person);
  }
  return [...byUser.values()];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
