/*
  Warnings:

  - You are about to drop the column `noticeOptOuts` on the `User` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "User" DROP COLUMN "noticeOptOuts";

-- CreateTable
CREATE TABLE "NoticeOptOut" (
    "userId" TEXT NOT NULL,
    "kind" "NoticeKind" NOT NULL,

    CONSTRAINT "NoticeOptOut_pkey" PRIMARY KEY ("userId","kind")
);

-- AddForeignKey
ALTER TABLE "NoticeOptOut" ADD CONSTRAINT "NoticeOptOut_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
