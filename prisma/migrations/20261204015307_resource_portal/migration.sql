-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('PACKAGE', 'FILE', 'LINK', 'TEACHING_PLAN');

-- CreateEnum
CREATE TYPE "ResourceVisibility" AS ENUM ('PUBLIC', 'LOGGED_IN', 'PARTNERSHIP', 'NETWORK', 'UNIT');

-- CreateEnum
CREATE TYPE "ResourceAudience" AS ENUM ('TEACHER', 'LEADER', 'OWNER', 'KINDERGARTEN', 'UH');

-- CreateEnum
CREATE TYPE "ResourceModuleKind" AS ENUM ('INTRODUCTION', 'SUBJECT', 'CLOSING');

-- CreateEnum
CREATE TYPE "ResourceLicence" AS ENUM ('CC_BY_4', 'CC_BY_SA_4', 'NLOD', 'ALL_RIGHTS_RESERVED');

-- CreateEnum
CREATE TYPE "ResourceLanguage" AS ENUM ('NB', 'NN', 'SE', 'EN');

-- CreateTable
CREATE TABLE "Resource" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID,
    "kind" "ResourceKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT,
    "visibility" "ResourceVisibility" NOT NULL,
    "requestedVisibility" "ResourceVisibility",
    "networkId" UUID,
    "unitId" UUID,
    "themes" "Theme"[],
    "audiences" "ResourceAudience"[],
    "levels" "SchoolLevel"[],
    "grades" INTEGER[],
    "curricula" TEXT[],
    "competenceAims" TEXT[],
    "durationWeeks" INTEGER,
    "licence" "ResourceLicence" NOT NULL,
    "language" "ResourceLanguage" NOT NULL,
    "authorOrganisationId" UUID,
    "url" TEXT,
    "fileName" TEXT,
    "contentType" TEXT,
    "sizeBytes" INTEGER,
    "sha256" VARCHAR(64),
    "content" BYTEA,
    "createdById" UUID,
    "approvedById" UUID,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "searchVector" tsvector,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceModule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID,
    "resourceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "ResourceModuleKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "url" TEXT,
    "durationWeeks" INTEGER,

    CONSTRAINT "ResourceModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceUse" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "team" TEXT NOT NULL DEFAULT '',
    "currentModuleId" UUID,
    "startedById" UUID,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ResourceUse_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceUseModule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "useId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "doneAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneById" UUID,

    CONSTRAINT "ResourceUseModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeasureResource" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "resourceId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeasureResource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Resource_partnershipId_idx" ON "Resource"("partnershipId");

-- CreateIndex
CREATE INDEX "Resource_networkId_idx" ON "Resource"("networkId");

-- CreateIndex
CREATE INDEX "Resource_unitId_idx" ON "Resource"("unitId");

-- CreateIndex
CREATE INDEX "Resource_authorOrganisationId_idx" ON "Resource"("authorOrganisationId");

-- CreateIndex
CREATE INDEX "Resource_createdById_idx" ON "Resource"("createdById");

-- CreateIndex
CREATE INDEX "Resource_approvedById_idx" ON "Resource"("approvedById");

-- CreateIndex
CREATE INDEX "Resource_visibility_createdAt_idx" ON "Resource"("visibility", "createdAt");

-- CreateIndex
CREATE INDEX "Resource_searchVector_idx" ON "Resource" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "ResourceModule_partnershipId_idx" ON "ResourceModule"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceModule_resourceId_position_key" ON "ResourceModule"("resourceId", "position");

-- CreateIndex
CREATE INDEX "ResourceUse_partnershipId_idx" ON "ResourceUse"("partnershipId");

-- CreateIndex
CREATE INDEX "ResourceUse_unitId_startedAt_idx" ON "ResourceUse"("unitId", "startedAt");

-- CreateIndex
CREATE INDEX "ResourceUse_currentModuleId_idx" ON "ResourceUse"("currentModuleId");

-- CreateIndex
CREATE INDEX "ResourceUse_startedById_idx" ON "ResourceUse"("startedById");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceUse_resourceId_unitId_team_key" ON "ResourceUse"("resourceId", "unitId", "team");

-- CreateIndex
CREATE INDEX "ResourceUseModule_partnershipId_idx" ON "ResourceUseModule"("partnershipId");

-- CreateIndex
CREATE INDEX "ResourceUseModule_moduleId_idx" ON "ResourceUseModule"("moduleId");

-- CreateIndex
CREATE INDEX "ResourceUseModule_doneById_idx" ON "ResourceUseModule"("doneById");

-- CreateIndex
CREATE UNIQUE INDEX "ResourceUseModule_useId_moduleId_key" ON "ResourceUseModule"("useId", "moduleId");

-- CreateIndex
CREATE INDEX "MeasureResource_partnershipId_idx" ON "MeasureResource"("partnershipId");

-- CreateIndex
CREATE INDEX "MeasureResource_resourceId_idx" ON "MeasureResource"("resourceId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureResource_measureId_resourceId_key" ON "MeasureResource"("measureId", "resourceId");

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_authorOrganisationId_fkey" FOREIGN KEY ("authorOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceModule" ADD CONSTRAINT "ResourceModule_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceModule" ADD CONSTRAINT "ResourceModule_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUse" ADD CONSTRAINT "ResourceUse_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUse" ADD CONSTRAINT "ResourceUse_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUse" ADD CONSTRAINT "ResourceUse_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUse" ADD CONSTRAINT "ResourceUse_currentModuleId_fkey" FOREIGN KEY ("currentModuleId") REFERENCES "ResourceModule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUse" ADD CONSTRAINT "ResourceUse_startedById_fkey" FOREIGN KEY ("startedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUseModule" ADD CONSTRAINT "ResourceUseModule_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUseModule" ADD CONSTRAINT "ResourceUseModule_useId_fkey" FOREIGN KEY ("useId") REFERENCES "ResourceUse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUseModule" ADD CONSTRAINT "ResourceUseModule_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ResourceModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceUseModule" ADD CONSTRAINT "ResourceUseModule_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureResource" ADD CONSTRAINT "MeasureResource_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureResource" ADD CONSTRAINT "MeasureResource_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureResource" ADD CONSTRAINT "MeasureResource_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;
