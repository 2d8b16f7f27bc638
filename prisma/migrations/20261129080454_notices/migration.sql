-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('DECISION', 'AUTO_APPROVAL_DIGEST', 'CASE_UPDATE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "noticeOptOuts" "NoticeKind"[] DEFAULT ARRAY[]::"NoticeKind"[];

-- CreateTable
CREATE TABLE "AutoApprovalNotice" (
    "referenceId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AutoApprovalNotice_pkey" PRIMARY KEY ("referenceId")
);

-- CreateIndex
CREATE INDEX "AutoApprovalNotice_createdAt_idx" ON "AutoApprovalNotice"("createdAt");

-- AddForeignKey
ALTER TABLE "AutoApprovalNotice" ADD CONSTRAINT "AutoApprovalNotice_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every auto-approval (by the scheduled job or at the moment of use, R4) leaves a note for the
-- next digest in the same transaction, whichever code path made it. Statement-level with transition
-- tables, so approving a million rows costs one INSERT ... SELECT, not a million trigger calls.
CREATE FUNCTION "queue_auto_approval_notices"() RETURNS trigger AS $$
BEGIN
  INSERT INTO "AutoApprovalNotice" ("referenceId", "createdAt")
  SELECT n."id", COALESCE(n."decidedAt", CURRENT_TIMESTAMP)
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE n."status" = 'MICROSOFT_AUTO_APPROVED' AND o."status" <> 'MICROSOFT_AUTO_APPROVED'
  ON CONFLICT ("referenceId") DO NOTHING;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ReferenceRequest_auto_approval_notices"
AFTER UPDATE ON "ReferenceRequest"
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT
EXECUTE FUNCTION "queue_auto_approval_notices"();
