-- Written by hand (Prisma's schema language cannot express checks; ADR 002).
-- Staff time is hours × hourly cost, half up to whole øre, as before, but computed in numeric:
-- in bigint the product overflowed for large hours × rate and the insert failed with
-- "bigint out of range" (HTTP 500) instead of being checked (issue 22). The form's limits
-- (src/features/funding/schemas.ts) keep such products out; this keeps the rule exact for any row.
-- Note: div(), not floor(x / 100): numeric division rounds its quotient to about 16 significant
-- digits, so a quotient of 19 digits and a half came out rounded up.
ALTER TABLE "CoFinancing" DROP CONSTRAINT "CoFinancing_staff_time_amount_check";
ALTER TABLE "CoFinancing" ADD CONSTRAINT "CoFinancing_staff_time_amount_check" CHECK (
  "kind" = 'MONEY' OR "amountOre"::numeric = div("hoursCenti"::numeric * "hourlyRateOre"::numeric + 50, 100)
);
