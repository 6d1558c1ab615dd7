import type { PrismaClient } from '@/generated/prisma/client'

/**
 * Award letters and owners' reports at national scale (ADR 040), set-based in a few statements
 * from what the funding seed wrote: a letter for every award (accepted by a person at the
 * recipient, when it has one, in past years), and for every owner of a past year a submitted
 * report with a line per measure at its units and the money as the year ended. Reports are
 * written as drafts with their lines, then submitted: the order the database rules allow.
 */
export async function seedLettersAndReports(db: PrismaClient, currentYear: number): Promise<Record<string, number>> {
  const AwardLetter = await db.$executeRawUnsafe(`
    INSERT INTO "AwardLetter" ("partnershipId", "grantYearId", "awardId", "recipientId", "amountOre", "requiredCoFinancingOre", "purpose", "measures", "reportingDeadline", "contact", "emailedTo", "sentAt", "acceptedAt", "acceptedById", "acceptedByName")
    SELECT a."partnershipId", a."grantYearId", a."id", a."recipientId", a."amountOre",
      CASE WHEN po."ownerId" IS NULL THEN NULL ELSE (a."amountOre" * g."coFinancingBp" + 5000) / 10000 END,
      'Tilskudd til kollektiv, skolebasert kompetanseutvikling etter den desentraliserte ordningen.',
      ARRAY[]::text[], make_date(g."year" + 1, 3, 1), 'Statsforvalteren, postmottak', ARRAY[]::text[],
      a."createdAt" + interval '7 days',
      CASE WHEN g."year" < ${currentYear} AND person."id" IS NOT NULL THEN a."createdAt" + interval '14 days' END,
      CASE WHEN g."year" < ${currentYear} THEN person."id" END,
      CASE WHEN g."year" < ${currentYear} THEN person."name" END
    FROM "Award" a
    JOIN "GrantYear" g ON g."id" = a."grantYearId"
    LEFT JOIN "PartnershipOwner" po ON po."partnershipId" = a."partnershipId" AND po."ownerId" = a."recipientId"
    LEFT JOIN LATERAL (SELECT u."id", u."name" FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."organisationId" = a."recipientId" ORDER BY m."id" LIMIT 1) person ON true
    ON CONFLICT ("awardId") DO NOTHING`)
  const OwnerReport = await db.$executeRawUnsafe(`
    INSERT INTO "OwnerReport" ("partnershipId", "grantYearId", "ownerId", "participation", "progress", "unusedComment")
    SELECT g."partnershipId", g."id", po."ownerId", 'Alle skolene deltok med team i profesjonsfellesskapet.', 'Flere team planlegger og vurderer undervisningen sammen.', ''
    FROM "GrantYear" g JOIN "PartnershipOwner" po ON po."partnershipId" = g."partnershipId"
    WHERE g."year" < ${currentYear}
    ON CONFLICT ("grantYearId", "ownerId") DO NOTHING`)
  const OwnerReportMeasure = await db.$executeRawUnsafe(`
    INSERT INTO "OwnerReportMeasure" ("partnershipId", "reportId", "measureId", "done")
    SELECT DISTINCT r."partnershipId", r."id", me."id", 'Samlinger, arbeid mellom samlingene og veiledning fra UH.'
    FROM "OwnerReport" r
    JOIN "Measure" me ON me."grantYearId" = r."grantYearId"
    JOIN "MeasureUnit" mu ON mu."measureId" = me."id"
    JOIN "Unit" un ON un."id" = mu."unitId" AND un."ownerId" = r."ownerId"
    WHERE r."status" = 'DRAFT'
    ON CONFLICT ("reportId", "measureId") DO NOTHING`)
  const sum = (table: string, column: string) => `coalesce((SELECT sum("amountOre") FROM "${table}" WHERE "grantYearId" = r."grantYearId" AND "${column}" = r."ownerId"), 0)`
  await db.$executeRawUnsafe(`
    UPDATE "OwnerReport" r SET "status" = 'SUBMITTED', "submittedAt" = make_timestamp(g."year" + 1, 2, 15, 12, 0, 0),
      "spentOre" = ${sum('Spending', 'recipientId')}, "coFinancedOre" = ${sum('CoFinancing', 'ownerId')}, "unusedOre" = ${sum('Award', 'recipientId')} - ${sum('Spending', 'recipientId')}
    FROM "GrantYear" g
    WHERE g."id" = r."grantYearId" AND r."status" = 'DRAFT'`)
  return { AwardLetter, OwnerReport, OwnerReportMeasure }
}
