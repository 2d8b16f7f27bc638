-- AlterTable
ALTER TABLE "ReferenceRequest" ADD COLUMN     "contactErasedAt" TIMESTAMPTZ(3);

-- R21: the scheduled run's scan — requests that ended without counting, not yet erased, by end time.
CREATE INDEX "ReferenceRequest_retention_idx" ON "ReferenceRequest" ("decidedAt")
  WHERE "contactErasedAt" IS NULL AND status IN ('CUSTOMER_REJECTED', 'CANCELED');

-- Every ended request has an end time; rows decided before decisions were timed get their last change.
UPDATE "ReferenceRequest" SET "decidedAt" = "updatedAt"
WHERE "decidedAt" IS NULL AND status IN ('CUSTOMER_REJECTED', 'CANCELED');
