-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'RENEWAL_REMINDER';

-- AlterTable
ALTER TABLE "Competency" ADD COLUMN     "countingMonths" INTEGER NOT NULL DEFAULT 12;

-- CreateTable
CREATE TABLE "RenewalReminder" (
    "partnerId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "thresholdDays" INTEGER NOT NULL,
    "lapsesOn" TIMESTAMPTZ(3) NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RenewalReminder_pkey" PRIMARY KEY ("partnerId","competencyId","level","thresholdDays","lapsesOn")
);

-- R19 (decision 080): the catalog accepts 1–60 months, the database too.
ALTER TABLE "Competency" ADD CONSTRAINT "Competency_countingMonths_range" CHECK ("countingMonths" BETWEEN 1 AND 60);

-- What still counts is read from the rows (the trigger-kept counters cannot expire): per partner and
-- competency, the approved references by decision time.
CREATE INDEX "ReferenceRequest_counting_idx" ON "ReferenceRequest" ("partnerId", "competencyId", "decidedAt" DESC)
  WHERE status IN ('CUSTOMER_APPROVED', 'MICROSOFT_AUTO_APPROVED') AND "competencyId" IS NOT NULL;

-- Every approval counts from its decision; rows approved before decisions were timed get their last change.
UPDATE "ReferenceRequest" SET "decidedAt" = "updatedAt"
WHERE "decidedAt" IS NULL AND status IN ('CUSTOMER_APPROVED', 'MICROSOFT_AUTO_APPROVED');
