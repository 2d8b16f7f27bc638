-- CreateTable
CREATE TABLE "ReferenceCount" (
    "partnerId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "competencyId" TEXT NOT NULL DEFAULT '',
    "status" "ReferenceStatus" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceCount_pkey" PRIMARY KEY ("partnerId","locationId","competencyId","status")
);

-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_customerCompany_idx" ON "ReferenceRequest"("partnerId", "customerCompany");

-- CreateIndex
CREATE INDEX "ReferenceRequest_createdAt_idx" ON "ReferenceRequest"("createdAt");

-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_competencyId_customerCompany_id_idx" ON "ReferenceRequest"("partnerId", "competencyId", "customerCompany", "id");

-- Keep ReferenceCount exact in the same transaction as every change to ReferenceRequest, whichever
-- code path writes (decision 060). Statement-level triggers with transition tables: a statement that
-- changes a million rows adjusts each counter once, not a million times. Keys are touched in one
-- order (ORDER BY) so two transactions never wait on each other's counters in opposite orders.
CREATE FUNCTION "reference_count_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Statement triggers fire even when no row changed (a conditional write that lost): nothing to do.
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
  ELSIF NOT EXISTS (SELECT 1 FROM new_rows) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReferenceCount" AS c ("partnerId", "locationId", "competencyId", "status", "count")
    SELECT "partnerId", "locationId", COALESCE("competencyId", ''), "status", count(*)::int
    FROM new_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("partnerId", "locationId", "competencyId", "status")
    DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "ReferenceCount" AS c ("partnerId", "locationId", "competencyId", "status", "count")
    SELECT "partnerId", "locationId", COALESCE("competencyId", ''), "status", -count(*)::int
    FROM old_rows GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("partnerId", "locationId", "competencyId", "status")
    DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  ELSE
    -- An update that moves no row between keys (a resend, a new title) nets to zero and writes nothing.
    INSERT INTO "ReferenceCount" AS c ("partnerId", "locationId", "competencyId", "status", "count")
    SELECT p, l, k, s, sum(n)::int FROM (
      SELECT "partnerId" p, "locationId" l, COALESCE("competencyId", '') k, "status" s, count(*) n
      FROM new_rows GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT "partnerId", "locationId", COALESCE("competencyId", ''), "status", -count(*)
      FROM old_rows GROUP BY 1, 2, 3, 4
    ) d GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT ("partnerId", "locationId", "competencyId", "status")
    DO UPDATE SET "count" = c."count" + EXCLUDED."count";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "reference_count_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "ReferenceCount";
  RETURN NULL;
END $$;

CREATE TRIGGER "ReferenceRequest_count_insert" AFTER INSERT ON "ReferenceRequest"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "reference_count_apply"();
CREATE TRIGGER "ReferenceRequest_count_update" AFTER UPDATE ON "ReferenceRequest"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "reference_count_apply"();
CREATE TRIGGER "ReferenceRequest_count_delete" AFTER DELETE ON "ReferenceRequest"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "reference_count_apply"();
CREATE TRIGGER "ReferenceRequest_count_truncate" AFTER TRUNCATE ON "ReferenceRequest"
  FOR EACH STATEMENT EXECUTE FUNCTION "reference_count_truncate"();

-- Rows that existed before this migration.
INSERT INTO "ReferenceCount" ("partnerId", "locationId", "competencyId", "status", "count")
SELECT "partnerId", "locationId", COALESCE("competencyId", ''), "status", count(*)::int
FROM "ReferenceRequest" GROUP BY 1, 2, 3, 4;
