-- Rules for the forum's records (the forum issue), written by hand: Prisma's schema language
-- cannot express policies, checks or triggers.

-- The new tenant tables get the same wall as the others (ADR 008).
ALTER TABLE "AgendaPaper" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AgendaPaper" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "AgendaPaper"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "MeetingAttendance" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MeetingAttendance" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "MeetingAttendance"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "ConflictOfInterest" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ConflictOfInterest" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "ConflictOfInterest"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "DecisionVote" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DecisionVote" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "DecisionVote"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "Minutes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Minutes" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Minutes"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "AgendaPaper" ADD CONSTRAINT "AgendaPaper_size_check" CHECK ("sizeBytes" > 0 AND "sizeBytes" = octet_length("content"));
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_version_check" CHECK ("version" >= 1);
ALTER TABLE "Minutes" ADD CONSTRAINT "Minutes_approved_check" CHECK (("status" = 'APPROVED') = ("approvedAt" IS NOT NULL));

-- Approved minutes are a public record: never changed or removed. A correction is a new version.
CREATE FUNCTION "minutes_locked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'APPROVED' THEN
    RAISE EXCEPTION 'approved minutes are locked; write a new version' USING ERRCODE = 'check_violation', CONSTRAINT = 'Minutes_locked';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER "Minutes_locked" BEFORE UPDATE OR DELETE ON "Minutes" FOR EACH ROW EXECUTE FUNCTION "minutes_locked"();

-- A vote counts only from a member of the decision's forum who has a voting right (the county
-- governor never has), who has not declared a conflict on the item, on a decision taken by vote.
CREATE FUNCTION "vote_allowed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d record;
  m record;
BEGIN
  SELECT "forumId", "outcome", "agendaItemId" INTO d FROM "Decision" WHERE "id" = NEW."decisionId";
  SELECT "forumId", "votingRight" INTO m FROM "ForumMember" WHERE "id" = NEW."memberId";
  IF d."outcome" <> 'VOTE' OR m."forumId" <> d."forumId" OR NOT m."votingRight" THEN
    RAISE EXCEPTION 'this member cannot vote on this decision' USING ERRCODE = 'check_violation', CONSTRAINT = 'DecisionVote_allowed';
  END IF;
  IF d."agendaItemId" IS NOT NULL AND EXISTS (
    SELECT 1 FROM "ConflictOfInterest" WHERE "agendaItemId" = d."agendaItemId" AND "memberId" = NEW."memberId"
  ) THEN
    RAISE EXCEPTION 'a member with a conflict of interest leaves the item' USING ERRCODE = 'check_violation', CONSTRAINT = 'DecisionVote_conflict';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "DecisionVote_allowed" BEFORE INSERT OR UPDATE ON "DecisionVote" FOR EACH ROW EXECUTE FUNCTION "vote_allowed"();
