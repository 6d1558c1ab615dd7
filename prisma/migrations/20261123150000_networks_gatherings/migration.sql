-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITING', 'CANCELLED');

-- CreateEnum
CREATE TYPE "GatheringTaskKind" AS ENUM ('PRE_WORK', 'POST_WORK');

-- CreateTable
CREATE TABLE "Gathering" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "programme" TEXT,
    "place" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "seatLimit" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Gathering_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatheringRegistration" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "gatheringId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),
    "attended" BOOLEAN,

    CONSTRAINT "GatheringRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GatheringTask" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "gatheringId" UUID NOT NULL,
    "kind" "GatheringTaskKind" NOT NULL,
    "text" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GatheringTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaskSubmission" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "submittedById" UUID,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Gathering_partnershipId_idx" ON "Gathering"("partnershipId");

-- CreateIndex
CREATE INDEX "Gathering_networkId_startsAt_idx" ON "Gathering"("networkId", "startsAt");

-- CreateIndex
CREATE INDEX "GatheringRegistration_partnershipId_idx" ON "GatheringRegistration"("partnershipId");

-- CreateIndex
CREATE INDEX "GatheringRegistration_gatheringId_status_registeredAt_idx" ON "GatheringRegistration"("gatheringId", "status", "registeredAt");

-- CreateIndex
CREATE INDEX "GatheringRegistration_userId_idx" ON "GatheringRegistration"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "GatheringRegistration_gatheringId_userId_key" ON "GatheringRegistration"("gatheringId", "userId");

-- CreateIndex
CREATE INDEX "GatheringTask_partnershipId_idx" ON "GatheringTask"("partnershipId");

-- CreateIndex
CREATE INDEX "GatheringTask_gatheringId_idx" ON "GatheringTask"("gatheringId");

-- CreateIndex
CREATE INDEX "TaskSubmission_partnershipId_idx" ON "TaskSubmission"("partnershipId");

-- CreateIndex
CREATE INDEX "TaskSubmission_unitId_idx" ON "TaskSubmission"("unitId");

-- CreateIndex
CREATE INDEX "TaskSubmission_submittedById_idx" ON "TaskSubmission"("submittedById");

-- CreateIndex
CREATE UNIQUE INDEX "TaskSubmission_taskId_unitId_key" ON "TaskSubmission"("taskId", "unitId");

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringRegistration" ADD CONSTRAINT "GatheringRegistration_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringRegistration" ADD CONSTRAINT "GatheringRegistration_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringRegistration" ADD CONSTRAINT "GatheringRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringTask" ADD CONSTRAINT "GatheringTask_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GatheringTask" ADD CONSTRAINT "GatheringTask_gatheringId_fkey" FOREIGN KEY ("gatheringId") REFERENCES "Gathering"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "GatheringTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
