-- CreateEnum
CREATE TYPE "AssessmentPhase" AS ENUM ('PLANNING', 'DATA', 'RATING', 'PRIORITISING', 'COMPLETED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('DRAFT', 'SENT', 'OFFERED', 'AGREED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ProgressStage" AS ENUM ('NOT_STARTED', 'STARTED', 'ESTABLISHED', 'EMBEDDED');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('VISIT', 'SUPERVISION');

-- AlterTable
ALTER TABLE "Measure" ADD COLUMN     "budgetOre" BIGINT,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "decisionId" UUID,
ADD COLUMN     "priority" INTEGER,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateTable
CREATE TABLE "MeasureFacilitator" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "MeasureFacilitator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatementSet" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "unitKind" "UnitKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StatementSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "setId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "area" TEXT NOT NULL,
    "text" TEXT NOT NULL,

    CONSTRAINT "Statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SelfAssessment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "statementSetId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "phase" "AssessmentPhase" NOT NULL DEFAULT 'PLANNING',
    "processPlan" TEXT NOT NULL DEFAULT '',
    "unitData" TEXT NOT NULL DEFAULT '',
    "sharedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentRating" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "statementId" UUID NOT NULL,
    "smallCount" INTEGER NOT NULL DEFAULT 0,
    "someCount" INTEGER NOT NULL DEFAULT 0,
    "largeCount" INTEGER NOT NULL DEFAULT 0,
    "veryLargeCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AssessmentRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentPriority" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "assessmentId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "theme" "Theme" NOT NULL,
    "title" TEXT NOT NULL,
    "goal" TEXT NOT NULL,

    CONSTRAINT "AssessmentPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "submittedAt" TIMESTAMP(3),
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NeedsReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsReportOwner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,

    CONSTRAINT "NeedsReportOwner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsPriority" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "theme" "Theme" NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "NeedsPriority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NeedsPriorityUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "priorityId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "NeedsPriorityUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UhOrder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "universityId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "themes" "Theme"[],
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "hoursRequested" INTEGER NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'DRAFT',
    "sentAt" TIMESTAMP(3),
    "offerText" TEXT,
    "offerHours" INTEGER,
    "offerFacilitators" TEXT,
    "offeredAt" TIMESTAMP(3),
    "agreedAt" TIMESTAMP(3),
    "declinedAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UhOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UhOrderOwner" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,

    CONSTRAINT "UhOrderOwner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UhOrderUnit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "unitId" UUID NOT NULL,

    CONSTRAINT "UhOrderUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DevelopmentPlan" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "unitId" UUID,
    "title" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DevelopmentPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanLevel" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "level" "MeasureLevel" NOT NULL,
    "signsOfPractice" TEXT NOT NULL,
    "pictureOfFuture" TEXT NOT NULL,
    "methods" TEXT NOT NULL,

    CONSTRAINT "PlanLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanReview" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "level" "MeasureLevel" NOT NULL,
    "reviewedOn" DATE NOT NULL,
    "stage" "ProgressStage" NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PlanReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UhVisit" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "universityId" UUID NOT NULL,
    "orderId" UUID,
    "measureId" UUID,
    "kind" "VisitKind" NOT NULL,
    "visitedOn" DATE NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "notes" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UhVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeasureFacilitator_partnershipId_idx" ON "MeasureFacilitator"("partnershipId");

-- CreateIndex
CREATE INDEX "MeasureFacilitator_userId_idx" ON "MeasureFacilitator"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "MeasureFacilitator_measureId_userId_key" ON "MeasureFacilitator"("measureId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "StatementSet_partnershipId_name_key" ON "StatementSet"("partnershipId", "name");

-- CreateIndex
CREATE INDEX "Statement_partnershipId_idx" ON "Statement"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "Statement_setId_position_key" ON "Statement"("setId", "position");

-- CreateIndex
CREATE INDEX "SelfAssessment_partnershipId_idx" ON "SelfAssessment"("partnershipId");

-- CreateIndex
CREATE INDEX "SelfAssessment_statementSetId_idx" ON "SelfAssessment"("statementSetId");

-- CreateIndex
CREATE UNIQUE INDEX "SelfAssessment_unitId_year_key" ON "SelfAssessment"("unitId", "year");

-- CreateIndex
CREATE INDEX "AssessmentRating_partnershipId_idx" ON "AssessmentRating"("partnershipId");

-- CreateIndex
CREATE INDEX "AssessmentRating_statementId_idx" ON "AssessmentRating"("statementId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentRating_assessmentId_statementId_key" ON "AssessmentRating"("assessmentId", "statementId");

-- CreateIndex
CREATE INDEX "AssessmentPriority_partnershipId_idx" ON "AssessmentPriority"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentPriority_assessmentId_position_key" ON "AssessmentPriority"("assessmentId", "position");

-- CreateIndex
CREATE INDEX "NeedsReport_partnershipId_year_idx" ON "NeedsReport"("partnershipId", "year");

-- CreateIndex
CREATE INDEX "NeedsReportOwner_partnershipId_idx" ON "NeedsReportOwner"("partnershipId");

-- CreateIndex
CREATE INDEX "NeedsReportOwner_ownerId_idx" ON "NeedsReportOwner"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsReportOwner_reportId_ownerId_key" ON "NeedsReportOwner"("reportId", "ownerId");

-- CreateIndex
CREATE INDEX "NeedsPriority_partnershipId_idx" ON "NeedsPriority"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsPriority_reportId_position_key" ON "NeedsPriority"("reportId", "position");

-- CreateIndex
CREATE INDEX "NeedsPriorityUnit_partnershipId_idx" ON "NeedsPriorityUnit"("partnershipId");

-- CreateIndex
CREATE INDEX "NeedsPriorityUnit_unitId_idx" ON "NeedsPriorityUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "NeedsPriorityUnit_priorityId_unitId_key" ON "NeedsPriorityUnit"("priorityId", "unitId");

-- CreateIndex
CREATE INDEX "UhOrder_partnershipId_year_idx" ON "UhOrder"("partnershipId", "year");

-- CreateIndex
CREATE INDEX "UhOrder_universityId_idx" ON "UhOrder"("universityId");

-- CreateIndex
CREATE INDEX "UhOrderOwner_partnershipId_idx" ON "UhOrderOwner"("partnershipId");

-- CreateIndex
CREATE INDEX "UhOrderOwner_ownerId_idx" ON "UhOrderOwner"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "UhOrderOwner_orderId_ownerId_key" ON "UhOrderOwner"("orderId", "ownerId");

-- CreateIndex
CREATE INDEX "UhOrderUnit_partnershipId_idx" ON "UhOrderUnit"("partnershipId");

-- CreateIndex
CREATE INDEX "UhOrderUnit_unitId_idx" ON "UhOrderUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "UhOrderUnit_orderId_unitId_key" ON "UhOrderUnit"("orderId", "unitId");

-- CreateIndex
CREATE INDEX "DevelopmentPlan_partnershipId_idx" ON "DevelopmentPlan"("partnershipId");

-- CreateIndex
CREATE INDEX "DevelopmentPlan_unitId_idx" ON "DevelopmentPlan"("unitId");

-- CreateIndex
CREATE INDEX "PlanLevel_partnershipId_idx" ON "PlanLevel"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanLevel_planId_level_key" ON "PlanLevel"("planId", "level");

-- CreateIndex
CREATE INDEX "PlanReview_partnershipId_idx" ON "PlanReview"("partnershipId");

-- CreateIndex
CREATE INDEX "PlanReview_planId_reviewedOn_idx" ON "PlanReview"("planId", "reviewedOn");

-- CreateIndex
CREATE INDEX "UhVisit_partnershipId_visitedOn_idx" ON "UhVisit"("partnershipId", "visitedOn");

-- CreateIndex
CREATE INDEX "UhVisit_unitId_idx" ON "UhVisit"("unitId");

-- CreateIndex
CREATE INDEX "UhVisit_universityId_idx" ON "UhVisit"("universityId");

-- CreateIndex
CREATE INDEX "UhVisit_orderId_idx" ON "UhVisit"("orderId");

-- CreateIndex
CREATE INDEX "UhVisit_measureId_idx" ON "UhVisit"("measureId");

-- CreateIndex
CREATE INDEX "UhVisit_createdById_idx" ON "UhVisit"("createdById");

-- CreateIndex
CREATE INDEX "Measure_decisionId_idx" ON "Measure"("decisionId");

-- AddForeignKey
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFacilitator" ADD CONSTRAINT "MeasureFacilitator_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFacilitator" ADD CONSTRAINT "MeasureFacilitator_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeasureFacilitator" ADD CONSTRAINT "MeasureFacilitator_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementSet" ADD CONSTRAINT "StatementSet_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Statement" ADD CONSTRAINT "Statement_setId_fkey" FOREIGN KEY ("setId") REFERENCES "StatementSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_statementSetId_fkey" FOREIGN KEY ("statementSetId") REFERENCES "StatementSet"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentPriority" ADD CONSTRAINT "AssessmentPriority_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentPriority" ADD CONSTRAINT "AssessmentPriority_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "SelfAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportOwner" ADD CONSTRAINT "NeedsReportOwner_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportOwner" ADD CONSTRAINT "NeedsReportOwner_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsReportOwner" ADD CONSTRAINT "NeedsReportOwner_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsPriority" ADD CONSTRAINT "NeedsPriority_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsPriority" ADD CONSTRAINT "NeedsPriority_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "NeedsReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsPriorityUnit" ADD CONSTRAINT "NeedsPriorityUnit_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsPriorityUnit" ADD CONSTRAINT "NeedsPriorityUnit_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "NeedsPriority"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NeedsPriorityUnit" ADD CONSTRAINT "NeedsPriorityUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrder" ADD CONSTRAINT "UhOrder_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrder" ADD CONSTRAINT "UhOrder_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderOwner" ADD CONSTRAINT "UhOrderOwner_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderOwner" ADD CONSTRAINT "UhOrderOwner_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "UhOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderOwner" ADD CONSTRAINT "UhOrderOwner_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderUnit" ADD CONSTRAINT "UhOrderUnit_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderUnit" ADD CONSTRAINT "UhOrderUnit_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "UhOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhOrderUnit" ADD CONSTRAINT "UhOrderUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLevel" ADD CONSTRAINT "PlanLevel_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanLevel" ADD CONSTRAINT "PlanLevel_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReview" ADD CONSTRAINT "PlanReview_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanReview" ADD CONSTRAINT "PlanReview_planId_fkey" FOREIGN KEY ("planId") REFERENCES "DevelopmentPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_universityId_fkey" FOREIGN KEY ("universityId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "UhOrder"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
