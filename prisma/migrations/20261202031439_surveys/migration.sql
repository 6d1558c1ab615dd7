-- CreateEnum
CREATE TYPE "InformantGroup" AS ENUM ('PUPILS_5_7', 'PUPILS_8_10', 'UPPER_SECONDARY', 'PARENTS', 'TEACHERS', 'SCHOOL_LEADERS', 'KINDERGARTEN_STAFF', 'KINDERGARTEN_PARENTS');

-- CreateTable
CREATE TABLE "SurveyInstrument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "group" "InformantGroup" NOT NULL,
    "name" TEXT NOT NULL,
    "libraryKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyInstrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyInstrumentVersion" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "instrumentId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "frozenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyInstrumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyWave" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "ownerId" UUID,
    "name" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "seriesIndex" INTEGER NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "suppression" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyWave_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyWaveInstrument" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "group" "InformantGroup" NOT NULL,
    "versionId" UUID NOT NULL,

    CONSTRAINT "SurveyWaveInstrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyWaveUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "SurveyWaveUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyCode" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "group" "InformantGroup" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "draft" JSONB,
    "spentOn" DATE,

    CONSTRAINT "SurveyCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyAnswer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "group" "InformantGroup" NOT NULL,
    "versionId" UUID NOT NULL,
    "answeredOn" DATE NOT NULL,
    "values" JSONB NOT NULL,

    CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyInstrument_partnershipId_idx" ON "SurveyInstrument"("partnershipId");

-- CreateIndex
CREATE INDEX "SurveyInstrumentVersion_partnershipId_idx" ON "SurveyInstrumentVersion"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInstrumentVersion_instrumentId_version_key" ON "SurveyInstrumentVersion"("instrumentId", "version");

-- CreateIndex
CREATE INDEX "SurveyWave_ownerId_idx" ON "SurveyWave"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWave_partnershipId_series_seriesIndex_key" ON "SurveyWave"("partnershipId", "series", "seriesIndex");

-- CreateIndex
CREATE INDEX "SurveyWaveInstrument_partnershipId_idx" ON "SurveyWaveInstrument"("partnershipId");

-- CreateIndex
CREATE INDEX "SurveyWaveInstrument_versionId_idx" ON "SurveyWaveInstrument"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWaveInstrument_waveId_group_key" ON "SurveyWaveInstrument"("waveId", "group");

-- CreateIndex
CREATE INDEX "SurveyWaveUnit_partnershipId_idx" ON "SurveyWaveUnit"("partnershipId");

-- CreateIndex
CREATE INDEX "SurveyWaveUnit_unitId_idx" ON "SurveyWaveUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWaveUnit_waveId_unitId_key" ON "SurveyWaveUnit"("waveId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyCode_codeHash_key" ON "SurveyCode"("codeHash");

-- CreateIndex
CREATE INDEX "SurveyCode_partnershipId_idx" ON "SurveyCode"("partnershipId");

-- CreateIndex
CREATE INDEX "SurveyCode_waveId_unitId_idx" ON "SurveyCode"("waveId", "unitId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_partnershipId_idx" ON "SurveyAnswer"("partnershipId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_waveId_unitId_idx" ON "SurveyAnswer"("waveId", "unitId");

-- CreateIndex
CREATE INDEX "SurveyAnswer_versionId_idx" ON "SurveyAnswer"("versionId");

-- AddForeignKey
ALTER TABLE "SurveyInstrument" ADD CONSTRAINT "SurveyInstrument_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInstrumentVersion" ADD CONSTRAINT "SurveyInstrumentVersion_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyInstrumentVersion" ADD CONSTRAINT "SurveyInstrumentVersion_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "SurveyInstrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWave" ADD CONSTRAINT "SurveyWave_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWave" ADD CONSTRAINT "SurveyWave_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveInstrument" ADD CONSTRAINT "SurveyWaveInstrument_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveInstrument" ADD CONSTRAINT "SurveyWaveInstrument_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveInstrument" ADD CONSTRAINT "SurveyWaveInstrument_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyInstrumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveUnit" ADD CONSTRAINT "SurveyWaveUnit_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveUnit" ADD CONSTRAINT "SurveyWaveUnit_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveUnit" ADD CONSTRAINT "SurveyWaveUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyCode" ADD CONSTRAINT "SurveyCode_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyCode" ADD CONSTRAINT "SurveyCode_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyCode" ADD CONSTRAINT "SurveyCode_waveId_unitId_fkey" FOREIGN KEY ("waveId", "unitId") REFERENCES "SurveyWaveUnit"("waveId", "unitId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_waveId_unitId_fkey" FOREIGN KEY ("waveId", "unitId") REFERENCES "SurveyWaveUnit"("waveId", "unitId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SurveyInstrumentVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
