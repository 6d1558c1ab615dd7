-- CreateEnum
CREATE TYPE "UnusedMoney" AS ENUM ('REPAY', 'REALLOCATE');

-- CreateEnum
CREATE TYPE "YearEndEventKind" AS ENUM ('CLOSED', 'REOPENED');

-- AlterTable
ALTER TABLE "GrantYear" ADD COLUMN     "unusedMoney" "UnusedMoney" NOT NULL DEFAULT 'REPAY';

-- CreateTable
CREATE TABLE "Reallocation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "fromRecipientId" UUID NOT NULL,
    "toRecipientId" UUID NOT NULL,
    "amountOre" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reallocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearEndEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "grantYearId" UUID NOT NULL,
    "kind" "YearEndEventKind" NOT NULL,
    "unusedMoney" "UnusedMoney" NOT NULL,
    "unusedOre" BIGINT NOT NULL,
    "reason" TEXT,
    "actorId" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "YearEndEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Reallocation_partnershipId_idx" ON "Reallocation"("partnershipId");

-- CreateIndex
CREATE INDEX "Reallocation_grantYearId_idx" ON "Reallocation"("grantYearId");

-- CreateIndex
CREATE INDEX "Reallocation_fromRecipientId_idx" ON "Reallocation"("fromRecipientId");

-- CreateIndex
CREATE INDEX "Reallocation_toRecipientId_idx" ON "Reallocation"("toRecipientId");

-- CreateIndex
CREATE INDEX "YearEndEvent_partnershipId_idx" ON "YearEndEvent"("partnershipId");

-- CreateIndex
CREATE INDEX "YearEndEvent_grantYearId_at_idx" ON "YearEndEvent"("grantYearId", "at");

-- AddForeignKey
ALTER TABLE "Reallocation" ADD CONSTRAINT "Reallocation_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reallocation" ADD CONSTRAINT "Reallocation_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reallocation" ADD CONSTRAINT "Reallocation_fromRecipientId_fkey" FOREIGN KEY ("fromRecipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reallocation" ADD CONSTRAINT "Reallocation_toRecipientId_fkey" FOREIGN KEY ("toRecipientId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearEndEvent" ADD CONSTRAINT "YearEndEvent_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearEndEvent" ADD CONSTRAINT "YearEndEvent_grantYearId_fkey" FOREIGN KEY ("grantYearId") REFERENCES "GrantYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ── Written by hand (docs/decisions/041-year-end.md): Prisma's schema language cannot express
-- policies, checks or triggers.

-- The new tenant tables get the same wall as their neighbours (ADR 008, ADR 034).
ALTER TABLE "Reallocation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Reallocation" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Reallocation"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "YearEndEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "YearEndEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "YearEndEvent"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

ALTER TABLE "Reallocation"
  ADD CONSTRAINT "Reallocation_amount_check" CHECK ("amountOre" > 0),
  ADD CONSTRAINT "Reallocation_other_recipient_check" CHECK ("fromRecipientId" <> "toRecipientId");
ALTER TABLE "YearEndEvent"
  ADD CONSTRAINT "YearEndEvent_unused_check" CHECK ("unusedOre" >= 0),
  ADD CONSTRAINT "YearEndEvent_reason_check" CHECK ("kind" = 'CLOSED' OR length(trim("reason")) >= 5);

-- A recipient's money in a grant year: its awards, plus what was moved to it, minus what was moved
-- away. One function, read by both rules below, so they cannot disagree.
CREATE FUNCTION "recipient_funds"(year_id uuid, recipient_id uuid, skip_spending uuid, skip_reallocation uuid) RETURNS bigint
  LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT sum("amountOre") FROM "Award" WHERE "grantYearId" = year_id AND "recipientId" = recipient_id), 0)
       + coalesce((SELECT sum("amountOre") FROM "Reallocation" WHERE "grantYearId" = year_id AND "toRecipientId" = recipient_id AND "id" IS DISTINCT FROM skip_reallocation), 0)
       - coalesce((SELECT sum("amountOre") FROM "Reallocation" WHERE "grantYearId" = year_id AND "fromRecipientId" = recipient_id AND "id" IS DISTINCT FROM skip_reallocation), 0)
       - coalesce((SELECT sum("amountOre") FROM "Spending" WHERE "grantYearId" = year_id AND "recipientId" = recipient_id AND "id" IS DISTINCT FROM skip_spending), 0)
$$;

-- Spending never exceeds the recipient's money (awards and reallocations), and nothing is
-- reported on a closed year. Same lock as before: concurrent reports and moves queue.
CREATE OR REPLACE FUNCTION "spending_within_award"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  year_status "GrantYearStatus";
BEGIN
  SELECT "status" INTO year_status FROM "GrantYear" WHERE "id" = NEW."grantYearId" FOR UPDATE;
  IF year_status = 'CLOSED' THEN
    RAISE EXCEPTION 'the grant year is closed' USING ERRCODE = 'check_violation', CONSTRAINT = 'Spending_open_year';
  END IF;
  IF "recipient_funds"(NEW."grantYearId", NEW."recipientId", NEW."id", NULL) < NEW."amountOre" THEN
    RAISE EXCEPTION 'spending exceeds what the recipient was awarded' USING ERRCODE = 'check_violation', CONSTRAINT = 'Spending_within_award';
  END IF;
  RETURN NEW;
END
$$;

-- A move takes only unused money (what is left after spending and earlier moves), only on an open
-- year set to reallocate, and only between recipients of the grant year's own partnership. The
-- grant year row is locked as for awards and spending, so two moves of the same unused money, or a
-- move and a spending report, cannot both pass. Moves are never changed or deleted: a wrong one is
-- answered by a move back (the audit trail stays whole).
CREATE FUNCTION "reallocation_within_unused"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  year_row record;
BEGIN
  -- A grant year or partnership removed as a whole takes its moves along (a cascade runs inside
  -- the foreign key's own trigger, hence depth > 1); a move on its own is never removed.
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'a reallocation is kept as made; move the money back instead' USING ERRCODE = 'check_violation', CONSTRAINT = 'Reallocation_append_only';
  END IF;
  SELECT "partnershipId", "status", "unusedMoney" INTO year_row FROM "GrantYear" WHERE "id" = NEW."grantYearId" FOR UPDATE;
  IF year_row."partnershipId" <> NEW."partnershipId" THEN
    RAISE EXCEPTION 'the reallocation belongs to another partnership' USING ERRCODE = 'check_violation', CONSTRAINT = 'Reallocation_same_partnership';
  END IF;
  IF year_row."status" = 'CLOSED' THEN
    RAISE EXCEPTION 'the grant year is closed' USING ERRCODE = 'check_violation', CONSTRAINT = 'Reallocation_open_year';
  END IF;
  IF year_row."unusedMoney" <> 'REALLOCATE' THEN
    RAISE EXCEPTION 'the grant year repays unused money' USING ERRCODE = 'check_violation', CONSTRAINT = 'Reallocation_mode';
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM "PartnershipOwner" WHERE "partnershipId" = NEW."partnershipId" AND "ownerId" = NEW."toRecipientId"
    UNION ALL SELECT 1 FROM "PartnershipUniversity" WHERE "partnershipId" = NEW."partnershipId" AND "universityId" = NEW."toRecipientId"
  ) THEN
    RAISE EXCEPTION 'the receiver is not a recipient of the partnership' USING ERRCODE = 'check_violation', CONSTRAINT = 'Reallocation_same_partnership';
  END IF;
  IF "recipient_funds"(NEW."grantYearId", NEW."fromRecipientId", NULL, NEW."id") < NEW."amountOre" THEN
    RAISE EXCEPTION 'the reallocation exceeds the recipient''s unused money' USING ERRCODE = 'check_violation', CONSTRAINT = 'Reallocation_within_unused';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Reallocation_within_unused" BEFORE INSERT OR UPDATE OR DELETE ON "Reallocation"
  FOR EACH ROW EXECUTE FUNCTION "reallocation_within_unused"();

-- Awards are not written on a closed year either (the app says so first; this is the second wall).
CREATE OR REPLACE FUNCTION "award_within_grant"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  budget bigint;
  year_status "GrantYearStatus";
  awarded bigint;
BEGIN
  SELECT "stateAmountOre", "status" INTO budget, year_status FROM "GrantYear" WHERE "id" = NEW."grantYearId" FOR UPDATE;
  IF year_status = 'CLOSED' THEN
    RAISE EXCEPTION 'the grant year is closed' USING ERRCODE = 'check_violation', CONSTRAINT = 'Award_open_year';
  END IF;
  SELECT coalesce(sum("amountOre"), 0) INTO awarded FROM "Award" WHERE "grantYearId" = NEW."grantYearId" AND "id" <> NEW."id";
  IF awarded + NEW."amountOre" > budget THEN
    RAISE EXCEPTION 'awards exceed the grant year''s state amount' USING ERRCODE = 'check_violation', CONSTRAINT = 'Award_within_grant';
  END IF;
  RETURN NEW;
END
$$;

-- The year-end history is kept as written.
CREATE FUNCTION "year_end_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND pg_trigger_depth() > 1 THEN
    RETURN OLD; -- removed with its grant year (a cascade), as above
  END IF;
  RAISE EXCEPTION 'the year-end history is kept as written' USING ERRCODE = 'check_violation', CONSTRAINT = 'YearEndEvent_append_only';
END
$$;
CREATE TRIGGER "YearEndEvent_append_only" BEFORE UPDATE OR DELETE ON "YearEndEvent"
  FOR EACH ROW EXECUTE FUNCTION "year_end_event_append_only"();
