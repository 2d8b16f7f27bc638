-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "AuditKind" ADD VALUE 'SERVICE_CASE';
ALTER TYPE "AuditKind" ADD VALUE 'EMAIL';

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "linkTokenHash" TEXT,
ADD COLUMN     "partnerId" TEXT;

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "OutboxEmail_partnerId_idx" ON "OutboxEmail"("partnerId");

-- CreateIndex
CREATE INDEX "Partner_isDemo_idx" ON "Partner"("isDemo");

-- CreateIndex
CREATE INDEX "Invitation_expiresAt_idx" ON "Invitation"("expiresAt");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Decision 022: partners the demo seed made are demo partners (every user of theirs is a demo user).
UPDATE "Partner" p SET "isDemo" = true
WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."partnerId" = p.id)
  AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u."partnerId" = p.id AND NOT u."isDemo");

-- What each email already in the outbox is about: its reference's partner, else its user's.
UPDATE "OutboxEmail" e SET "partnerId" = r."partnerId"
FROM "ReferenceRequest" r WHERE r.id = e."referenceId";
UPDATE "OutboxEmail" e SET "partnerId" = u."partnerId"
FROM "User" u WHERE u.id = e."userId" AND e."partnerId" IS NULL;
-- Invitation emails were queued under the default template name "message" and carried nothing else.
UPDATE "OutboxEmail" e SET "partnerId" = i."partnerId", template = 'invitation'
FROM "Invitation" i
WHERE e.template = 'message' AND e."to" = i.email AND e."partnerId" IS NULL
  AND e."referenceId" IS NULL AND e."userId" IS NULL;

-- Names are unique without regard to case, in the database (a read-then-write check let "Berlin"
-- and "berlin" both land under a race). Names that already clash keep the first and number the
-- others, so the indexes can be built; Prisma's schema cannot express an index on lower(name),
-- and its introspection does not see one, so `db:check` stays clean (as for decision 051).
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY "partnerId", lower(name) ORDER BY id) AS n FROM "Location")
UPDATE "Location" l SET name = l.name || ' (' || ranked.n || ')' FROM ranked WHERE ranked.id = l.id AND ranked.n > 1;
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY "createdAt", id) AS n FROM "Partner")
UPDATE "Partner" p SET name = p.name || ' (' || ranked.n || ')' FROM ranked WHERE ranked.id = p.id AND ranked.n > 1;
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY lower(name) ORDER BY "createdAt", id) AS n FROM "Competency")
UPDATE "Competency" c SET name = c.name || ' (' || ranked.n || ')' FROM ranked WHERE ranked.id = c.id AND ranked.n > 1;
CREATE UNIQUE INDEX "Location_partnerId_lower_name_key" ON "Location"("partnerId", lower("name"));
CREATE UNIQUE INDEX "Partner_lower_name_key" ON "Partner"(lower("name"));
CREATE UNIQUE INDEX "Competency_lower_name_key" ON "Competency"(lower("name"));

-- One open service case per reference and kind (two simultaneous "ask the service center"
-- submits open one case). Where duplicates are already open, the first asked stays open and the
-- later ones are declined as duplicates.
WITH ranked AS (
  SELECT id, row_number() OVER (PARTITION BY "referenceId", type ORDER BY "createdAt", id) AS n
  FROM "ServiceCase" WHERE status = 'OPEN' AND "referenceId" IS NOT NULL)
UPDATE "ServiceCase" c SET status = 'DECLINED', resolution = 'Duplicate of an earlier open case.', "resolvedAt" = now()
FROM ranked WHERE ranked.id = c.id AND ranked.n > 1;
CREATE UNIQUE INDEX "ServiceCase_one_open_per_reference_key" ON "ServiceCase"("referenceId", type) WHERE status = 'OPEN';
