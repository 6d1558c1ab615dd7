-- CreateEnum
CREATE TYPE "UnitGroupKind" AS ENUM ('SCHOOL_CLASS', 'KINDERGARTEN_GROUP');

-- CreateTable
CREATE TABLE "UnitGroup" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "unitId" UUID NOT NULL,
    "kind" "UnitGroupKind" NOT NULL,
    "grade" INTEGER,
    "name" TEXT NOT NULL,
    "schoolYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitGroupTeacher" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "groupId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitGroupTeacher_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitGroup_unitId_schoolYear_name_key" ON "UnitGroup"("unitId", "schoolYear", "name");

-- CreateIndex
CREATE INDEX "UnitGroupTeacher_membershipId_idx" ON "UnitGroupTeacher"("membershipId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitGroupTeacher_groupId_membershipId_key" ON "UnitGroupTeacher"("groupId", "membershipId");

-- AddForeignKey
ALTER TABLE "UnitGroup" ADD CONSTRAINT "UnitGroup_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitGroupTeacher" ADD CONSTRAINT "UnitGroupTeacher_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "UnitGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitGroupTeacher" ADD CONSTRAINT "UnitGroupTeacher_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (issue 15): what a class or group is, kept by the database too.
ALTER TABLE "UnitGroup" ADD CONSTRAINT "UnitGroup_grade_check" CHECK (
  ("kind" = 'SCHOOL_CLASS' AND "grade" BETWEEN 1 AND 13) OR ("kind" = 'KINDERGARTEN_GROUP' AND "grade" IS NULL)
);
ALTER TABLE "UnitGroup" ADD CONSTRAINT "UnitGroup_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 40);
ALTER TABLE "UnitGroup" ADD CONSTRAINT "UnitGroup_year_check" CHECK ("schoolYear" BETWEEN 2000 AND 2100);

-- A group's teacher is staff at the group's own unit.
CREATE FUNCTION "unit_group_teacher_same_unit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "UnitGroup" g JOIN "Membership" m ON m."unitId" = g."unitId"
    WHERE g."id" = NEW."groupId" AND m."id" = NEW."membershipId"
  ) THEN
    RAISE EXCEPTION 'a group''s teacher works at the group''s unit' USING ERRCODE = 'check_violation', CONSTRAINT = 'UnitGroupTeacher_same_unit';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "UnitGroupTeacher_same_unit" BEFORE INSERT OR UPDATE ON "UnitGroupTeacher"
  FOR EACH ROW EXECUTE FUNCTION "unit_group_teacher_same_unit"();
