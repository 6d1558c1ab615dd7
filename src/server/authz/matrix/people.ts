import { demoPeople } from '~prisma/seed/demo'
import type { Db } from '@/server/db/client'
import { loadActor, type Actor } from '../actor'
import type { TReach, TTenant } from './types'

export const TENANTS: TTenant[] = ['salten', 'sunnmore']

/** What each person may reach (see TReach), written out by hand from the issues' rules (not computed by the code under test). */
const both: TTenant[] = ['salten', 'sunnmore']
const none: Record<Exclude<TReach, 'reads'>, TTenant[]> = {
  manages: [], readsFunding: [], managesFunding: [], coFinances: [], reportsSpending: [], readsForum: [], runsForum: [],
  assessesUnit: [], readsAssessments: [], readsNeeds: [], reportsNeeds: [], readsOrders: [], servesUnits: [], assignsFacilitators: [], readsVisits: [], writesPlans: [], managesDevelopment: [],
  runsGatherings: [], joinsGatherings: [], doesUnitWork: [], sharesMaterial: [], managesStaff: [], choosesOnboarding: [], importsUnits: [], addsOrganisations: [], runsPlatform: [], readsSurveyResults: [], issuesSurveyCodes: [], closesSurveyWaves: [],
  authorsResources: [], approvesResources: [], usesResources: [], readsResourceProgress: [],
  setsTracks: [], readsSpread: [],
  importsIndicators: [], readsIndicatorLag: [],
  // Open data: everyone with a role reads it for either area (noMembership overrides it below).
  readsOpenData: ['salten', 'sunnmore'],
}
export type TPerson = { key: string } & Record<TReach, TTenant[]>

export const people: TPerson[] = [
  { key: 'countyGovernorNordland', ...none, setsTracks: ['salten'], readsSpread: ['salten'], readsSurveyResults: ['salten'], reads: ['salten'], manages: ['salten'], readsFunding: ['salten'], managesFunding: ['salten'], readsForum: ['salten'], readsNeeds: ['salten'], readsOrders: ['salten'], importsUnits: ['salten'], addsOrganisations: ['salten'], readsResourceProgress: ['salten'], importsIndicators: both, readsIndicatorLag: ['salten'] },
  {
    key: 'secretariatSalten', ...none, readsSurveyResults: ['salten'], issuesSurveyCodes: ['salten'], closesSurveyWaves: ['salten'], reads: ['salten'], readsFunding: ['salten'], readsForum: ['salten'], runsForum: ['salten'], setsTracks: ['salten'], readsSpread: ['salten'],
    readsNeeds: ['salten'], readsOrders: ['salten'], writesPlans: ['salten'], managesDevelopment: ['salten'], runsGatherings: ['salten'], sharesMaterial: ['salten'],
    authorsResources: ['salten'], readsResourceProgress: ['salten'] },
  { key: 'forumMemberSalten', ...none, readsSpread: ['salten'], reads: ['salten'], readsForum: ['salten'], readsNeeds: ['salten'], readsOrders: ['salten'] },
  {
    key: 'universityPartner', ...none, reads: ['salten'], readsFunding: ['salten'], reportsSpending: ['salten'], readsOrders: ['salten'], servesUnits: ['salten'], assignsFacilitators: ['salten'], readsVisits: ['salten'],
    // Coordinator of the probes' networks in both tenants, but takes part in Salten only.
    runsGatherings: ['salten'], joinsGatherings: ['salten'], sharesMaterial: ['salten'],
    authorsResources: ['salten'], readsResourceProgress: ['salten'] },
  {
    // Creates and follows its units' plans and sets their tracks (issue 20).
    key: 'schoolOwnerBodo', ...none, writesPlans: ['salten'], setsTracks: ['salten'], readsSpread: ['salten'], readsSurveyResults: ['salten'], reads: ['salten'], readsFunding: ['salten'], coFinances: ['salten'], reportsSpending: ['salten'],
    readsAssessments: ['salten'], readsNeeds: ['salten'], reportsNeeds: ['salten'], readsOrders: ['salten'], readsVisits: ['salten'],
    managesStaff: ['salten'], choosesOnboarding: ['salten'],
    readsResourceProgress: ['salten'] },
  {
    key: 'principal', ...none, readsSurveyResults: ['salten'], issuesSurveyCodes: ['salten'], reads: ['salten'], assessesUnit: ['salten'], readsAssessments: ['salten'], readsVisits: ['salten'], writesPlans: ['salten'],
    joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'], managesStaff: ['salten'],
    authorsResources: ['salten'], approvesResources: ['salten'], usesResources: ['salten'], readsResourceProgress: ['salten'] },
  {
    key: 'kindergartenHead', ...none, readsSurveyResults: ['salten'], issuesSurveyCodes: ['salten'], reads: ['salten'], assessesUnit: ['salten'], readsAssessments: ['salten'], readsVisits: ['salten'], writesPlans: ['salten'],
    joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'], managesStaff: ['salten'],
    authorsResources: ['salten'], approvesResources: ['salten'], usesResources: ['salten'] },
  // The unit's own staff (issue 15): their unit's partnership, its plans and visit notes, and the
  // gatherings and unit work of the networks their unit sits in; no analysis, no plan writing.
  { key: 'teacherSalten', ...none, readsSurveyResults: ['salten'], reads: ['salten'], readsVisits: ['salten'], joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'], authorsResources: ['salten'], usesResources: ['salten'], readsResourceProgress: ['salten'] },
  { key: 'kindergartenStaffSalten', ...none, reads: ['salten'], readsVisits: ['salten'], joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'], authorsResources: ['salten'], usesResources: ['salten'] },
  { key: 'resourceTeacherSunnmore', ...none, reads: ['sunnmore'], readsVisits: ['sunnmore'], joinsGatherings: ['sunnmore'], doesUnitWork: ['sunnmore'], sharesMaterial: ['sunnmore'], authorsResources: ['sunnmore'], usesResources: ['sunnmore'], readsResourceProgress: ['sunnmore'] },
  // Høgskulen i Volda's facilitator: the partnership of the order assigned to them, and the orders
  // and units the probes assign them there. A probe's assignment to another university's order
  // (Salten's go to Nord) gives nothing. Coordinates no probe network, so runs no gathering.
  { key: 'facilitatorSunnmore', ...none, reads: ['sunnmore'], readsOrders: ['sunnmore'], servesUnits: ['sunnmore'], readsVisits: ['sunnmore'], authorsResources: ['sunnmore'] },
  {
    key: 'secretariatSunnmore', ...none, readsSurveyResults: ['sunnmore'], issuesSurveyCodes: ['sunnmore'], closesSurveyWaves: ['sunnmore'], reads: ['sunnmore'], readsFunding: ['sunnmore'], readsForum: ['sunnmore'], runsForum: ['sunnmore'], setsTracks: ['sunnmore'], readsSpread: ['sunnmore'],
    readsNeeds: ['sunnmore'], readsOrders: ['sunnmore'], writesPlans: ['sunnmore'], managesDevelopment: ['sunnmore'], runsGatherings: ['sunnmore'], sharesMaterial: ['sunnmore'],
    authorsResources: ['sunnmore'], readsResourceProgress: ['sunnmore'] },
  {
    key: 'platformAdmin', reads: both, manages: both, readsFunding: both, managesFunding: both, coFinances: both, reportsSpending: both, readsForum: both, runsForum: both,
    assessesUnit: both, readsAssessments: both, readsNeeds: both, reportsNeeds: both, readsOrders: both, servesUnits: both, assignsFacilitators: both, readsVisits: both, writesPlans: both, managesDevelopment: both,
    runsGatherings: both, joinsGatherings: both, doesUnitWork: both, sharesMaterial: both, managesStaff: both, importsUnits: both, addsOrganisations: both, runsPlatform: both, readsSurveyResults: both, issuesSurveyCodes: both, closesSurveyWaves: both,
    setsTracks: both, readsSpread: both,
    readsOpenData: both, importsIndicators: both, readsIndicatorLag: both,
    // The owner's Feide setting is the owner's own choice, not the platform's (ADR 030).
    authorsResources: both, approvesResources: both, usesResources: both, readsResourceProgress: both, choosesOnboarding: [],
  },
  // Nordland staff who also sit in Nordre Sunnmøre's forum: they read both, administer only Nordland,
  // see only Nordland's money (a forum member sees no funding), read both forums and run neither,
  // and read both partnerships' submitted needs reports and sent orders.
  // Sets tracks only where it is county governor staff; reads the spread in both (a forum member reads it).
  { key: 'twoHats', ...none, setsTracks: ['salten'], readsSpread: both, readsSurveyResults: ['salten'], reads: both, manages: ['salten'], readsFunding: ['salten'], managesFunding: ['salten'], readsForum: both, readsNeeds: both, readsOrders: both, importsUnits: ['salten'], addsOrganisations: ['salten'], readsResourceProgress: ['salten'], importsIndicators: both, readsIndicatorLag: ['salten'] },
  { key: 'noMembership', ...none, reads: [], readsOpenData: [] },
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

/** The demo platform admin as an actor: it reaches every county and unit, so the import probes take a preview's digest with it (the digest names the rows, not who asked). */
export async function platformAdminActor(prisma: Db): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.platformAdmin.email } })
  return { userId: user.id, name: user.name, locale: 'nb', memberships: [{ id: 'probe', userId: user.id, role: 'PLATFORM_ADMIN', organisationId: null, organisationKind: null, organisationName: null, governorOfficeId: null, unitId: null, unitName: null, partnershipId: null }] }
}
