import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { seedDemo } from '~prisma/seed/demo'
import type { Actor } from './actor'
import {
  forumManageScope,
  forumReadScope,
  fundingManageScope,
  fundingOverseeScope,
  fundingReadScope,
  fundingReportScope,
  membershipManageScope,
  organisationManageScope,
  partnershipManageScope,
  partnershipScope,
  unitManageScope,
  unitScope,
} from './scopes'

const { prisma } = await createTestDb()
beforeAll(() => seedDemo(prisma))

// Holds staff at a county governor office the data does not link to any counties, and a principal
// of no unit: every membership they have gives no clause, so every scope must match nothing.
const empty: Actor = {
  userId: crypto.randomUUID(),
  name: 'Tom Tilgang',
  locale: 'nb',
  memberships: [
    { id: 'm1', role: 'COUNTY_GOVERNOR_STAFF', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
    { id: 'm2', role: 'PRINCIPAL', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null },
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
    }
    expect(counts).toEqual({ partnerships: 0, fundingRead: 0, fundingManage: 0, fundingOversee: 0, fundingReport: 0, forumRead: 0, forumManage: 0, partnershipManage: 0, units: 0, unitManage: 0, organisations: 0, memberships: 0, nestedRelation: 0 })
  })
})
