-- AlterTable
ALTER TABLE "SurveyAnswer" ADD COLUMN     "classId" UUID;

-- AlterTable
ALTER TABLE "SurveyCode" ADD COLUMN     "classId" UUID;

-- CreateIndex
CREATE INDEX "SurveyAnswer_classId_idx" ON "SurveyAnswer"("classId");

-- CreateIndex
CREATE INDEX "SurveyCode_classId_idx" ON "SurveyCode"("classId");

-- AddForeignKey
ALTER TABLE "SurveyCode" ADD CONSTRAINT "SurveyCode_classId_fkey" FOREIGN KEY ("classId") REFERENCES "UnitGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_classId_fkey" FOREIGN KEY ("classId") REFERENCES "UnitGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (issue 16): a code's or answer's class is a class of its own unit, and that unit
-- takes part in the row's wave in the row's partnership. (A class of another school would put its
-- answers in the wrong school's figures; a class of another tenant's unit would leak through them.)
CREATE FUNCTION "survey_class_of_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "UnitGroup" g JOIN "SurveyWaveUnit" wu ON wu."unitId" = g."unitId"
    WHERE g."id" = NEW."classId" AND g."unitId" = NEW."unitId" AND wu."waveId" = NEW."waveId" AND wu."partnershipId" = NEW."partnershipId"
  ) THEN
    RAISE EXCEPTION 'a survey class belongs to the unit of the code or answer' USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_class_of_unit';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "SurveyCode_class_of_unit" BEFORE INSERT OR UPDATE ON "SurveyCode"
  FOR EACH ROW WHEN (NEW."classId" IS NOT NULL) EXECUTE FUNCTION "survey_class_of_unit"();
CREATE TRIGGER "SurveyAnswer_class_of_unit" BEFORE INSERT ON "SurveyAnswer"
  FOR EACH ROW WHEN (NEW."classId" IS NOT NULL) EXECUTE FUNCTION "survey_class_of_unit"();

-- …and a class with codes or answers never moves to another unit (they would follow it there).
CREATE FUNCTION "unit_group_survey_unit_fixed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."unitId" IS DISTINCT FROM OLD."unitId" AND (
    EXISTS (SELECT 1 FROM "SurveyCode" WHERE "classId" = OLD."id") OR EXISTS (SELECT 1 FROM "SurveyAnswer" WHERE "classId" = OLD."id")
  ) THEN
    RAISE EXCEPTION 'a class with survey codes or answers stays at its unit' USING ERRCODE = 'check_violation', CONSTRAINT = 'UnitGroup_survey_unit_fixed';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "UnitGroup_survey_unit_fixed" BEFORE UPDATE OF "unitId" ON "UnitGroup"
  FOR EACH ROW EXECUTE FUNCTION "unit_group_survey_unit_fixed"();

-- Whether any survey code or answer names the class, in any partnership: removing a class asks this
-- first, since a unit can take part in waves of several partnerships and the foreign keys refuse the
-- delete whichever tenant's rows they are. Only yes or no leaves the function (it sees all tenants
-- for its own statement only).
CREATE FUNCTION "unit_group_in_surveys"(gid uuid) RETURNS boolean
LANGUAGE sql STABLE SET "app.all_tenants" = 'on' AS $$
  SELECT EXISTS (SELECT 1 FROM "SurveyCode" WHERE "classId" = gid) OR EXISTS (SELECT 1 FROM "SurveyAnswer" WHERE "classId" = gid)
$$;
GRANT EXECUTE ON FUNCTION "unit_group_in_surveys"(uuid) TO samkomp_app;
