-- CreateEnum
CREATE TYPE "RecommendationStatus" AS ENUM ('DRAFT', 'ADOPTED', 'SENT', 'DECIDED', 'RETURNED');

-- AlterTable
ALTER TABLE "Award" ADD COLUMN     "changeReason" TEXT,
ADD COLUMN     "recommendationId" UUID;

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "forumId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "RecommendationStatus" NOT NULL DEFAULT 'DRAFT',
    "note" TEXT,
    "decisionId" UUID,
    "adoptedAt" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "sentById" UUID,
    "vedtakReference" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" UUID,
    "grantYearId" UUID,
    "returnedAt" TIMESTAMP(3),
    "returnedById" UUID,
    "returnComment" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationLine" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "recommendationId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "amountOre" BIGINT NOT NULL,

    CONSTRAINT "RecommendationLine_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Recommendation_partnershipId_year_idx" ON "Recommendation"("partnershipId", "year");

-- CreateIndex
CREATE INDEX "Recommendation_decisionId_idx" ON "Recommendation"("decisionId");

-- CreateIndex
CREATE INDEX "Recommendation_grantYearId_idx" ON "Recommendation"("grantYearId");

-- CreateIndex
CREATE UNIQUE INDEX "Recommendation_forumId_year_version_key" ON "Recommendation"("forumId", "year", "version");

-- CreateIndex
CREATE INDEX "RecommendationLine_partnershipId_idx" ON "RecommendationLine"("partnershipId");

-- CreateIndex
CREATE INDEX "RecommendationLine_recipientId_idx" ON "RecommendationLine"("recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationLine_recommendationId_recipientId_key" ON "RecommendationLine"("recommendationId", "recipientId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_recommendationId_recipientId_key" ON "Award"("recommendationId", "recipientId");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationLine" ADD CONSTRAINT "RecommendationLine_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationLine" ADD CONSTRAINT "RecommendationLine_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationLine" ADD CONSTRAINT "RecommendationLine_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ─── Rules the database keeps itself (docs/decisions/037-recommendation-lifecycle.md), by hand ───

-- The new tenant tables get the same wall as the others (ADR 008), in the once-per-query form
-- (migration 20261202031000).
ALTER TABLE "Recommendation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Recommendation" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Recommendation"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "RecommendationLine" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RecommendationLine" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "RecommendationLine"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

ALTER TABLE "RecommendationLine" ADD CONSTRAINT "RecommendationLine_amount_check" CHECK ("amountOre" >= 0);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_version_check" CHECK ("version" >= 1 AND "year" BETWEEN 2017 AND 2100);
-- Each status carries exactly the facts of the steps that led to it.
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_status_check" CHECK (
  (("status" <> 'DRAFT') = ("decisionId" IS NOT NULL AND "adoptedAt" IS NOT NULL))
  AND (("status" IN ('SENT', 'DECIDED', 'RETURNED')) = ("sentAt" IS NOT NULL))
  AND (("status" = 'DECIDED') = ("decidedAt" IS NOT NULL AND "vedtakReference" IS NOT NULL AND "grantYearId" IS NOT NULL))
  AND (("status" = 'RETURNED') = ("returnedAt" IS NOT NULL AND "returnComment" IS NOT NULL))
);
-- At most one version of a forum's year is alive: a new version starts only after the last was returned.
CREATE UNIQUE INDEX "Recommendation_one_live_version" ON "Recommendation"("forumId", "year") WHERE "status" <> 'RETURNED';

-- A version moves only forward (draft → adopted → sent → decided or returned), and from sending on
-- nothing it says can change: only the county governor's answer is added to it, once. A decided or
-- returned version is final. Only a draft or an adopted version can be removed.
CREATE FUNCTION "recommendation_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" IN ('SENT', 'DECIDED', 'RETURNED') THEN
      RAISE EXCEPTION 'a sent recommendation is kept as sent' USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_locked';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW."partnershipId" <> OLD."partnershipId" OR NEW."forumId" <> OLD."forumId" OR NEW."year" <> OLD."year" OR NEW."version" <> OLD."version" THEN
    RAISE EXCEPTION 'a recommendation stays the version it is' USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_locked';
  END IF;
  IF NOT (
    (OLD."status" = NEW."status" AND OLD."status" = 'DRAFT')
    OR (OLD."status" = 'DRAFT' AND NEW."status" = 'ADOPTED')
    OR (OLD."status" = 'ADOPTED' AND NEW."status" = 'SENT')
    OR (OLD."status" = 'SENT' AND NEW."status" IN ('DECIDED', 'RETURNED'))
  ) THEN
    RAISE EXCEPTION 'a recommendation cannot go from % to %', OLD."status", NEW."status" USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_locked';
  END IF;
  IF OLD."status" <> 'DRAFT' AND (NEW."note" IS DISTINCT FROM OLD."note" OR NEW."decisionId" IS DISTINCT FROM OLD."decisionId" OR NEW."adoptedAt" IS DISTINCT FROM OLD."adoptedAt") THEN
    RAISE EXCEPTION 'an adopted recommendation is the one the forum adopted' USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_locked';
  END IF;
  IF OLD."status" = 'SENT' AND (NEW."sentAt" IS DISTINCT FROM OLD."sentAt" OR NEW."sentById" IS DISTINCT FROM OLD."sentById") THEN
    RAISE EXCEPTION 'a sent recommendation is kept as sent' USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_locked';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Recommendation_locked" BEFORE UPDATE OR DELETE ON "Recommendation" FOR EACH ROW EXECUTE FUNCTION "recommendation_locked"();

-- The adopting decision is one of the same forum's.
CREATE FUNCTION "recommendation_decision_of_forum"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "Decision" WHERE "id" = NEW."decisionId" AND "forumId" = NEW."forumId") THEN
    RAISE EXCEPTION 'a recommendation is adopted by its own forum' USING ERRCODE = 'check_violation', CONSTRAINT = 'Recommendation_decision_of_forum';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Recommendation_decision_of_forum" BEFORE INSERT OR UPDATE OF "decisionId" ON "Recommendation"
  FOR EACH ROW WHEN (NEW."decisionId" IS NOT NULL) EXECUTE FUNCTION "recommendation_decision_of_forum"();

-- Planned amounts change only in a draft: from adoption on they are what the forum decided.
CREATE FUNCTION "recommendation_line_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."recommendationId" ELSE NEW."recommendationId" END;
  state "RecommendationStatus";
BEGIN
  SELECT "status" INTO state FROM "Recommendation" WHERE "id" = parent;
  -- A line removed with its (draft) recommendation, or with the whole partnership, finds none.
  IF FOUND AND state <> 'DRAFT' THEN
    RAISE EXCEPTION 'the amounts of an adopted recommendation are locked' USING ERRCODE = 'check_violation', CONSTRAINT = 'RecommendationLine_locked';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW."recommendationId" <> OLD."recommendationId" THEN
    RAISE EXCEPTION 'a line stays in its recommendation' USING ERRCODE = 'check_violation', CONSTRAINT = 'RecommendationLine_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER "RecommendationLine_locked" BEFORE INSERT OR UPDATE OR DELETE ON "RecommendationLine"
  FOR EACH ROW EXECUTE FUNCTION "recommendation_line_locked"();

-- Awards from a recommendation come only from a decided one, for its grant year; the reason for a
-- changed amount is text, not blank.
ALTER TABLE "Award" ADD CONSTRAINT "Award_change_reason_check" CHECK ("changeReason" IS NULL OR length(trim("changeReason")) > 0);
CREATE FUNCTION "award_from_decided_recommendation"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Recommendation" WHERE "id" = NEW."recommendationId" AND "status" = 'DECIDED' AND "grantYearId" = NEW."grantYearId"
  ) THEN
    RAISE EXCEPTION 'an award from a recommendation follows its decision, in its grant year' USING ERRCODE = 'check_violation', CONSTRAINT = 'Award_from_decided_recommendation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Award_from_decided_recommendation" BEFORE INSERT OR UPDATE OF "recommendationId", "grantYearId" ON "Award"
  FOR EACH ROW WHEN (NEW."recommendationId" IS NOT NULL) EXECUTE FUNCTION "award_from_decided_recommendation"();
