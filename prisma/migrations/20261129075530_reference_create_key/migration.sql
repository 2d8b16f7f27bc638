/*
  Warnings:

  - A unique constraint covering the columns `[createKey]` on the table `ReferenceRequest` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "ReferenceRequest" ADD COLUMN     "createKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceRequest_createKey_key" ON "ReferenceRequest"("createKey");
