-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_status_firstSentAt_idx" ON "ReferenceRequest"("partnerId", "status", "firstSentAt");
