-- AlterTable
ALTER TABLE "ReferenceRequest" ADD COLUMN     "createFingerprint" TEXT,
ADD COLUMN     "createdByApiKeyId" TEXT;

-- AddForeignKey
ALTER TABLE "ReferenceRequest" ADD CONSTRAINT "ReferenceRequest_createdByApiKeyId_fkey" FOREIGN KEY ("createdByApiKeyId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
