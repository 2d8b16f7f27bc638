-- CreateEnum
CREATE TYPE "ReferenceStatus" AS ENUM ('AWAITING_APPROVAL', 'CUSTOMER_REJECTED', 'CUSTOMER_APPROVED', 'MICROSOFT_AUTO_APPROVED', 'CANCELED');

-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('PARTNER_USER', 'SERVICE_AGENT');

-- CreateEnum
CREATE TYPE "PartnerRoleKind" AS ENUM ('GLOBAL_ADMINISTRATOR', 'LOCAL_ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PARTNER_USER', 'CUSTOMER', 'SYSTEM', 'AGENT');

-- CreateEnum
CREATE TYPE "ReferenceEventType" AS ENUM ('CREATED', 'SENT', 'RESENT', 'CUSTOMER_APPROVED', 'CUSTOMER_REJECTED', 'AUTO_APPROVED', 'CANCELED', 'ASSIGNED', 'REASSIGNED');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "ServiceCaseType" AS ENUM ('CANCELLATION', 'ASSIGNMENT_HELP');

-- CreateEnum
CREATE TYPE "ServiceCaseStatus" AS ENUM ('OPEN', 'RESOLVED', 'DECLINED');

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" TEXT NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" TIMESTAMPTZ(3),
    "kind" "UserKind" NOT NULL DEFAULT 'PARTNER_USER',
    "partnerId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerRole" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "role" "PartnerRoleKind" NOT NULL,
    "locationId" TEXT,

    CONSTRAINT "PartnerRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Competency" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "silverRequired" INTEGER NOT NULL DEFAULT 3,
    "goldRequired" INTEGER NOT NULL DEFAULT 5,

    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompetencyProjectType" (
    "competencyId" TEXT NOT NULL,
    "projectType" TEXT NOT NULL,

    CONSTRAINT "CompetencyProjectType_pkey" PRIMARY KEY ("competencyId","projectType")
);

-- CreateTable
CREATE TABLE "ReferenceRequest" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "createdById" TEXT,
    "status" "ReferenceStatus" NOT NULL DEFAULT 'AWAITING_APPROVAL',
    "firstSentAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSentAt" TIMESTAMPTZ(3) NOT NULL,
    "sendCount" INTEGER NOT NULL DEFAULT 1,
    "decidedAt" TIMESTAMPTZ(3),
    "competencyId" TEXT,
    "assignedAt" TIMESTAMPTZ(3),
    "customerCompany" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "projectTitle" TEXT NOT NULL,
    "projectDescription" TEXT NOT NULL,
    "projectType" TEXT NOT NULL,
    "completedOn" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReferenceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceEvent" (
    "id" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,
    "type" "ReferenceEventType" NOT NULL,
    "actorKind" "ActorKind" NOT NULL,
    "actorUserId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResponseToken" (
    "id" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResponseToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceCase" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "referenceId" TEXT,
    "type" "ServiceCaseType" NOT NULL,
    "status" "ServiceCaseStatus" NOT NULL DEFAULT 'OPEN',
    "message" TEXT NOT NULL,
    "programAdministrator" TEXT,
    "competencyId" TEXT,
    "openedById" TEXT,
    "resolvedById" TEXT,
    "resolution" TEXT,
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Partner_name_key" ON "Partner"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Location_partnerId_name_key" ON "Location"("partnerId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "PartnerRole_partnerId_idx" ON "PartnerRole"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerRole_userId_partnerId_role_locationId_key" ON "PartnerRole"("userId", "partnerId", "role", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "Competency_name_key" ON "Competency"("name");

-- CreateIndex
CREATE INDEX "CompetencyProjectType_projectType_idx" ON "CompetencyProjectType"("projectType");

-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_createdAt_idx" ON "ReferenceRequest"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_lastSentAt_idx" ON "ReferenceRequest"("partnerId", "lastSentAt");

-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_status_createdAt_idx" ON "ReferenceRequest"("partnerId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ReferenceRequest_partnerId_locationId_idx" ON "ReferenceRequest"("partnerId", "locationId");

-- CreateIndex
CREATE INDEX "ReferenceRequest_competencyId_idx" ON "ReferenceRequest"("competencyId");

-- CreateIndex
CREATE INDEX "ReferenceRequest_status_firstSentAt_idx" ON "ReferenceRequest"("status", "firstSentAt");

-- CreateIndex
CREATE INDEX "ReferenceEvent_referenceId_createdAt_idx" ON "ReferenceEvent"("referenceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ResponseToken_tokenHash_key" ON "ResponseToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ResponseToken_referenceId_idx" ON "ResponseToken"("referenceId");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_nextAttemptAt_idx" ON "OutboxEmail"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_createdAt_idx" ON "OutboxEmail"("createdAt");

-- CreateIndex
CREATE INDEX "ServiceCase_status_createdAt_idx" ON "ServiceCase"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ServiceCase_partnerId_createdAt_idx" ON "ServiceCase"("partnerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_token_key" ON "VerificationToken"("token");

-- CreateIndex
CREATE UNIQUE INDEX "VerificationToken_identifier_token_key" ON "VerificationToken"("identifier", "token");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRole" ADD CONSTRAINT "PartnerRole_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRole" ADD CONSTRAINT "PartnerRole_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerRole" ADD CONSTRAINT "PartnerRole_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompetencyProjectType" ADD CONSTRAINT "CompetencyProjectType_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceRequest" ADD CONSTRAINT "ReferenceRequest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceRequest" ADD CONSTRAINT "ReferenceRequest_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceRequest" ADD CONSTRAINT "ReferenceRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceRequest" ADD CONSTRAINT "ReferenceRequest_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceEvent" ADD CONSTRAINT "ReferenceEvent_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferenceEvent" ADD CONSTRAINT "ReferenceEvent_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResponseToken" ADD CONSTRAINT "ResponseToken_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceCase" ADD CONSTRAINT "ServiceCase_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
