-- CreateEnum
CREATE TYPE "BodyKind" AS ENUM ('COLLABORATION_FORUM', 'STEERING_GROUP', 'EXPERT_GROUP', 'WORKING_GROUP', 'LEADER_GROUP');

-- CreateEnum
CREATE TYPE "CompositionRule" AS ENUM ('NONE', 'ONE_PER_MUNICIPALITY');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "MemberOrganisationType" ADD VALUE 'REGIONAL_COUNCIL';
ALTER TYPE "MemberOrganisationType" ADD VALUE 'MAYORS_OFFICE';

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "byCirculation" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "compositionRule" "CompositionRule" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "kind" "BodyKind" NOT NULL DEFAULT 'COLLABORATION_FORUM',
ADD COLUMN     "periodEnd" DATE;

-- AlterTable
ALTER TABLE "ForumMember" ADD COLUMN     "isChair" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DecisionCorrection" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DecisionCorrection_partnershipId_idx" ON "DecisionCorrection"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionCorrection_decisionId_version_key" ON "DecisionCorrection"("decisionId", "version");

-- AddForeignKey
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (issues 19, 20): the new tenant table gets the same wall as the others (ADR 008),
-- in the once-per-query form (migration 20261202031000).
ALTER TABLE "DecisionCorrection" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DecisionCorrection" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "DecisionCorrection"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_version_check" CHECK ("version" >= 2);
ALTER TABLE "DecisionCorrection" ADD CONSTRAINT "DecisionCorrection_reason_check" CHECK (length(btrim("reason")) >= 3);
-- A decision by circulation belongs to no meeting's agenda item.
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_circulation_check" CHECK (NOT "byCirculation" OR "agendaItemId" IS NULL);
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_period_check" CHECK ("periodEnd" IS NULL OR "establishedOn" IS NULL OR "periodEnd" >= "establishedOn");

-- A correction is a record: never changed or removed (the decision's history is the journal's).
CREATE FUNCTION "decision_correction_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a decision correction is never changed; write a new version' USING ERRCODE = 'check_violation', CONSTRAINT = 'DecisionCorrection_locked';
END
$$;
CREATE TRIGGER "DecisionCorrection_locked" BEFORE UPDATE ON "DecisionCorrection" FOR EACH ROW EXECUTE FUNCTION "decision_correction_locked"();

-- Only a collaboration forum adopts the yearly recommendation: a steering group's decision is not one.
CREATE FUNCTION "recommendation_forum_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT "kind" FROM "Forum" WHERE "id" = NEW."forumId") <> 'COLLABORATION_FORUM' THEN
    RAISE EXCEPTION 'only a collaboration forum makes a recommendation' USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_forum_only';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Recommendation_forum_only" BEFORE INSERT OR UPDATE OF "forumId" ON "Recommendation" FOR EACH ROW EXECUTE FUNCTION "recommendation_forum_only"();
