-- Rules for learning networks and gatherings (issue 7), written by hand: Prisma's schema language
-- cannot express policies, checks or triggers.

-- The new tenant tables get the same wall as the others (ADR 008).
ALTER TABLE "Gathering" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Gathering" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Gathering"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "GatheringRegistration" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "GatheringRegistration" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "GatheringRegistration"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "GatheringTask" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "GatheringTask" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "GatheringTask"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "TaskSubmission" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "TaskSubmission" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "TaskSubmission"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_seats_check" CHECK ("seatLimit" BETWEEN 1 AND 10000);
ALTER TABLE "Gathering" ADD CONSTRAINT "Gathering_period_check" CHECK ("endsAt" > "startsAt");
ALTER TABLE "GatheringRegistration" ADD CONSTRAINT "GatheringRegistration_cancelled_check"
  CHECK (("status" = 'CANCELLED') = ("cancelledAt" IS NOT NULL));
-- Attendance is recorded for those who had a seat.
ALTER TABLE "GatheringRegistration" ADD CONSTRAINT "GatheringRegistration_attended_check"
  CHECK ("attended" IS NULL OR "status" = 'REGISTERED');
ALTER TABLE "GatheringTask" ADD CONSTRAINT "GatheringTask_text_check" CHECK (length(btrim("text")) > 0);
ALTER TABLE "TaskSubmission" ADD CONSTRAINT "TaskSubmission_text_check" CHECK (length(btrim("text")) > 0);

-- The seat limit is never exceeded (ADR 019). The use cases lock the gathering row before they
-- count; this trigger takes the same lock and counts again, so a writer that forgot cannot
-- overfill the gathering either. It also keeps a registration in its gathering's tenant.
CREATE FUNCTION "gathering_seat_limit"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  g RECORD;
  taken INTEGER;
BEGIN
  SELECT "partnershipId", "seatLimit" INTO g FROM "Gathering" WHERE "id" = NEW."gatheringId" FOR UPDATE;
  IF g."partnershipId" IS DISTINCT FROM NEW."partnershipId" THEN
    RAISE EXCEPTION 'a registration belongs to its gathering''s partnership' USING ERRCODE = 'check_violation', CONSTRAINT = 'GatheringRegistration_tenant';
  END IF;
  IF NEW."status" = 'REGISTERED' THEN
    SELECT count(*) INTO taken FROM "GatheringRegistration"
      WHERE "gatheringId" = NEW."gatheringId" AND "status" = 'REGISTERED' AND "id" <> NEW."id";
    IF taken >= g."seatLimit" THEN
      RAISE EXCEPTION 'the gathering is full' USING ERRCODE = 'check_violation', CONSTRAINT = 'GatheringRegistration_seat_limit';
    END IF;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "GatheringRegistration_seat_limit" BEFORE INSERT OR UPDATE OF "status", "gatheringId", "partnershipId" ON "GatheringRegistration"
  FOR EACH ROW EXECUTE FUNCTION "gathering_seat_limit"();

-- A unit answers a task only for a gathering of a network it belongs to, in the same tenant.
CREATE FUNCTION "task_submission_member_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "GatheringTask" t
      JOIN "Gathering" g ON g."id" = t."gatheringId"
      JOIN "NetworkUnit" nu ON nu."networkId" = g."networkId" AND nu."unitId" = NEW."unitId"
      WHERE t."id" = NEW."taskId" AND t."partnershipId" = NEW."partnershipId"
  ) THEN
    RAISE EXCEPTION 'only a member unit of the network answers its tasks' USING ERRCODE = 'check_violation', CONSTRAINT = 'TaskSubmission_member_unit';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "TaskSubmission_member_unit" BEFORE INSERT OR UPDATE OF "taskId", "unitId", "partnershipId" ON "TaskSubmission"
  FOR EACH ROW EXECUTE FUNCTION "task_submission_member_unit"();
