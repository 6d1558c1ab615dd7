import { demoPeople } from '~prisma/seed/demo'
import type { Db } from '@/server/db/client'
import { loadActor, type Actor } from '../actor'
import type { TReach, TTenant } from './types'

export const TENANTS: TTenant[] = ['salten', 'sunnmore']

/** What each person may reach (see TReach), written out by hand from the issues' rules (not computed by the code under test). */
const both: TTenant[] = ['salten', 'sunnmore']
const none: Record<Exclude<TReach, 'reads'>, TTenant[]> = {
  manages: [], readsFunding: [], managesFunding: [], coFinances: [], reportsSpending: [], readsForum: [], runsForum: [],
  assessesUnit: [], readsAssessments: [], readsNeeds: [], reportsNeeds: [], readsOrders: [], servesUnits: [], readsVisits: [], writesPlans: [], managesDevelopment: [],
  runsGatherings: [], joinsGatherings: [], doesUnitWork: [], sharesMaterial: [], runsPlatform: [], readsSurveyResults: [], issuesSurveyCodes: [],
}
export type TPerson = { key: string } & Record<TReach, TTenant[]>

export const people: TPerson[] = [
  { key: 'countyGovernorNordland', ...none, readsSurveyResults: ['salten'], reads: ['salten'], manages: ['salten'], readsFunding: ['salten'], managesFunding: ['salten'], readsForum: ['salten'], readsNeeds: ['salten'], readsOrders: ['salten'] },
  {
    key: 'secretariatSalten', ...none, readsSurveyResults: ['salten'], issuesSurveyCodes: ['salten'], reads: ['salten'], readsFunding: ['salten'], readsForum: ['salten'], runsForum: ['salten'],
    readsNeeds: ['salten'], readsOrders: ['salten'], writesPlans: ['salten'], managesDevelopment: ['salten'], runsGatherings: ['salten'], sharesMaterial: ['salten'],
  },
  { key: 'forumMemberSalten', ...none, reads: ['salten'], readsForum: ['salten'], readsNeeds: ['salten'], readsOrders: ['salten'] },
  {
    key: 'universityPartner', ...none, reads: ['salten'], readsFunding: ['salten'], reportsSpending: ['salten'], readsOrders: ['salten'], servesUnits: ['salten'], readsVisits: ['salten'],
    // Coordinator of the probes' networks in both tenants, but takes part in Salten only.
    runsGatherings: ['salten'], joinsGatherings: ['salten'], sharesMaterial: ['salten'],
  },
  {
    key: 'schoolOwnerBodo', ...none, readsSurveyResults: ['salten'], reads: ['salten'], readsFunding: ['salten'], coFinances: ['salten'], reportsSpending: ['salten'],
    readsAssessments: ['salten'], readsNeeds: ['salten'], reportsNeeds: ['salten'], readsOrders: ['salten'], readsVisits: ['salten'],
  },
  {
    key: 'principal', ...none, readsSurveyResults: ['salten'], issuesSurveyCodes: ['salten'], reads: ['salten'], assessesUnit: ['salten'], readsAssessments: ['salten'], readsVisits: ['salten'], writesPlans: ['salten'],
    joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'],
  },
  {
    key: 'kindergartenHead', ...none, readsSurveyResults: ['salten'], issuesSurveyCodes: ['salten'], reads: ['salten'], assessesUnit: ['salten'], readsAssessments: ['salten'], readsVisits: ['salten'], writesPlans: ['salten'],
    joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'],
  },
  {
    key: 'secretariatSunnmore', ...none, readsSurveyResults: ['sunnmore'], issuesSurveyCodes: ['sunnmore'], reads: ['sunnmore'], readsFunding: ['sunnmore'], readsForum: ['sunnmore'], runsForum: ['sunnmore'],
    readsNeeds: ['sunnmore'], readsOrders: ['sunnmore'], writesPlans: ['sunnmore'], managesDevelopment: ['sunnmore'], runsGatherings: ['sunnmore'], sharesMaterial: ['sunnmore'],
  },
  {
    key: 'platformAdmin', reads: both, manages: both, readsFunding: both, managesFunding: both, coFinances: both, reportsSpending: both, readsForum: both, runsForum: both,
    assessesUnit: both, readsAssessments: both, readsNeeds: both, reportsNeeds: both, readsOrders: both, servesUnits: both, readsVisits: both, writesPlans: both, managesDevelopment: both,
    runsGatherings: both, joinsGatherings: both, doesUnitWork: both, sharesMaterial: both, runsPlatform: both, readsSurveyResults: both, issuesSurveyCodes: both,
  },
  // Nordland staff who also sit in Nordre Sunnmøre's forum: they read both, administer only Nordland,
  // see only Nordland's money (a forum member sees no funding), read both forums and run neither,
  // and read both partnerships' submitted needs reports and sent orders.
  { key: 'twoHats', ...none, readsSurveyResults: ['salten'], reads: both, manages: ['salten'], readsFunding: ['salten'], managesFunding: ['salten'], readsForum: both, readsNeeds: both, readsOrders: both },
  { key: 'noMembership', ...none, reads: [] },
]

/** The two demo tenants' ids, and an actor for every person above (two of them made here). */
export async function loadMatrixPeople(prisma: Db) {
  const ids = {} as Record<TTenant, string>
  for (const t of TENANTS) ids[t] = (await prisma.partnership.findUniqueOrThrow({ where: { slug: t === 'salten' ? 'salten-kan' : 'nordre-sunnmore' } })).id
  const actors = new Map<string, Actor>()
  for (const { key } of people) {
    let userId: string
    if (key === 'twoHats' || key === 'noMembership') {
      const user = await prisma.user.create({ data: { name: key, email: `${key}.${crypto.randomUUID()}@kommune.no` } })
      userId = user.id
      if (key === 'twoHats') {
        const office = await prisma.organisation.findFirstOrThrow({ where: { kind: 'COUNTY_GOVERNOR', governorOffice: { counties: { some: { number: '18' } } } } })
        await prisma.membership.createMany({
          data: [
            { userId, role: 'COUNTY_GOVERNOR_STAFF', organisationId: office.id },
            { userId, role: 'FORUM_MEMBER', partnershipId: ids.sunnmore },
          ],
        })
      }
    } else {
      userId = (await prisma.user.findUniqueOrThrow({ where: { email: demoPeople[key as keyof typeof demoPeople].email } })).id
    }
    actors.set(key, (await loadActor(prisma, userId))!)
  }
  return { ids, actors }
}
