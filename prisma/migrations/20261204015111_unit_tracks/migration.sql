-- CreateEnum
CREATE TYPE "UnitTrack" AS ENUM ('CONNECTING', 'ESTABLISHED', 'SHARING');

-- CreateTable
CREATE TABLE "UnitTrackChange" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "track" "UnitTrack" NOT NULL,
    "reason" TEXT NOT NULL,
    "changedById" UUID,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitTrackChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeaderProgramme" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "networkId" UUID NOT NULL,
    "theme" "Theme" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "aim" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeaderProgramme_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitTrackChange_partnershipId_unitId_changedAt_idx" ON "UnitTrackChange"("partnershipId", "unitId", "changedAt");

-- CreateIndex
CREATE INDEX "UnitTrackChange_unitId_idx" ON "UnitTrackChange"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "LeaderProgramme_networkId_key" ON "LeaderProgramme"("networkId");

-- CreateIndex
CREATE INDEX "LeaderProgramme_partnershipId_idx" ON "LeaderProgramme"("partnershipId");

-- AddForeignKey
ALTER TABLE "UnitTrackChange" ADD CONSTRAINT "UnitTrackChange_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitTrackChange" ADD CONSTRAINT "UnitTrackChange_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderProgramme" ADD CONSTRAINT "LeaderProgramme_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeaderProgramme" ADD CONSTRAINT "LeaderProgramme_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─── Rules the database keeps itself (docs/decisions/039-unit-tracks.md), by hand ───

-- The new tenant tables get the same wall as the others (ADR 008), in the once-per-query form
-- (migration 20261202031000).
ALTER TABLE "UnitTrackChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "UnitTrackChange" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "UnitTrackChange"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "LeaderProgramme" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "LeaderProgramme" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "LeaderProgramme"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));

-- A track change is a record of who moved a unit, when and why: never rewritten, so the history
-- stays what happened. (Removing the partnership still removes its rows.)
CREATE FUNCTION "unit_track_change_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a track change is not changed; write a new one' USING ERRCODE = 'check_violation', CONSTRAINT = 'UnitTrackChange_fixed';
END
$$;
CREATE TRIGGER "UnitTrackChange_fixed" BEFORE UPDATE ON "UnitTrackChange" FOR EACH ROW EXECUTE FUNCTION "unit_track_change_fixed"();

ALTER TABLE "UnitTrackChange" ADD CONSTRAINT "UnitTrackChange_reason_check" CHECK (length(btrim("reason")) BETWEEN 3 AND 2000);
ALTER TABLE "LeaderProgramme" ADD CONSTRAINT "LeaderProgramme_period_check" CHECK ("endsOn" >= "startsOn");
