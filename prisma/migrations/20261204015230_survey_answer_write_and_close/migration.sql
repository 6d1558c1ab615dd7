-- CreateTable
CREATE TABLE "SurveyWaveResult" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "partnershipId" UUID NOT NULL,
    "waveId" UUID NOT NULL,
    "group" "InformantGroup" NOT NULL,
    "versionId" UUID NOT NULL,
    "suppression" JSONB NOT NULL,
    "answerCount" INTEGER NOT NULL,
    "table" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyWaveResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SurveyWaveResult_partnershipId_idx" ON "SurveyWaveResult"("partnershipId");

-- CreateIndex
CREATE UNIQUE INDEX "SurveyWaveResult_waveId_group_key" ON "SurveyWaveResult"("waveId", "group");

-- AddForeignKey
ALTER TABLE "SurveyWaveResult" ADD CONSTRAINT "SurveyWaveResult_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyWaveResult" ADD CONSTRAINT "SurveyWaveResult_waveId_fkey" FOREIGN KEY ("waveId") REFERENCES "SurveyWave"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (issue 16, ADR 044).

-- The stored results are the wave's partnership's data: walled like their neighbours (ADR 008).
ALTER TABLE "SurveyWaveResult" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SurveyWaveResult" FORCE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "SurveyWaveResult"
  USING ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]))
  WITH CHECK ((SELECT "app_all_tenants"()) OR "partnershipId" = ANY ((SELECT "app_tenant_ids"())::uuid[]));
ALTER TABLE "SurveyWaveResult" ADD CONSTRAINT "SurveyWaveResult_table_check" CHECK (jsonb_typeof("table") = 'array' AND "answerCount" >= 0);

-- The answering path in one statement per read and one per write (the survey bench: 35 statements
-- in 5 transactions an answer before). A pupil has no login to say which partnership they are in,
-- so both functions see every tenant for their own duration only (a SET clause is restored when
-- the function returns, as for samkomp_session), and both touch exactly the one code whose
-- SHA-256 the caller holds: whoever holds the code is exactly who may answer with it.

-- The code, its wave's window, the version of its group's instrument, and that version's content
-- unless the caller already has it (`known`: the versions kept in the process; a frozen version's
-- content never changes).
CREATE FUNCTION "samkomp_survey_code"(code_hash text, known uuid[]) RETURNS jsonb
LANGUAGE sql STABLE
SET app.all_tenants = 'on'
AS $$
  SELECT jsonb_build_object(
    'codeId', c.id, 'partnershipId', c."partnershipId", 'waveId', c."waveId", 'unitId', c."unitId", 'classId', c."classId",
    'group', c."group", 'draft', c.draft, 'spentOn', c."spentOn",
    'opensOn', w."opensOn", 'closesOn', w."closesOn", 'closedAt', w."closedAt",
    'versionId', i."versionId",
    'content', CASE WHEN i."versionId" = ANY (known) THEN NULL ELSE v.content END
  )
  FROM "SurveyCode" c
  JOIN "SurveyWave" w ON w.id = c."waveId"
  LEFT JOIN "SurveyWaveInstrument" i ON i."waveId" = c."waveId" AND i."group" = c."group"
  LEFT JOIN "SurveyInstrumentVersion" v ON v.id = i."versionId"
  WHERE c."codeHash" = code_hash
$$;

-- Saves a page into the code's draft (the page's items replace what was there), or submits: the
-- code is spent, its draft removed and the answer stored with the day only and the code's class,
-- in this one statement, so a crash leaves either an unspent code with its draft or a spent code
-- and its answer. The values were checked against the instrument by the caller (zod); the state
-- is checked here again, under the row locks:
-- - the code FOR UPDATE: two submits of one code wait for each other, and the second sees it spent;
-- - the wave FOR SHARE: closing the wave (an UPDATE of the row) waits for every answer in flight,
--   and an answer after it sees the wave closed, so the results computed at closing hold every
--   answer there will ever be.
-- No audit row: its time and id would be the link between code and answer that the tables avoid
-- (ADR 026). Returns 'ok', or why not: 'unknown-code', 'spent', 'closed', 'not-yet-open'.
CREATE FUNCTION "samkomp_survey_write"(code_hash text, page_keys text[], page_values jsonb, submit boolean, today date) RETURNS text
LANGUAGE plpgsql VOLATILE
SET app.all_tenants = 'on'
AS $$
DECLARE
  c record;
  version uuid;
  merged jsonb;
BEGIN
  SELECT sc.id, sc."partnershipId", sc."waveId", sc."unitId", sc."classId", sc."group", sc.draft, sc."spentOn", w."opensOn", w."closesOn", w."closedAt"
    INTO c
    FROM "SurveyCode" sc JOIN "SurveyWave" w ON w.id = sc."waveId"
    WHERE sc."codeHash" = code_hash
    FOR UPDATE OF sc FOR SHARE OF w;
  IF NOT FOUND THEN RETURN 'unknown-code'; END IF;
  IF c."spentOn" IS NOT NULL THEN RETURN 'spent'; END IF;
  IF c."closedAt" IS NOT NULL OR today > c."closesOn" THEN RETURN 'closed'; END IF;
  IF today < c."opensOn" THEN RETURN 'not-yet-open'; END IF;
  merged := (coalesce(c.draft, '{}'::jsonb) - page_keys) || page_values;
  IF NOT submit THEN
    UPDATE "SurveyCode" SET draft = merged WHERE id = c.id;
    RETURN 'ok';
  END IF;
  SELECT i."versionId" INTO version FROM "SurveyWaveInstrument" i WHERE i."waveId" = c."waveId" AND i."group" = c."group";
  IF version IS NULL THEN RAISE EXCEPTION 'survey wave % has no instrument for %', c."waveId", c."group"; END IF;
  UPDATE "SurveyCode" SET "spentOn" = today, draft = NULL WHERE id = c.id;
  INSERT INTO "SurveyAnswer" ("partnershipId", "waveId", "unitId", "classId", "group", "versionId", "answeredOn", "values")
    VALUES (c."partnershipId", c."waveId", c."unitId", c."classId", c."group", version, today, merged);
  RETURN 'ok';
END
$$;

GRANT EXECUTE ON FUNCTION "samkomp_survey_code"(text, uuid[]) TO samkomp_app;
GRANT EXECUTE ON FUNCTION "samkomp_survey_write"(text, text[], jsonb, boolean, date) TO samkomp_app;
