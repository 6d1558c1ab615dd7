-- CreateEnum
CREATE TYPE "OwnerReportStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateTable
CREATE TABLE "AwardLetter" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "recipientId" UUID NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "requiredCoFinancingOre" BIGINT,
    "purpose" TEXT NOT NULL,
    "measures" TEXT[],
    "reportingDeadline" DATE NOT NULL,
    "contact" TEXT NOT NULL,
    "emailedTo" TEXT[],
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentById" UUID,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" UUID,
    "acceptedByName" TEXT,

    CONSTRAINT "AwardLetter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnerReport" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "status" "OwnerReportStatus" NOT NULL DEFAULT 'DRAFT',
    "participation" TEXT NOT NULL DEFAULT '',
    "progress" TEXT NOT NULL DEFAULT '',
    "unusedComment" TEXT NOT NULL DEFAULT '',
    "spentOre" BIGINT,
    "coFinancedOre" BIGINT,
    "unusedOre" BIGINT,
    "submittedAt" TIMESTAMP(3),
    "submittedById" UUID,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OwnerReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OwnerReportMeasure" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "measureId" UUID NOT NULL,
    "done" TEXT NOT NULL,

    CONSTRAINT "OwnerReportMeasure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AwardLetter_awardId_key" ON "AwardLetter"("awardId");

-- CreateIndex
CREATE INDEX "AwardLetter_partnershipId_idx" ON "AwardLetter"("partnershipId");

-- CreateIndex
CREATE INDEX "AwardLetter_grantYearId_idx" ON "AwardLetter"("grantYearId");

-- CreateIndex
CREATE INDEX "AwardLetter_recipientId_idx" ON "AwardLetter"("recipientId");

-- CreateIndex
CREATE INDEX "OwnerReport_partnershipId_idx" ON "OwnerReport"("partnershipId");

-- CreateIndex
CREATE INDEX "OwnerReport_ownerId_idx" ON "OwnerReport"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "OwnerReport_grantYearId_ownerId_key" ON "OwnerReport"("grantYearId", "ownerId");

-- CreateIndex
CREATE INDEX "OwnerReportMeasure_partnershipId_idx" ON "OwnerReportMeasure"("partnershipId");

-- CreateIndex
CREATE INDEX "OwnerReportMeasure_measureId_idx" ON "OwnerReportMeasure"("measureId");

-- CreateIndex
CREATE UNIQUE INDEX "OwnerReportMeasure_reportId_measureId_key" ON "OwnerReportMeasure"("reportId", "measureId");

-- AddForeignKey
ALTER TABLE "AwardLetter" ADD CONSTRAINT "AwardLetter_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardLetter" ADD CONSTRAINT "AwardLetter_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardLetter" ADD CONSTRAINT "AwardLetter_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "Award"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardLetter" ADD CONSTRAINT "AwardLetter_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerReport" ADD CONSTRAINT "OwnerReport_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerReport" ADD CONSTRAINT "OwnerReport_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerReport" ADD CONSTRAINT "OwnerReport_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerReportMeasure" ADD CONSTRAINT "OwnerReportMeasure_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerReportMeasure" ADD CONSTRAINT "OwnerReportMeasure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "OwnerReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerReportMeasure" ADD CONSTRAINT "OwnerReportMeasure_measureId_fkey" FOREIGN KEY ("measureId") REFERENCES "Measure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The new tenant tables get the same wall as the others (ADR 008).
ALTER TABLE "AwardLetter" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AwardLetter" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "AwardLetter"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "OwnerReport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OwnerReport" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "OwnerReport"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "OwnerReportMeasure" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OwnerReportMeasure" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "OwnerReportMeasure"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

-- A letter is what was sent: nothing in it changes, and it is accepted once, with who accepted.
ALTER TABLE "AwardLetter" ADD CONSTRAINT "AwardLetter_amount_check" CHECK ("amountOre" > 0 AND ("requiredCoFinancingOre" IS NULL OR "requiredCoFinancingOre" >= 0));
ALTER TABLE "AwardLetter" ADD CONSTRAINT "AwardLetter_accepted_check" CHECK (("acceptedAt" IS NULL) = ("acceptedById" IS NULL));
CREATE FUNCTION "award_letter_as_sent"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."acceptedAt" IS NOT NULL AND NEW."acceptedAt" IS DISTINCT FROM OLD."acceptedAt" THEN
    RAISE EXCEPTION 'an award letter is accepted once' USING ERRCODE = 'check_violation', CONSTRAINT = 'AwardLetter_as_sent';
  END IF;
  IF (NEW."awardId", NEW."recipientId", NEW."grantYearId", NEW."amountOre", NEW."requiredCoFinancingOre", NEW."purpose", NEW."measures", NEW."reportingDeadline", NEW."contact", NEW."emailedTo", NEW."sentAt", NEW."sentById")
     IS DISTINCT FROM
     (OLD."awardId", OLD."recipientId", OLD."grantYearId", OLD."amountOre", OLD."requiredCoFinancingOre", OLD."purpose", OLD."measures", OLD."reportingDeadline", OLD."contact", OLD."emailedTo", OLD."sentAt", OLD."sentById") THEN
    RAISE EXCEPTION 'an award letter is kept as sent' USING ERRCODE = 'check_violation', CONSTRAINT = 'AwardLetter_as_sent';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "AwardLetter_as_sent" BEFORE UPDATE ON "AwardLetter" FOR EACH ROW EXECUTE FUNCTION "award_letter_as_sent"();

-- A submitted report carries its submission and its money; nothing in it changes after that, and
-- its measure lines neither (a report goes only with its grant year or partnership).
ALTER TABLE "OwnerReport" ADD CONSTRAINT "OwnerReport_submitted_check" CHECK (
  ("status" = 'SUBMITTED') = ("submittedAt" IS NOT NULL AND "spentOre" IS NOT NULL AND "coFinancedOre" IS NOT NULL AND "unusedOre" IS NOT NULL));
CREATE FUNCTION "owner_report_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'SUBMITTED' THEN
    RAISE EXCEPTION 'a submitted report is locked' USING ERRCODE = 'check_violation', CONSTRAINT = 'OwnerReport_locked';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "OwnerReport_locked" BEFORE UPDATE ON "OwnerReport" FOR EACH ROW EXECUTE FUNCTION "owner_report_locked"();
CREATE FUNCTION "owner_report_measure_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."reportId" ELSE NEW."reportId" END;
  state "OwnerReportStatus";
BEGIN
  SELECT "status" INTO state FROM "OwnerReport" WHERE "id" = parent;
  IF FOUND AND state = 'SUBMITTED' THEN
    RAISE EXCEPTION 'a submitted report is locked' USING ERRCODE = 'check_violation', CONSTRAINT = 'OwnerReportMeasure_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER "OwnerReportMeasure_locked" BEFORE INSERT OR UPDATE OR DELETE ON "OwnerReportMeasure"
  FOR EACH ROW EXECUTE FUNCTION "owner_report_measure_locked"();
