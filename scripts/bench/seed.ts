import { createHash } from "node:crypto";

// Set-based seed data for the benchmark: every table filled by INSERT … SELECT over
// generate_series, so a million rows take one statement instead of a million round trips.

export const BIG = "bench-big";
export const TINY = "bench-tiny";
export const DUE = "bench-due";
export const COMPETENCIES = 14;
const LOCATIONS = 5;
/** The big partner's API key (issue 19): a Global Administrator's read key, stored hashed as the app does. */
export const BENCH_API_KEY = `prc_${"Bench0123456789".repeat(3).slice(0, 32)}`;
const benchKeyHash = createHash("sha256").update(BENCH_API_KEY, "utf8").digest("hex");

/** Partners, locations, competencies and the two signed-in users the app requests use. */
function organisations(): string {
  return `
INSERT INTO "Partner" (id, name) VALUES ('${BIG}', 'Bench Big Partner'), ('${TINY}', 'Bench Tiny Partner'),
  ('${DUE}', 'Bench Backlog Partner');
INSERT INTO "Location" (id, "partnerId", name, country)
  SELECT '${BIG}-loc-' || i, '${BIG}', 'Office ' || i, 'DE' FROM generate_series(0, ${LOCATIONS - 1}) i;
INSERT INTO "Location" (id, "partnerId", name, country) VALUES ('${TINY}-loc', '${TINY}', 'Head office', 'US'),
  ('${DUE}-loc', '${DUE}', 'Head office', 'FR');
INSERT INTO "Competency" (id, name, "silverRequired", "goldRequired")
  SELECT 'bench-comp-' || i, 'Bench competency ' || lpad(i::text, 2, '0'), 3, 5
  FROM generate_series(0, ${COMPETENCIES - 1}) i;
INSERT INTO "User" (id, email, name, kind, "partnerId") VALUES
  ('${BIG}-admin', 'admin@big.bench.example', 'Big Admin', 'PARTNER_USER', '${BIG}'),
  ('${TINY}-admin', 'admin@tiny.bench.example', 'Tiny Admin', 'PARTNER_USER', '${TINY}');
INSERT INTO "PartnerRole" (id, "userId", "partnerId", role) VALUES
  ('${BIG}-role', '${BIG}-admin', '${BIG}', 'GLOBAL_ADMINISTRATOR'),
  ('${TINY}-role', '${TINY}-admin', '${TINY}', 'GLOBAL_ADMINISTRATOR');
INSERT INTO "ApiKey" (id, "partnerId", name, prefix, "keyHash", scope, "createdByLabel", "createdAt") VALUES
  ('${BIG}-key', '${BIG}', 'Bench CRM', '${BENCH_API_KEY.slice(0, 8)}', '${benchKeyHash}', 'READ', 'Big Admin', now());`;
}

const COLUMNS = `(id, "partnerId", "locationId", status, "firstSentAt", "lastSentAt", "sendCount", "decidedAt",
  "competencyId", "assignedAt", "customerCompany", "contactName", "contactEmail", "projectTitle",
  "projectDescription", "projectType", "completedOn", "createdAt", "updatedAt")`;

/**
 * The big partner: `count` references over two years, every status; one in six approved and
 * assigned (16 667 of 100 000). Awaiting ones were sent within the last 30 days, so none is due.
 */
function bigPartner(count: number, now: Date): string {
  const t = `'${now.toISOString()}'::timestamptz`;
  return `
INSERT INTO "ReferenceRequest" ${COLUMNS}
SELECT 'big-' || i, '${BIG}', '${BIG}-loc-' || (i % ${LOCATIONS}), s.status::"ReferenceStatus",
  d.first, d.first + interval '8 days' * (i % 3), 1 + i % 3,
  CASE WHEN s.status <> 'AWAITING_APPROVAL' THEN d.first + interval '3 days' END,
  CASE WHEN i % 6 = 0 THEN 'bench-comp-' || ((i / 6) % ${COMPETENCIES}) END,
  CASE WHEN i % 6 = 0 THEN d.first + interval '4 days' END,
  'Customer ' || substr(md5(i::text), 1, 10), 'Contact ' || i, 'contact' || i || '@customer.example',
  'Project ' || i, 'A project done for the benchmark.', 'CLOUD_MIGRATION', (d.first - interval '30 days')::date,
  d.first, d.first
FROM generate_series(1, ${count}) i
CROSS JOIN LATERAL (SELECT CASE i % 6 WHEN 0 THEN 'CUSTOMER_APPROVED' WHEN 1 THEN 'CUSTOMER_APPROVED'
  WHEN 2 THEN 'AWAITING_APPROVAL' WHEN 3 THEN 'CUSTOMER_REJECTED' WHEN 4 THEN 'MICROSOFT_AUTO_APPROVED'
  ELSE 'CANCELED' END AS status) s
CROSS JOIN LATERAL (SELECT CASE WHEN i % 6 = 2 THEN ${t} - interval '1 second' * (i % (30 * 86400))
  ELSE ${t} - interval '1 millisecond' * (i::bigint * 730 * 86400000 / ${count}) END AS first) d;
INSERT INTO "ReferenceRequest" ${COLUMNS}
VALUES ('tiny-1', '${TINY}', '${TINY}-loc', 'CUSTOMER_APPROVED', ${t} - interval '60 days', ${t} - interval '60 days',
  1, ${t} - interval '55 days', 'bench-comp-0', ${t} - interval '50 days', 'Only Customer', 'Only Contact',
  'only@customer.example', 'The one project', 'A project.', 'CLOUD_MIGRATION', '2026-01-01',
  ${t} - interval '60 days', ${t} - interval '60 days');`;
}

/** The backlog partner: `count` requests first sent 43 days ago or earlier, all due for auto-approval. */
function backlog(count: number, now: Date): string {
  const t = `'${now.toISOString()}'::timestamptz`;
  return `
INSERT INTO "ReferenceRequest" ${COLUMNS}
SELECT 'due-' || i, '${DUE}', '${DUE}-loc', 'AWAITING_APPROVAL', d.first, d.first, 1, NULL, NULL, NULL,
  'Customer ' || substr(md5(i::text), 1, 10), 'Contact ' || i, 'contact' || i || '@customer.example',
  'Project ' || i, 'A project done for the benchmark.', 'CLOUD_MIGRATION', '2026-01-01', d.first, d.first
FROM generate_series(1, ${count}) i
CROSS JOIN LATERAL (SELECT ${t} - interval '43 days' - interval '1 second' * i AS first) d;`;
}

export function webSeed(refs: number, now: Date): string {
  return organisations() + bigPartner(refs, now);
}

export function backlogSeed(due: number, now: Date): string {
  return organisations() + backlog(due, now);
}
