-- Rules for mapping surveys (issue 16, ADR 026), written by hand.

ALTER TABLE "SurveyInstrument" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyInstrument" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyInstrument"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SurveyInstrumentVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyInstrumentVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyInstrumentVersion"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SurveyWave" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyWave" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyWave"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SurveyWaveInstrument" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyWaveInstrument" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyWaveInstrument"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SurveyWaveUnit" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyWaveUnit" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyWaveUnit"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SurveyCode" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyCode" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyCode"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));
ALTER TABLE "SurveyAnswer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyAnswer" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyAnswer"
  USING ("app_tenant_visible"("partnershipId")) WITH CHECK ("app_tenant_visible"("partnershipId"));

ALTER TABLE "SurveyWave" ADD CONSTRAINT "SurveyWave_window_check" CHECK ("closesOn" >= "opensOn");
ALTER TABLE "SurveyWave" ADD CONSTRAINT "SurveyWave_series_check" CHECK ("seriesIndex" >= 1 AND length(btrim("series")) > 0 AND length(btrim("name")) > 0);
ALTER TABLE "SurveyInstrumentVersion" ADD CONSTRAINT "SurveyInstrumentVersion_version_check" CHECK ("version" >= 1);
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_values_check" CHECK (jsonb_typeof("values") = 'object');
-- A spent code holds no draft: the half-finished answer goes in the transaction that spends it.
ALTER TABLE "SurveyCode" ADD CONSTRAINT "SurveyCode_spent_check" CHECK ("spentOn" IS NULL OR "draft" IS NULL);

-- A version's content never changes once a wave has used it (frozenAt), and it cannot be thawed.
-- (Deleting it while a wave uses it is refused by the wave's foreign key.)
CREATE FUNCTION "survey_version_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."frozenAt" IS NOT NULL AND (NEW."content" IS DISTINCT FROM OLD."content" OR NEW."frozenAt" IS DISTINCT FROM OLD."frozenAt"
      OR NEW."version" IS DISTINCT FROM OLD."version" OR NEW."instrumentId" IS DISTINCT FROM OLD."instrumentId") THEN
    RAISE EXCEPTION 'a frozen instrument version never changes' USING ERRCODE = 'check_violation', CONSTRAINT = 'SurveyInstrumentVersion_frozen';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "SurveyInstrumentVersion_frozen" BEFORE UPDATE ON "SurveyInstrumentVersion"
  FOR EACH ROW EXECUTE FUNCTION "survey_version_frozen"();
-- A wave's use of a version freezes it, and the version must be for the same group and tenant.
CREATE FUNCTION "survey_wave_instrument_freeze"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "SurveyInstrumentVersion" v JOIN "SurveyInstrument" i ON i."id" = v."instrumentId"
    WHERE v."id" = NEW."versionId" AND i."group" = NEW."group" AND v."partnershipId" = NEW."partnershipId"
  ) THEN
    RAISE EXCEPTION 'the instrument version is not for this group' USING ERRCODE = 'check_violation', CONSTRAINT = 'SurveyWaveInstrument_group';
  END IF;
  UPDATE "SurveyInstrumentVersion" SET "frozenAt" = now() WHERE "id" = NEW."versionId" AND "frozenAt" IS NULL;
  RETURN NEW;
END
$$;
CREATE TRIGGER "SurveyWaveInstrument_freeze" BEFORE INSERT OR UPDATE ON "SurveyWaveInstrument"
  FOR EACH ROW EXECUTE FUNCTION "survey_wave_instrument_freeze"();

-- Answers are written once and never changed; a spent code is never unspent.
CREATE FUNCTION "survey_answer_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a survey answer is never changed' USING ERRCODE = 'check_violation', CONSTRAINT = 'SurveyAnswer_immutable';
END
$$;
CREATE TRIGGER "SurveyAnswer_immutable" BEFORE UPDATE ON "SurveyAnswer"
  FOR EACH ROW EXECUTE FUNCTION "survey_answer_immutable"();
CREATE FUNCTION "survey_code_spent_once"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."spentOn" IS NOT NULL THEN
    RAISE EXCEPTION 'a spent code never changes' USING ERRCODE = 'check_violation', CONSTRAINT = 'SurveyCode_spent_once';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "SurveyCode_spent_once" BEFORE UPDATE ON "SurveyCode"
  FOR EACH ROW EXECUTE FUNCTION "survey_code_spent_once"();
