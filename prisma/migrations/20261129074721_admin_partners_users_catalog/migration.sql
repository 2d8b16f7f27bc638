/*
  Warnings:

  - A unique constraint covering the columns `[programId]` on the table `Partner` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "AuditKind" AS ENUM ('PARTNER', 'LOCATION', 'USER', 'COMPETENCY');

-- AlterTable
ALTER TABLE "Competency" ADD COLUMN     "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "retiredAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "archivedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN     "programId" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "sessionsValidFrom" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "PartnerRoleKind",
    "locationIds" TEXT[],
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT,
    "kind" "AuditKind" NOT NULL,
    "action" TEXT NOT NULL,
    "subjectId" TEXT,
    "subjectLabel" TEXT NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_email_key" ON "Invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_partnerId_idx" ON "Invitation"("partnerId");

-- CreateIndex
CREATE INDEX "AuditEvent_partnerId_createdAt_idx" ON "AuditEvent"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_kind_createdAt_idx" ON "AuditEvent"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_subjectId_createdAt_idx" ON "AuditEvent"("subjectId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_programId_key" ON "Partner"("programId");

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (docs/decisions/051): a user could hold two GLOBAL_ADMINISTRATOR rows for one
-- partner because locationId is NULL there and NULLs are distinct in a unique index. Drop such
-- duplicates (keeping one), then make NULLs equal in the same unique index. Prisma's schema cannot
-- express NULLS NOT DISTINCT; its introspection does not see it either, so `db:check` stays clean.
DELETE FROM "PartnerRole" a
  USING "PartnerRole" b
  WHERE a."userId" = b."userId" AND a."partnerId" = b."partnerId" AND a."role" = b."role"
    AND a."locationId" IS NOT DISTINCT FROM b."locationId" AND a."id" > b."id";
DROP INDEX "PartnerRole_userId_partnerId_role_locationId_key";
CREATE UNIQUE INDEX "PartnerRole_userId_partnerId_role_locationId_key"
  ON "PartnerRole"("userId", "partnerId", "role", "locationId") NULLS NOT DISTINCT;
