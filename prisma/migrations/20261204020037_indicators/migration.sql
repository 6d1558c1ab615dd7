-- CreateEnum
CREATE TYPE "IndicatorSource" AS ENUM ('SSB', 'UDIR');

-- CreateEnum
CREATE TYPE "IndicatorLevel" AS ENUM ('NATIONAL', 'COUNTY', 'MUNICIPALITY', 'SCHOOL');

-- CreateEnum
CREATE TYPE "IndicatorStatus" AS ENUM ('VALUE', 'SUPPRESSED', 'MISSING', 'NOT_APPLICABLE');

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "code" TEXT NOT NULL,
    "source" "IndicatorSource" NOT NULL,
    "tableId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitLabel" TEXT NOT NULL DEFAULT '',
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "higherIsBetter" BOOLEAN NOT NULL DEFAULT true,
    "headlineBreakdown" TEXT NOT NULL DEFAULT '',
    "breakdownLabels" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "indicatorId" UUID NOT NULL,
    "level" "IndicatorLevel" NOT NULL,
    "areaCode" VARCHAR(9) NOT NULL,
    "areaName" TEXT NOT NULL DEFAULT '',
    "countyId" UUID,
    "municipalityId" UUID,
    "unitId" UUID,
    "year" INTEGER NOT NULL,
    "breakdown" TEXT NOT NULL DEFAULT '',
    "status" "IndicatorStatus" NOT NULL,
    "marker" VARCHAR(2),
    "valueMilli" INTEGER,
    "stdDevMilli" INTEGER,
    "respondents" INTEGER,
    "importId" UUID NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorImport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "source" "IndicatorSource" NOT NULL,
    "tableId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "years" INTEGER[],
    "cellCount" INTEGER NOT NULL,
    "importedById" UUID,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");

-- CreateIndex
CREATE INDEX "IndicatorValue_level_areaCode_idx" ON "IndicatorValue"("level", "areaCode");

-- CreateIndex
CREATE INDEX "IndicatorValue_countyId_idx" ON "IndicatorValue"("countyId");

-- CreateIndex
CREATE INDEX "IndicatorValue_municipalityId_idx" ON "IndicatorValue"("municipalityId");

-- CreateIndex
CREATE INDEX "IndicatorValue_unitId_idx" ON "IndicatorValue"("unitId");

-- CreateIndex
CREATE INDEX "IndicatorValue_importId_idx" ON "IndicatorValue"("importId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_indicatorId_level_areaCode_year_breakdown_key" ON "IndicatorValue"("indicatorId", "level", "areaCode", "year", "breakdown");

-- CreateIndex
CREATE INDEX "IndicatorImport_importedById_idx" ON "IndicatorImport"("importedById");

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_importId_fkey" FOREIGN KEY ("importId") REFERENCES "IndicatorImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorImport" ADD CONSTRAINT "IndicatorImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (Prisma cannot express it): a number only for a value, and a marker for every
-- other state, so a suppressed or missing cell can never be read as 0 (ADR 042).
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_value_status_check" CHECK (
  ("status" = 'VALUE' AND "valueMilli" IS NOT NULL AND "marker" IS NULL)
  OR ("status" <> 'VALUE' AND "valueMilli" IS NULL AND "stdDevMilli" IS NULL AND "respondents" IS NULL AND "marker" IS NOT NULL)
);
