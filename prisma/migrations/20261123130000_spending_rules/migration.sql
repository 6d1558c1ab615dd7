-- Rules for co-financing and use of funds (docs/decisions/010-funding.md), written by hand:
-- Prisma's schema language cannot express checks or triggers.

-- Staff time is money only by the rule the form shows: hours × hourly cost, half up to whole øre.
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_staff_time_amount_check" CHECK (
  "kind" = 'MONEY' OR "amountOre" = ("hoursCenti"::bigint * "hourlyRateOre" + 50) / 100
);

-- A recipient never reports more spending of state funds than it was awarded in that grant year,
-- and nothing is reported on a closed year. The grant year row is locked (as for awards), so
-- concurrent reports queue and each sees the sums the others committed.
CREATE FUNCTION "spending_within_award"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  year_status "GrantYearStatus";
  awarded bigint;
  spent bigint;
BEGIN
  SELECT "status" INTO year_status FROM "GrantYear" WHERE "id" = NEW."grantYearId" FOR UPDATE;
  IF year_status = 'CLOSED' THEN
    RAISE EXCEPTION 'the grant year is closed' USING ERRCODE = 'check_violation', CONSTRAINT = 'Spending_open_year';
  END IF;
  SELECT coalesce(sum("amountOre"), 0) INTO awarded FROM "Award"
    WHERE "grantYearId" = NEW."grantYearId" AND "recipientId" = NEW."recipientId";
  SELECT coalesce(sum("amountOre"), 0) INTO spent FROM "Spending"
    WHERE "grantYearId" = NEW."grantYearId" AND "recipientId" = NEW."recipientId" AND "id" <> NEW."id";
  IF spent + NEW."amountOre" > awarded THEN
    RAISE EXCEPTION 'spending exceeds what the recipient was awarded' USING ERRCODE = 'check_violation', CONSTRAINT = 'Spending_within_award';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Spending_within_award" BEFORE INSERT OR UPDATE OF "amountOre", "grantYearId", "recipientId" ON "Spending"
  FOR EACH ROW EXECUTE FUNCTION "spending_within_award"();
