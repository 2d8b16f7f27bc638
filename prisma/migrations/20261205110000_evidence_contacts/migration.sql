-- R16–R18 (decision 080): partner email domains, normalised contact keys, request emails, suppressions.


-- AlterEnum
ALTER TYPE "AuditKind" ADD VALUE 'CONTACT';

-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'DELIVERY_FAILED';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReferenceEventType" ADD VALUE 'DELIVERY_FAILED';
ALTER TYPE "ReferenceEventType" ADD VALUE 'CONTACT_CORRECTED';

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "emailDomains" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "ReferenceRequest" ADD COLUMN     "contactKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "deliveryFailedAt" TIMESTAMPTZ(3),
ADD COLUMN     "deliveryFailure" TEXT,
ADD COLUMN     "requestEmailId" TEXT;

-- CreateTable
CREATE TABLE "ContactSuppression" (
    "keyHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactSuppression_pkey" PRIMARY KEY ("keyHash")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceRequest_requestEmailId_key" ON "ReferenceRequest"("requestEmailId");

-- CreateIndex
CREATE INDEX "ReferenceRequest_contactKey_status_idx" ON "ReferenceRequest"("contactKey", "status");

-- Backfill (decision 080). The same normalisation as lib/customers/address.ts: lower case, no
-- surrounding spaces, no "+tag" in the local part.
UPDATE "ReferenceRequest"
SET "contactKey" = regexp_replace(lower(btrim("contactEmail")), '^([^@+]*)\+[^@]*@', '\1@');

-- The latest request or reminder email of each request is its request email (R17); one that
-- already ended FAILED makes the request "Email not delivered" from now on.
UPDATE "ReferenceRequest" r
SET "requestEmailId" = e.id,
    "deliveryFailedAt" = CASE WHEN e.status = 'FAILED' THEN e."createdAt" END,
    "deliveryFailure" = CASE WHEN e.status = 'FAILED' THEN e."lastError" END
FROM (
  SELECT DISTINCT ON ("referenceId") id, "referenceId", status, "createdAt", "lastError"
  FROM "OutboxEmail"
  WHERE "referenceId" IS NOT NULL AND template IN ('reference-request', 'reference-reminder')
  ORDER BY "referenceId", "createdAt" DESC, id DESC
) e
WHERE e."referenceId" = r.id;
