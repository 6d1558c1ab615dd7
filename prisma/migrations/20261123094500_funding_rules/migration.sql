-- Money rules the database keeps itself (docs/decisions/010-funding.md), written by hand:
-- Prisma's schema language cannot express checks, triggers or policies.

-- The new tenant tables get the same wall as the others (ADR 008).
ALTER TABLE "CoFinancing" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "CoFinancing" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "CoFinancing"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "Spending" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Spending" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "Spending"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

-- Amounts are never negative; what is paid or contributed is more than nothing.
ALTER TABLE "GrantYear"
  ADD CONSTRAINT "GrantYear_amounts_check" CHECK ("stateAmountOre" >= 0 AND "keyBasePerOwnerOre" >= 0),
  ADD CONSTRAINT "GrantYear_co_financing_check" CHECK ("coFinancingBp" BETWEEN 0 AND 10000),
  ADD CONSTRAINT "GrantYear_key_weights_check" CHECK ("keyFteWeight" >= 0 AND "keyPupilWeight" >= 0 AND "keyFteWeight" + "keyPupilWeight" > 0);
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_amounts_check" CHECK ("computedOre" >= 0 AND "adjustedOre" >= 0);
ALTER TABLE "Award" ADD CONSTRAINT "Award_amount_check" CHECK ("amountOre" > 0);
ALTER TABLE "Spending" ADD CONSTRAINT "Spending_amount_check" CHECK ("amountOre" > 0);
ALTER TABLE "CoFinancing"
  ADD CONSTRAINT "CoFinancing_amount_check" CHECK ("amountOre" > 0),
  ADD CONSTRAINT "CoFinancing_staff_time_check" CHECK (
    ("kind" = 'MONEY' AND "hoursCenti" IS NULL AND "hourlyRateOre" IS NULL)
    OR ("kind" = 'STAFF_TIME' AND "hoursCenti" > 0 AND "hourlyRateOre" > 0)
  );

-- Awards never exceed the grant year's state amount, whoever writes them and however many at
-- once: the grant year row is locked, so concurrent awards to one year queue here and each sees
-- the sum the others committed.
CREATE FUNCTION "award_within_grant"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  budget bigint;
  awarded bigint;
BEGIN
  SELECT "stateAmountOre" INTO budget FROM "GrantYear" WHERE "id" = NEW."grantYearId" FOR UPDATE;
  SELECT coalesce(sum("amountOre"), 0) INTO awarded FROM "Award" WHERE "grantYearId" = NEW."grantYearId" AND "id" <> NEW."id";
  IF awarded + NEW."amountOre" > budget THEN
    RAISE EXCEPTION 'awards exceed the grant year''s state amount' USING ERRCODE = 'check_violation', CONSTRAINT = 'Award_within_grant';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Award_within_grant" BEFORE INSERT OR UPDATE OF "amountOre", "grantYearId" ON "Award"
  FOR EACH ROW EXECUTE FUNCTION "award_within_grant"();

-- A grant year's allocation table always sums to its state amount (or is empty). Checked at
-- commit, so an adjustment may move money between owners in several statements.
CREATE FUNCTION "allocations_balanced"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  year_id uuid;
  budget bigint;
  rows_count integer;
  total bigint;
BEGIN
  IF TG_TABLE_NAME = 'GrantYear' THEN
    year_id := NEW."id";
  ELSIF TG_OP = 'DELETE' THEN
    year_id := OLD."grantYearId";
  ELSE
    year_id := NEW."grantYearId";
  END IF;
  SELECT "stateAmountOre" INTO budget FROM "GrantYear" WHERE "id" = year_id;
  IF NOT FOUND THEN
    RETURN NULL; -- the grant year itself was deleted
  END IF;
  SELECT count(*), coalesce(sum("adjustedOre"), 0) INTO rows_count, total FROM "Allocation" WHERE "grantYearId" = year_id;
  IF rows_count > 0 AND total <> budget THEN
    RAISE EXCEPTION 'allocations (% øre) do not sum to the state amount (% øre)', total, budget
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Allocation_balanced';
  END IF;
  RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER "Allocation_balanced" AFTER INSERT OR UPDATE OR DELETE ON "Allocation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "allocations_balanced"();
CREATE CONSTRAINT TRIGGER "GrantYear_allocations_balanced" AFTER UPDATE OF "stateAmountOre" ON "GrantYear"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "allocations_balanced"();
