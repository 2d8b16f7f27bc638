-- AlterTable
ALTER TABLE "ReferenceRequest" ADD COLUMN     "contactLanguage" TEXT NOT NULL DEFAULT 'en';
