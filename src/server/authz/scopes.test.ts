import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from './actor'
import {
  assessmentReadScope,
  forumManageScope,
  forumReadScope,
  fundingManageScope,
  fundingOverseeScope,
  fundingReadScope,
  fundingReportIds,
  fundingReportScope,
  developmentManageScope,
  measureReadScope,
  membershipManageScope,
  needsReadScope,
  orderAnswerScope,
  orderAssignScope,
  orderReadScope,
  organisationManageScope,
  ownerReportScope,
  partnershipManageScope,
  partnershipScope,
  planReadScope,
  planWriteScope,
  unitAssessScope,
  unitManageScope,
  unitScope,
  unitServeScope,
  universityServeScope,
  visitReadScope,
  networkCoordinateScope,
  gatheringJoinScope,
  unitWorkScope,
  networkShareScope,
} from './scopes'

const { prisma } = await createTestDb({ demo: true })

// Holds staff at a county governor office the data does not link to any counties, and a principal
// of no unit: every membership they have gives no clause, so every scope must match nothing.
const empty: Actor = {
  userId: crypto.randomUUID(),
  name: 'Tom Tilgang',
  locale: 'nb',
  memberships: [
    { userId: 'u0', id: 'm1', role: 'COUNTY_GOVERNOR_STAFF', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { userId: 'u0', id: 'm2', role: 'PRINCIPAL', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { userId: 'u0', id: 'm3', role: 'SCHOOL_OWNER', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { userId: 'u0', id: 'm4', role: 'UNIVERSITY_PARTNER', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { userId: 'u0', id: 'm5', role: 'FORUM_SECRETARIAT', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { userId: 'u0', id: 'm6', role: 'UH_FACILITATOR', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { userId: 'u0', id: 'm7', role: 'TEACHER', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
  ],
}

describe('scope helpers deny by default', () => {
  it('match nothing for an actor whose memberships point nowhere, also when combined inside AND', async () => {
    // Note: Prisma ignores `OR: []` inside AND; this is the test that keeps the helpers honest.
    const counts = {
      partnerships: await prisma.partnership.count({ where: { AND: [{}, partnershipScope(empty)] } }),
      fundingRead: await prisma.partnership.count({ where: { AND: [{}, fundingReadScope(empty)] } }),
      fundingManage: await prisma.partnership.count({ where: { AND: [{}, fundingManageScope(empty)] } }),
      fundingOversee: await prisma.partnership.count({ where: { AND: [{}, fundingOverseeScope(empty)] } }),
      fundingReport: await prisma.organisation.count({ where: { AND: [{}, fundingReportScope(empty)] } }),
      forumRead: await prisma.partnership.count({ where: { AND: [{}, forumReadScope(empty)] } }),
      forumManage: await prisma.partnership.count({ where: { AND: [{}, forumManageScope(empty)] } }),
      partnershipManage: await prisma.partnership.count({ where: { AND: [{}, partnershipManageScope(empty)] } }),
      units: await prisma.unit.count({ where: { AND: [{}, unitScope(empty)] } }),
      unitManage: await prisma.unit.count({ where: { AND: [{}, unitManageScope(empty)] } }),
      organisations: await prisma.organisation.count({ where: { AND: [{}, organisationManageScope(empty)] } }),
      memberships: await prisma.membership.count({ where: { AND: [{}, membershipManageScope(empty)] } }),
      nestedRelation: await prisma.grantYear.count({ where: { AND: [{}, { partnership: fundingManageScope(empty) }] } }),
      unitAssess: await prisma.unit.count({ where: { AND: [{}, unitAssessScope(empty)] } }),
      unitServe: await prisma.unit.count({ where: { AND: [{}, unitServeScope(empty)] } }),
      ownerReport: await prisma.organisation.count({ where: { AND: [{}, ownerReportScope(empty)] } }),
      universityServe: await prisma.organisation.count({ where: { AND: [{}, universityServeScope(empty)] } }),
      measureManage: await prisma.partnership.count({ where: { AND: [{}, developmentManageScope(empty)] } }),
      measureRead: await prisma.measure.count({ where: { AND: [{}, measureReadScope(empty)] } }),
      assessmentRead: await prisma.selfAssessment.count({ where: { AND: [{}, assessmentReadScope(empty)] } }),
      needsRead: await prisma.needsReport.count({ where: { AND: [{}, needsReadScope(empty)] } }),
      orderRead: await prisma.uhOrder.count({ where: { AND: [{}, orderReadScope(empty)] } }),
      orderAnswer: await prisma.uhOrder.count({ where: { AND: [{}, orderAnswerScope(empty)] } }),
      orderAssign: await prisma.uhOrder.count({ where: { AND: [{}, orderAssignScope(empty)] } }),
      planRead: await prisma.developmentPlan.count({ where: { AND: [{}, planReadScope(empty)] } }),
      planWrite: await prisma.developmentPlan.count({ where: { AND: [{}, planWriteScope(empty)] } }),
      visitRead: await prisma.uhVisit.count({ where: { AND: [{}, visitReadScope(empty)] } }),
      networkCoordinate: await prisma.network.count({ where: { AND: [{}, networkCoordinateScope(empty)] } }),
      gatheringJoin: await prisma.gathering.count({ where: { AND: [{}, gatheringJoinScope(empty)] } }),
      unitWork: await prisma.unit.count({ where: { AND: [{}, unitWorkScope(empty)] } }),
      networkShare: await prisma.network.count({ where: { AND: [{}, networkShareScope(empty)] } }),
    }
    expect(Object.values(counts).every((n) => n === 0), JSON.stringify(counts)).toBe(true)
    // The demo data must hold rows of each kind, or the zeros above prove nothing.
    const present = {
      measures: await prisma.measure.count(),
      assessments: await prisma.selfAssessment.count(),
      needsReports: await prisma.needsReport.count(),
      orders: await prisma.uhOrder.count(),
      plans: await prisma.developmentPlan.count(),
      visits: await prisma.uhVisit.count(),
      gatherings: await prisma.gathering.count(),
    }
    expect(Object.values(present).every((n) => n > 0), JSON.stringify(present)).toBe(true)
  })
})

describe('ids the memberships tell', () => {
  it('fundingReportIds names the organisations fundingReportScope matches, for every demo person (null only where it reaches any)', async () => {
    for (const person of Object.values(demoPeople)) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: person.email } })
      const actor = (await loadActor(prisma, user.id))!
      const ids = fundingReportIds(actor)
      const matched = (await prisma.organisation.findMany({ where: fundingReportScope(actor), select: { id: true }, orderBy: { id: 'asc' } })).map((o) => o.id)
      if (ids === null) expect(matched.length, person.email).toBe(await prisma.organisation.count())
      else expect([...ids].sort(), person.email).toEqual(matched)
    }
    expect(fundingReportIds(empty)).toEqual([])
  })
})
