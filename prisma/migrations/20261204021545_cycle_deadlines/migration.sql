-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('NEEDS_REPORTS', 'RECOMMENDATION');

-- CreateEnum
CREATE TYPE "ReminderStage" AS ENUM ('BEFORE', 'LATE');

-- CreateTable
CREATE TABLE "CycleDeadline" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "countyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "dueOn" DATE NOT NULL,
    "setById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CycleDeadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeadlineReminder" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "deadlineId" UUID NOT NULL,
    "party" TEXT NOT NULL,
    "stage" "ReminderStage" NOT NULL,
    "emails" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeadlineReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CycleDeadline_countyId_year_kind_key" ON "CycleDeadline"("countyId", "year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "DeadlineReminder_deadlineId_party_stage_key" ON "DeadlineReminder"("deadlineId", "party", "stage");

-- AddForeignKey
ALTER TABLE "CycleDeadline" ADD CONSTRAINT "CycleDeadline_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeadlineReminder" ADD CONSTRAINT "DeadlineReminder_deadlineId_fkey" FOREIGN KEY ("deadlineId") REFERENCES "CycleDeadline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (docs/decisions/041-year-end.md).
-- Deadlines are no partnership's data (a county's partnerships all work to them), so no tenant
-- key and no tenant policy: the data layer scopes them by county (src/features/deadlines).
ALTER TABLE "CycleDeadline" ADD CONSTRAINT "CycleDeadline_year_check" CHECK ("year" BETWEEN 2017 AND 2100);
ALTER TABLE "DeadlineReminder" ADD CONSTRAINT "DeadlineReminder_emails_check" CHECK ("emails" >= 0);
