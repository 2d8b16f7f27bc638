-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "carriesSecret" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "messageId" TEXT,
ADD COLUMN     "referenceId" TEXT,
ADD COLUMN     "rejections" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "template" TEXT NOT NULL DEFAULT 'message',
ADD COLUMN     "userId" TEXT;

-- CreateIndex
CREATE INDEX "OutboxEmail_status_createdAt_idx" ON "OutboxEmail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_referenceId_createdAt_idx" ON "OutboxEmail"("referenceId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_userId_idx" ON "OutboxEmail"("userId");

-- CreateIndex
CREATE INDEX "VerificationToken_expires_idx" ON "VerificationToken"("expires");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- R13: bodies of emails already delivered held customer and sign-in links; no secret is kept after delivery.
UPDATE "OutboxEmail" SET html = '', text = '' WHERE status = 'SENT';
