-- Rules for school development (the needs-analysis issue), written by hand: Prisma's schema
-- language cannot express policies, checks or triggers.

-- The new tenant tables get the same wall as the others (ADR 008).
ALTER TABLE "StatementSet" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StatementSet" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "StatementSet"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "Statement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Statement" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Statement"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SelfAssessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SelfAssessment" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SelfAssessment"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "AssessmentRating" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AssessmentRating" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "AssessmentRating"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "AssessmentPriority" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AssessmentPriority" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "AssessmentPriority"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "NeedsReport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NeedsReport" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NeedsReport"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "NeedsReportOwner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NeedsReportOwner" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NeedsReportOwner"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "NeedsPriority" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NeedsPriority" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NeedsPriority"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "NeedsPriorityUnit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "NeedsPriorityUnit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "NeedsPriorityUnit"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "UhOrder" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UhOrder" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UhOrder"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "UhOrderOwner" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UhOrderOwner" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UhOrderOwner"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "UhOrderUnit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UhOrderUnit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UhOrderUnit"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "DevelopmentPlan" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DevelopmentPlan" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "DevelopmentPlan"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "PlanLevel" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanLevel" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "PlanLevel"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "PlanReview" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanReview" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "PlanReview"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "UhVisit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UhVisit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UhVisit"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "MeasureFacilitator" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeasureFacilitator" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "MeasureFacilitator"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Statement" ADD CONSTRAINT "Statement_position_check" CHECK ("position" >= 1);
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_year_check" CHECK ("year" BETWEEN 2017 AND 2100);
ALTER TABLE "AssessmentRating" ADD CONSTRAINT "AssessmentRating_counts_check"
  CHECK ("smallCount" >= 0 AND "someCount" >= 0 AND "largeCount" >= 0 AND "veryLargeCount" >= 0);
ALTER TABLE "AssessmentPriority" ADD CONSTRAINT "AssessmentPriority_position_check" CHECK ("position" >= 1);
ALTER TABLE "NeedsReport" ADD CONSTRAINT "NeedsReport_submitted_check" CHECK (("status" = 'SUBMITTED') = ("submittedAt" IS NOT NULL));
ALTER TABLE "NeedsPriority" ADD CONSTRAINT "NeedsPriority_position_check" CHECK ("position" >= 1);
ALTER TABLE "UhOrder" ADD CONSTRAINT "UhOrder_hours_check" CHECK ("hoursRequested" > 0 AND ("offerHours" IS NULL OR "offerHours" > 0));
ALTER TABLE "UhOrder" ADD CONSTRAINT "UhOrder_period_check" CHECK ("endsOn" >= "startsOn");
-- The status and its timestamps tell the same story: sent before offered, offered before agreed.
ALTER TABLE "UhOrder" ADD CONSTRAINT "UhOrder_status_check" CHECK (
  ("status" = 'DRAFT' OR "sentAt" IS NOT NULL)
  AND ("status" NOT IN ('OFFERED', 'AGREED', 'DECLINED') OR ("offeredAt" IS NOT NULL AND "offerText" IS NOT NULL AND "offerHours" IS NOT NULL))
  AND (("status" = 'AGREED') = ("agreedAt" IS NOT NULL))
  AND (("status" = 'DECLINED') = ("declinedAt" IS NOT NULL))
);
ALTER TABLE "DevelopmentPlan" ADD CONSTRAINT "DevelopmentPlan_period_check" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn");
ALTER TABLE "UhVisit" ADD CONSTRAINT "UhVisit_duration_check" CHECK ("durationMinutes" BETWEEN 1 AND 1440);
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_budget_check" CHECK ("budgetOre" IS NULL OR "budgetOre" >= 0);
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_priority_check" CHECK ("priority" IS NULL OR "priority" >= 1);
ALTER TABLE "Measure" ADD CONSTRAINT "Measure_period_check" CHECK ("endsOn" IS NULL OR "startsOn" IS NULL OR "endsOn" >= "startsOn");

-- A progress review is a record of how things stood on a day: it is never rewritten, so a unit
-- can follow its own track. (Removing the whole plan still removes its reviews.)
CREATE FUNCTION "plan_review_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a progress review is not changed; write a new one' USING ERRCODE = 'check_violation', CONSTRAINT = 'PlanReview_fixed';
END
$$;
CREATE TRIGGER "PlanReview_fixed" BEFORE UPDATE ON "PlanReview" FOR EACH ROW EXECUTE FUNCTION "plan_review_fixed"();
