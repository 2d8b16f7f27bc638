-- R21: a withdrawn reference (R20) ended without counting too. Its own migration: PostgreSQL lets a
-- new enum value be used only after the transaction that added it has committed.
DROP INDEX "ReferenceRequest_retention_idx";
CREATE INDEX "ReferenceRequest_retention_idx" ON "ReferenceRequest" ("decidedAt")
  WHERE "contactErasedAt" IS NULL AND status IN ('CUSTOMER_REJECTED', 'CANCELED', 'CUSTOMER_WITHDREW');
