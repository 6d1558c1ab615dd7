-- CreateEnum
CREATE TYPE "CoFinancingKind" AS ENUM ('MONEY', 'STAFF_TIME');

-- AlterTable
ALTER TABLE "Award" ADD COLUMN     "idempotencyKey" TEXT;

-- AlterTable
ALTER TABLE "GrantYear" ADD COLUMN     "keyBasePerOwnerOre" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "keyFteWeight" INTEGER NOT NULL DEFAULT 50,
ADD COLUMN     "keyPupilWeight" INTEGER NOT NULL DEFAULT 50;

-- CreateTable
CREATE TABLE "CoFinancing" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "kind" "CoFinancingKind" NOT NULL,
    "hoursCenti" INTEGER,
    "hourlyRateOre" BIGINT,
    "amountOre" BIGINT NOT NULL,
    "description" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoFinancing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Spending" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "measureId" UUID,
    "amountOre" BIGINT NOT NULL,
    "spentOn" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Spending_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CoFinancing_partnershipId_idx" ON "CoFinancing"("partnershipId");

-- CreateIndex
CREATE INDEX "CoFinancing_grantYearId_idx" ON "CoFinancing"("grantYearId");

-- CreateIndex
CREATE INDEX "CoFinancing_ownerId_idx" ON "CoFinancing"("ownerId");

-- CreateIndex
CREATE INDEX "Spending_partnershipId_idx" ON "Spending"("partnershipId");

-- CreateIndex
CREATE INDEX "Spending_grantYearId_idx" ON "Spending"("grantYearId");

-- CreateIndex
CREATE INDEX "Spending_recipientId_idx" ON "Spending"("recipientId");

-- CreateIndex
CREATE INDEX "Spending_measureId_idx" ON "Spending"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_idempotencyKey_key" ON "Award"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spending" ADD CONSTRAINT "Spending_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spending" ADD CONSTRAINT "Spending_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spending" ADD CONSTRAINT "Spending_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Spending" ADD CONSTRAINT "Spending_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;
