-- AlterEnum
ALTER TYPE "ReferenceEventType" ADD VALUE 'CUSTOMER_WITHDREW';

-- AlterEnum
ALTER TYPE "ReferenceStatus" ADD VALUE 'CUSTOMER_WITHDREW';

-- CreateTable
CREATE TABLE "DecisionRecord" (
    "referenceId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "textVersion" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "decidedAt" TIMESTAMPTZ(3) NOT NULL,
    "addressHash" TEXT NOT NULL,
    "userAgentHash" TEXT NOT NULL,

    CONSTRAINT "DecisionRecord_pkey" PRIMARY KEY ("referenceId")
);

-- CreateTable
CREATE TABLE "WithdrawToken" (
    "id" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WithdrawToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WithdrawToken_tokenHash_key" ON "WithdrawToken"("tokenHash");

-- CreateIndex
CREATE INDEX "WithdrawToken_referenceId_idx" ON "WithdrawToken"("referenceId");

-- AddForeignKey
ALTER TABLE "DecisionRecord" ADD CONSTRAINT "DecisionRecord_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WithdrawToken" ADD CONSTRAINT "WithdrawToken_referenceId_fkey" FOREIGN KEY ("referenceId") REFERENCES "ReferenceRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
