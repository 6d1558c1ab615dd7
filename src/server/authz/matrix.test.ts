import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { getDashboard } from '@/features/dashboard/get-dashboard'
import { changeMembershipRole } from '@/features/memberships/change-membership-role'
import { endMembership } from '@/features/memberships/end-membership'
import { inviteMembership } from '@/features/memberships/invite-membership'
import { getMembershipAdmin } from '@/features/memberships/list-memberships'
import { getEmailQueue } from '@/features/outbox/queries'
import { retryEmail } from '@/features/outbox/retry-email'
import { adjustAllocations } from '@/features/funding/adjust-allocations'
import { createAward } from '@/features/funding/create-award'
import { openGrantYear } from '@/features/funding/open-grant-year'
import { closeGrantYear } from '@/features/funding/close-grant-year'
import { getFundingOverview, getFundingReport, getGrantYear } from '@/features/funding/queries'
import { recordCoFinancing } from '@/features/funding/record-co-financing'
import { recordSpending } from '@/features/funding/record-spending'
import { removeFundingEntry } from '@/features/funding/remove-funding-entry'
import { runAllocationKey } from '@/features/funding/run-allocation-key'
import { addAgendaItem } from '@/features/forum/add-agenda-item'
import { addForumMember } from '@/features/forum/add-forum-member'
import { endForumMember } from '@/features/forum/end-forum-member'
import { planMeeting } from '@/features/forum/plan-meeting'
import { addPaper } from '@/features/forum/add-paper'
import { approveMinutes } from '@/features/forum/approve-minutes'
import { draftMinutes } from '@/features/forum/draft-minutes'
import { getApprovedMinutes, getForum, getForums, getMeeting, getPaper } from '@/features/forum/queries'
import { recordDecision } from '@/features/forum/record-decision'
import { getRecommendation } from '@/features/forum/recommendation'
import { registerAttendance } from '@/features/forum/register-attendance'
import { can, loadActor, type Actor } from './actor'
import { assessmentProbes } from './matrix/assessment.probes'
import { measuresProbes } from './matrix/measures.probes'
import { needsProbes } from './matrix/needs.probes'
import { networksProbes } from './matrix/networks.probes'
import type { TMatrixContext, TProbes, TReach, TTenant } from './matrix/types'
import { surface } from './surface'

/**
 * The role × action × tenant matrix: for every protected page, server action and route handler,
 * every kind of person, and both demo tenants (Salten in Nordland, Nordre Sunnmøre in Møre og
 * Romsdal), the case asserts that the person reaches the tenant's data exactly when their
 * permission and scope say so: a foreign tenant's data is never returned and never changed.
 *
 * A page or action added to the surface without a probe here makes the meta-test fail.
 */

const { prisma } = await createTestDb()
const TENANTS: TTenant[] = ['salten', 'sunnmore']
const ids: Record<TTenant, string> = { salten: '', sunnmore: '' }

/** What each person may reach (see TReach), written out by hand from the issues' rules (not computed by the code under test). */
const both: TTenant[] = ['salten', 'sunnmore']
const none: Record<Exclude<TReach, 'reads'>, TTenant[]> = {
  manages: [], readsFunding: [], managesFunding: [], coFinances: [], reportsSpending: [], readsForum: [], runsForum: [],
  assessesUnit: [], readsAssessments: [], readsNeeds: [], reportsNeeds: [], readsOrders: [], servesUnits: [], readsVisits: [], writesPlans: [], managesDevelopment: [],
  runsGatherings: [], joinsGatherings: [], doesUnitWork: [], sharesMaterial: [], runsPlatform: [],
}
const people: ({ key: string } & Record<TReach, TTenant[]>)[] = [
  { key: 'countyGovernorNordland', ...none, reads: ['salten'], manages: ['salten'], readsFunding: ['salten'], managesFunding: ['salten'], readsForum: ['salten'], readsNeeds: ['salten'], readsOrders: ['salten'] },
  {
    key: 'secretariatSalten', ...none, reads: ['salten'], readsFunding: ['salten'], readsForum: ['salten'], runsForum: ['salten'],
    readsNeeds: ['salten'], readsOrders: ['salten'], writesPlans: ['salten'], managesDevelopment: ['salten'], runsGatherings: ['salten'], sharesMaterial: ['salten'],
  },
  { key: 'forumMemberSalten', ...none, reads: ['salten'], readsForum: ['salten'], readsNeeds: ['salten'], readsOrders: ['salten'] },
  {
    key: 'universityPartner', ...none, reads: ['salten'], readsFunding: ['salten'], reportsSpending: ['salten'], readsOrders: ['salten'], servesUnits: ['salten'], readsVisits: ['salten'],
    // Coordinator of the probes' networks in both tenants, but takes part in Salten only.
    runsGatherings: ['salten'], joinsGatherings: ['salten'], sharesMaterial: ['salten'],
  },
  {
    key: 'schoolOwnerBodo', ...none, reads: ['salten'], readsFunding: ['salten'], coFinances: ['salten'], reportsSpending: ['salten'],
    readsAssessments: ['salten'], readsNeeds: ['salten'], reportsNeeds: ['salten'], readsOrders: ['salten'], readsVisits: ['salten'],
  },
  {
    key: 'principal', ...none, reads: ['salten'], assessesUnit: ['salten'], readsAssessments: ['salten'], readsVisits: ['salten'], writesPlans: ['salten'],
    joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'],
  },
  {
    key: 'kindergartenHead', ...none, reads: ['salten'], assessesUnit: ['salten'], readsAssessments: ['salten'], readsVisits: ['salten'], writesPlans: ['salten'],
    joinsGatherings: ['salten'], doesUnitWork: ['salten'], sharesMaterial: ['salten'],
  },
  {
    key: 'secretariatSunnmore', ...none, reads: ['sunnmore'], readsFunding: ['sunnmore'], readsForum: ['sunnmore'], runsForum: ['sunnmore'],
    readsNeeds: ['sunnmore'], readsOrders: ['sunnmore'], writesPlans: ['sunnmore'], managesDevelopment: ['sunnmore'], runsGatherings: ['sunnmore'], sharesMaterial: ['sunnmore'],
  },
  {
    key: 'platformAdmin', reads: both, manages: both, readsFunding: both, managesFunding: both, coFinances: both, reportsSpending: both, readsForum: both, runsForum: both,
    assessesUnit: both, readsAssessments: both, readsNeeds: both, reportsNeeds: both, readsOrders: both, servesUnits: both, readsVisits: both, writesPlans: both, managesDevelopment: both,
    runsGatherings: both, joinsGatherings: both, doesUnitWork: both, sharesMaterial: both, runsPlatform: both,
  },
  // Nordland staff who also sit in Nordre Sunnmøre's forum: they read both, administer only Nordland,
  // see only Nordland's money (a forum member sees no funding), read both forums and run neither,
  // and read both partnerships' submitted needs reports and sent orders.
  { key: 'twoHats', ...none, reads: both, manages: ['salten'], readsFunding: ['salten'], managesFunding: ['salten'], readsForum: both, readsNeeds: both, readsOrders: both },
  { key: 'noMembership', ...none, reads: [] },
]
const actors = new Map<string, Actor>()

/** A forum member in the tenant, written directly (not through the code under test), for actions to aim at. */
async function targetMembership(tenant: TTenant) {
  const user = await prisma.user.create({ data: { name: 'Mål Medlem', email: `mal.${crypto.randomUUID()}@kommune.no` } })
  return prisma.membership.create({ data: { userId: user.id, role: 'FORUM_MEMBER', partnershipId: ids[tenant] } })
}

let directYear = 3000
/** A grant year in the tenant, written directly (not through the code under test); with an allocation table if asked. */
async function targetYear(tenant: TTenant, withTable = false) {
  const year = await prisma.grantYear.create({ data: { partnershipId: ids[tenant], year: directYear++, stateAmountOre: 1_000_000_000n, keyBasePerOwnerOre: 0n } })
  if (withTable) {
    const owners = await prisma.partnershipOwner.findMany({ where: { partnershipId: ids[tenant] }, select: { ownerId: true }, orderBy: { ownerId: 'asc' } })
    const share = (10_000_000n / BigInt(owners.length)) * 100n // whole kroner, the rest on the first
    await prisma.allocation.createMany({
      data: owners.map((o, i) => {
        const ore = i === 0 ? 1_000_000_000n - share * BigInt(owners.length - 1) : share
        return { partnershipId: ids[tenant], grantYearId: year.id, ownerId: o.ownerId, computedOre: ore, adjustedOre: ore }
      }),
    })
  }
  return year
}
let openYear = 2075

/**
 * The organisation an actor would report for in the tenant: its own, when that is an owner or UH
 * partner there; otherwise (an attempt at someone else's) the tenant's first owner.
 */
async function reportTarget(actor: Actor, tenant: TTenant, ownersOnly: boolean) {
  const own = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
  const inTenant = await prisma.organisation.findFirst({
    where: {
      id: { in: own },
      OR: [{ partnershipOwners: { some: { partnershipId: ids[tenant] } } }, ...(ownersOnly ? [] : [{ partnershipUniversities: { some: { partnershipId: ids[tenant] } } }])],
    },
  })
  return inTenant?.id ?? (await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { ownerId: 'asc' } })).ownerId
}

/** A fresh year in the tenant with an award of 10 000 kr to `recipientId`, written directly. */
async function yearWithAward(tenant: TTenant, recipientId: string) {
  const year = await targetYear(tenant)
  await prisma.award.create({ data: { partnershipId: ids[tenant], grantYearId: year.id, recipientId, amountOre: 1_000_000n, awardedOn: new Date() } })
  return year
}

const ctx: TMatrixContext = { prisma, ids }

const probes: TProbes = {
  '/oversikt': {
    permission: 'read:dashboard',
    kind: 'reads',
    probe: async (actor, tenant) => {
      if (!can(actor, 'read:dashboard')) return (await getDashboard(prisma, actor).catch(() => null)) !== null
      const d = await getDashboard(prisma, actor)
      const slug = tenant === 'salten' ? 'salten-kan' : 'nordre-sunnmore'
      const units = await prisma.unit.findMany({ where: { id: { in: d.units.map((u) => u.id) }, owner: { partnershipOwners: { some: { partnershipId: ids[tenant] } } } } })
      return d.partnerships.some((p) => p.slug === slug) || units.length > 0
    },
  },
  '/admin/medlemskap': {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const admin = await getMembershipAdmin(prisma, actor).catch(() => null)
      if (!admin) return false
      const secretariat = tenant === 'salten' ? demoPeople.secretariatSalten.name : demoPeople.secretariatSunnmore.name
      return admin.memberships.some((m) => m.personName === secretariat) || admin.options.partnerships.some((p) => p.id === ids[tenant])
    },
  },
  inviteMembershipAction: {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const email = `inv.${crypto.randomUUID()}@kommune.no`
      await inviteMembership(prisma, actor, { email, name: 'Ny Person', role: 'FORUM_MEMBER', partnershipId: ids[tenant] })
      return (await prisma.membership.count({ where: { user: { email }, partnershipId: ids[tenant] } })) > 0
    },
  },
  changeMembershipRoleAction: {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const target = await targetMembership(tenant)
      await changeMembershipRole(prisma, actor, { membershipId: target.id, role: 'FORUM_SECRETARIAT' })
      return (await prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).role !== 'FORUM_MEMBER'
    },
  },
  endMembershipAction: {
    permission: 'manage:membership',
    kind: 'manages',
    probe: async (actor, tenant) => {
      const target = await targetMembership(tenant)
      await endMembership(prisma, actor, { membershipId: target.id })
      return (await prisma.membership.findUniqueOrThrow({ where: { id: target.id } })).endedAt !== null
    },
  },
  '/admin/epost': {
    permission: 'manage:platform',
    kind: 'runsPlatform',
    probe: async (actor) => {
      const email = await stuckEmail()
      return ((await getEmailQueue(prisma, actor).catch(() => null))?.emails ?? []).some((e) => e.id === email.id)
    },
  },
  retryEmailAction: {
    permission: 'manage:platform',
    kind: 'runsPlatform',
    probe: async (actor) => {
      const email = await stuckEmail()
      await retryEmail(prisma, actor, { emailId: email.id })
      return (await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).attempts === 0
    },
  },
  '/okonomi': {
    permission: 'read:funding',
    kind: 'readsFunding',
    probe: async (actor, tenant) => {
      const overview = await getFundingOverview(prisma, actor).catch(() => null)
      if (!overview) return false
      const name = tenant === 'salten' ? 'Salten KAN' : 'Nordre Sunnmøre'
      return overview.grantYears.some((y) => y.partnershipName.startsWith(name)) || overview.openable.some((p) => p.id === ids[tenant])
    },
  },
  '/okonomi/[grantYearId]': {
    permission: 'read:funding',
    kind: 'readsFunding',
    probe: async (actor, tenant) => {
      const year = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      return (await getGrantYear(prisma, actor, year.id).catch(() => null)) !== null
    },
  },
  openGrantYearAction: {
    permission: 'manage:funding',
    kind: 'managesFunding',
    probe: async (actor, tenant) => {
      const year = openYear++
      await openGrantYear(prisma, actor, { partnershipId: ids[tenant], year: String(year), stateAmount: '1 000 000' })
      return (await prisma.grantYear.count({ where: { partnershipId: ids[tenant], year } })) > 0
    },
  },
  runAllocationKeyAction: {
    permission: 'manage:funding',
    kind: 'managesFunding',
    probe: async (actor, tenant) => {
      const year = await targetYear(tenant)
      await runAllocationKey(prisma, actor, { grantYearId: year.id })
      return (await prisma.allocation.count({ where: { grantYearId: year.id } })) > 0
    },
  },
  adjustAllocationsAction: {
    permission: 'manage:funding',
    kind: 'managesFunding',
    probe: async (actor, tenant) => {
      const year = await targetYear(tenant, true)
      const rows = await prisma.allocation.findMany({ where: { grantYearId: year.id }, orderBy: { id: 'asc' } })
      // Move one krone from the first owner to the second: balanced, so only access decides.
      const amounts = Object.fromEntries(rows.map((r, i) => [r.id, String(Number(r.adjustedOre / 100n) + (i === 0 ? -1 : i === 1 ? 1 : 0))]))
      await adjustAllocations(prisma, actor, { grantYearId: year.id, reason: 'Matrisetest', amounts })
      return (await prisma.allocation.count({ where: { grantYearId: year.id, adjustReason: 'Matrisetest' } })) > 0
    },
  },
  createAwardAction: {
    permission: 'manage:funding',
    kind: 'managesFunding',
    probe: async (actor, tenant) => {
      const year = await targetYear(tenant)
      const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      await createAward(prisma, actor, { grantYearId: year.id, recipientId: owner.ownerId, amount: '1 000', idempotencyKey: crypto.randomUUID() })
      return (await prisma.award.count({ where: { grantYearId: year.id } })) > 0
    },
  },
  closeGrantYearAction: {
    permission: 'manage:funding',
    kind: 'managesFunding',
    probe: async (actor, tenant) => {
      const year = await targetYear(tenant)
      await closeGrantYear(prisma, actor, { grantYearId: year.id })
      return (await prisma.grantYear.findUniqueOrThrow({ where: { id: year.id } })).status === 'CLOSED'
    },
  },
  recordCoFinancingAction: {
    permission: 'report:funding',
    kind: 'coFinances',
    probe: async (actor, tenant) => {
      const year = await targetYear(tenant)
      const ownerId = await reportTarget(actor, tenant, true)
      await recordCoFinancing(prisma, actor, { grantYearId: year.id, ownerId, kind: 'MONEY', amount: '1 000', description: 'Matrisetest' })
      return (await prisma.coFinancing.count({ where: { grantYearId: year.id } })) > 0
    },
  },
  recordSpendingAction: {
    permission: 'report:funding',
    kind: 'reportsSpending',
    probe: async (actor, tenant) => {
      const recipientId = await reportTarget(actor, tenant, false)
      const year = await yearWithAward(tenant, recipientId)
      await recordSpending(prisma, actor, { grantYearId: year.id, recipientId, amount: '100', spentOn: '2026-01-15', description: 'Matrisetest' })
      return (await prisma.spending.count({ where: { grantYearId: year.id } })) > 0
    },
  },
  removeFundingEntryAction: {
    permission: 'report:funding',
    kind: 'reportsSpending',
    probe: async (actor, tenant) => {
      const recipientId = await reportTarget(actor, tenant, false)
      const year = await yearWithAward(tenant, recipientId)
      const entry = await prisma.spending.create({
        data: { partnershipId: ids[tenant], grantYearId: year.id, recipientId, amountOre: 10_000n, spentOn: new Date('2026-01-15'), description: 'Matrisetest' },
      })
      await removeFundingEntry(prisma, actor, { entry: 'spending', id: entry.id })
      return (await prisma.spending.count({ where: { id: entry.id } })) === 0
    },
  },
  '/okonomi/[grantYearId]/rapport.xlsx': {
    permission: 'read:funding',
    kind: 'readsFunding',
    probe: (actor, tenant) => reportReached(actor, tenant),
  },
  '/forum': {
    permission: 'read:forum',
    kind: 'readsForum',
    probe: async (actor, tenant) => {
      const forums = await getForums(prisma, actor).catch(() => [])
      return forums.some((f) => f.partnershipSlug === (tenant === 'salten' ? 'salten-kan' : 'nordre-sunnmore'))
    },
  },
  '/forum/[forumId]': {
    permission: 'read:forum',
    kind: 'readsForum',
    probe: async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      return (await getForum(prisma, actor, forum.id).catch(() => null)) !== null
    },
  },
  '/forum/[forumId]/moter/[meetingId]': {
    permission: 'read:forum',
    kind: 'readsForum',
    probe: async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      return (await getMeeting(prisma, actor, meeting.id).catch(() => null)) !== null
    },
  },
  addForumMemberAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const personName = `Matrise ${crypto.randomUUID()}`
      await addForumMember(prisma, actor, { forumId: forum.id, personName, organisationId: owner.ownerId, representation: 'SCHOOL_OWNER', periodStart: '2026-01-01' })
      return (await prisma.forumMember.count({ where: { personName } })) > 0
    },
  },
  endForumMemberAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const member = await prisma.forumMember.create({
        data: { partnershipId: ids[tenant], forumId: forum.id, organisationId: owner.ownerId, personName: 'Mål Medlem', representation: 'SCHOOL_OWNER', periodStart: new Date('2026-01-01') },
      })
      await endForumMember(prisma, actor, { memberId: member.id, periodEnd: '2026-06-30' })
      return (await prisma.forumMember.findUniqueOrThrow({ where: { id: member.id } })).periodEnd !== null
    },
  },
  planMeetingAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const title = `Matrise ${crypto.randomUUID()}`
      await planMeeting(prisma, actor, { forumId: forum.id, title, startsAt: '2026-12-03T10:00' })
      return (await prisma.meeting.count({ where: { title } })) > 0
    },
  },
  addAgendaItemAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await addAgendaItem(prisma, actor, { meetingId: meeting.id, title: 'Ny matrisesak' })
      return (await prisma.agendaItem.count({ where: { meetingId: meeting.id } })) > 1
    },
  },
  recordDecisionAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const { item } = await forumTarget(tenant)
      await recordDecision(prisma, actor, { agendaItemId: item.id, reference: `2099/${forumReference++}`, proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Vedtatt' })
      return (await prisma.decision.count({ where: { agendaItemId: item.id } })) > 0
    },
  },
  draftMinutesAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await draftMinutes(prisma, actor, { meetingId: meeting.id, text: 'Referat fra matrisemøtet.' })
      return (await prisma.minutes.count({ where: { meetingId: meeting.id } })) > 0
    },
  },
  approveMinutesAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      const draft = await prisma.minutes.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, version: 1, text: 'Utkast' } })
      await approveMinutes(prisma, actor, { minutesId: draft.id })
      return (await prisma.minutes.findUniqueOrThrow({ where: { id: draft.id } })).status === 'APPROVED'
    },
  },
  '/forum/[forumId]/moter/[meetingId]/referat.pdf': {
    permission: 'read:forum',
    kind: 'readsForum',
    probe: async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await prisma.minutes.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, version: 1, text: 'Godkjent', status: 'APPROVED', approvedAt: new Date() } })
      return (await getApprovedMinutes(prisma, actor, meeting.id, null).catch(() => null)) !== null
    },
  },
  addPaperAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const { item } = await forumTarget(tenant)
      await addPaper(prisma, actor, { agendaItemId: item.id, file: new File([new TextEncoder().encode('%PDF-1.4 matrise')], 'sak.pdf') })
      return (await prisma.agendaPaper.count({ where: { agendaItemId: item.id } })) > 0
    },
  },
  '/forum/[forumId]/moter/[meetingId]/papir/[paperId]': {
    permission: 'read:forum',
    kind: 'readsForum',
    probe: async (actor, tenant) => {
      const { item } = await forumTarget(tenant)
      const bytes = new TextEncoder().encode('%PDF-1.4 matrise')
      const paper = await prisma.agendaPaper.create({
        data: { partnershipId: ids[tenant], agendaItemId: item.id, fileName: 'sak.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: '0'.repeat(64), content: bytes },
      })
      return (await getPaper(prisma, actor, paper.id).catch(() => null)) !== null
    },
  },
  registerAttendanceAction: {
    permission: 'manage:forum',
    kind: 'runsForum',
    probe: async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await registerAttendance(prisma, actor, { meetingId: meeting.id, present: [] })
      return (await prisma.meetingAttendance.count({ where: { meetingId: meeting.id } })) > 0
    },
  },
  '/okonomi/[grantYearId]/rapport.pdf': {
    permission: 'read:funding',
    kind: 'readsFunding',
    // The same query as the spreadsheet: both routes go through fundingReportResponse.
    probe: (actor, tenant) => reportReached(actor, tenant),
  },
  '/forum/[forumId]/innstilling.pdf': {
    permission: 'read:forum',
    kind: 'readsForum',
    probe: (actor, tenant) => recommendationReached(actor, tenant),
  },
  '/forum/[forumId]/innstilling.xlsx': {
    permission: 'read:forum',
    kind: 'readsForum',
    // The same query as the PDF: both routes go through recommendationResponse.
    probe: (actor, tenant) => recommendationReached(actor, tenant),
  },
  ...assessmentProbes(ctx),
  ...needsProbes(ctx),
  ...measuresProbes(ctx),
  ...networksProbes(ctx),
}

/** The tenant's forum, and a meeting with one open agenda item in it, written directly. */
async function forumTarget(tenant: TTenant) {
  const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
  const meeting = await prisma.meeting.create({ data: { partnershipId: ids[tenant], forumId: forum.id, title: `Matrisemøte ${crypto.randomUUID()}`, startsAt: new Date('2026-12-03T09:00:00Z') } })
  const item = await prisma.agendaItem.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, position: 1, title: 'Matrisesak' } })
  return { forum, meeting, item }
}
let forumReference = 1

/** An email that ran out of tries, written directly (the queue is the platform's, not a tenant's). */
function stuckEmail() {
  return prisma.emailOutbox.create({ data: { kind: 'matrix', to: 'matrise@kommune.no', subject: 'Matrise', text: 'Matrise', attempts: 8, lastError: '421 try later' } })
}

/** A measure decided by the tenant's forum for a year of its own, written directly: does the recommendation show it? */
async function recommendationReached(actor: Actor, tenant: TTenant) {
  const { forum, item } = await forumTarget(tenant)
  const year = recommendationYearFor++
  const decision = await prisma.decision.create({
    data: { partnershipId: ids[tenant], forumId: forum.id, agendaItemId: item.id, reference: `${year}/1`, decidedOn: new Date(`${year}-10-01`), proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Prioritert' },
  })
  await prisma.measure.create({ data: { partnershipId: ids[tenant], decisionId: decision.id, priority: 1, title: 'Matrisetiltak', level: 'UNIT', budgetOre: 100_000n } })
  const recommendation = await getRecommendation(prisma, actor, forum.id, year).catch(() => null)
  return recommendation !== null && recommendation.measures.some((m) => m.title === 'Matrisetiltak')
}
let recommendationYearFor = 2040

async function reportReached(actor: Actor, tenant: TTenant) {
  const year = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
  const owner = await prisma.allocation.findFirstOrThrow({ where: { grantYearId: year.id } })
  const whole = await getFundingReport(prisma, actor, year.id, null).catch(() => null)
  const one = await getFundingReport(prisma, actor, year.id, owner.ownerId).catch(() => null)
  // Both or neither: a report for one owner must not open what the whole report keeps closed.
  expect(one !== null).toBe(whole !== null)
  return whole !== null
}

/** Entries that show no tenant's own data, and why; they need no tenant cases. */
const exempt: Record<string, string> = {
  '/': 'public aggregates about public bodies only (get-public-overview.ts), the same for everyone',
  '/tilgjengelighet': 'static accessibility statement',
  '/logg-inn': 'login page: lists demo people only in demo mode, no tenant data',
  '/api/auth/[...nextauth]': "Auth.js's own endpoints: sessions and OpenID Connect callbacks",
  setLocale: "sets the person's language cookie",
  demoSignInAction: 'demo mode only; starts a session, reads no tenant data',
  providerSignInAction: 'starts an OpenID Connect login',
  signOutAction: "ends the caller's own session",
  '/vedtak/[slug]': 'the public decision journal: decisions not exempt from public access, with tallies and no names (forum decisions are public documents)',
}

beforeAll(async () => {
  await seedDemo(prisma)
  for (const t of TENANTS) ids[t] = (await prisma.partnership.findUniqueOrThrow({ where: { slug: t === 'salten' ? 'salten-kan' : 'nordre-sunnmore' } })).id
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
})

const protectedEntries = Object.entries({ ...surface.pages, ...surface.routes, ...surface.actions }).filter(
  ([, access]) => access !== 'public' && access !== 'demo-mode',
)
const cases = protectedEntries.flatMap(([entry]) => people.flatMap((person) => TENANTS.map((tenant) => ({ entry, person, tenant }))))
let ran = 0

describe('role × action × tenant matrix', () => {
  it('has a probe for every protected entry, and a reason for every public one', () => {
    const all = Object.entries({ ...surface.pages, ...surface.routes, ...surface.actions })
    for (const [entry, access] of all) {
      if (access === 'public' || access === 'demo-mode') expect(exempt[entry], `${entry} needs a reason in exempt`).toBeTruthy()
      else expect(probes[entry]?.permission, `${entry} needs a probe in the matrix`).toBe(access)
    }
    expect(Object.keys(probes).sort()).toEqual(protectedEntries.map(([e]) => e).sort())
  })

  it.each(cases)('$entry × $person.key × $tenant', async ({ entry, person, tenant }) => {
    const { probe, kind } = probes[entry]!
    const expected = person[kind].includes(tenant)
    expect(await probe(actors.get(person.key)!, tenant)).toBe(expected)
    ran += 1
  })
})

afterAll(() => {
  // The issue asks for the size of the matrix to be printed.
  console.info(`[matrix] ${ran} of ${cases.length} role × action × tenant cases ran (${protectedEntries.length} entries × ${people.length} kinds of person × ${TENANTS.length} tenants)`)
})
