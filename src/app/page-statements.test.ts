import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { actAs, serveDb } from '~tests/setup/adapter-mocks'
import { countingClient, type TPage } from '~tests/setup/page-statements'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import AdminEmail from './admin/epost/page'
import AdminMemberships from './admin/medlemskap/page'
import NeedsReport from './behov/[reportId]/page'
import Needs from './behov/page'
import Visits from './besok/page'
import Order from './bestillinger/[orderId]/page'
import Orders from './bestillinger/page'
import Assessment from './egenvurdering/[assessmentId]/page'
import Assessments from './egenvurdering/page'
import Statements from './egenvurdering/pastander/page'
import Meeting from './forum/[forumId]/moter/[meetingId]/page'
import Forum from './forum/[forumId]/page'
import Forums from './forum/page'
import Network from './nettverk/[networkId]/page'
import Gathering from './nettverk/[networkId]/samlinger/[gatheringId]/page'
import Networks from './nettverk/page'
import GrantYear from './okonomi/[grantYearId]/page'
import OwnerReports from './okonomi/[grantYearId]/rapporter/page'
import AwardLetters from './okonomi/[grantYearId]/tilsagnsbrev/page'
import Funding from './okonomi/page'
import Dashboard from './oversikt/page'
import Plan from './planer/[planId]/page'
import Plans from './planer/page'
import Spread from './planer/spredning/page'
import Measure from './tiltak/[measureId]/page'
import Measures from './tiltak/page'
import Journal from './vedtak/[slug]/page'
import Resources from './ressurser/page'
import Resource from './ressurser/[resourceId]/page'
import ResourceProgress from './ressurser/fremdrift/page'

// The pages run as in a request, with the session, database and language stood in for.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

type TPerson = keyof typeof demoPeople

/**
 * SQL statements (and transactions) per page at demo scale, counted at the driver adapter as the
 * bench counts them on PostgreSQL (issue 14): each page's reads in one transaction, whose five
 * statements of tenant context (BEGIN, two set_config, the tenant ids, COMMIT) are counted here;
 * the session and the actor, two statements more per request, are stood in for. A page that
 * needs more statements than it says here fails: find where they went before raising a number.
 */
const budgets: { name: string; page: TPage; as: TPerson | null; statements: number; transactions: number; params?: () => Record<string, string> }[] = []

const { pglite } = await createTestDb({ demo: true })
const { prisma, statementsOf } = countingClient(pglite)
serveDb(prisma)
const ids: Record<string, string> = {}
const actors = new Map<TPerson, Actor>()

const page = (name: string, pageFn: (typeof budgets)[number]['page'], as: TPerson | null, statements: number, transactions: number, params?: () => Record<string, string>) =>
  budgets.push({ name, page: pageFn, as, statements, transactions, params })

page('/vedtak/[slug]', Journal, null, 5, 1, () => ({ slug: ids.slug! }))
// Issue 14 asks for at most 20 with the session and actor (one statement in the app): met by all,
// the platform administrator too since their networks section is the participation overview only.
// Those who serve units count every unit of the measures they serve (one statement more, issue 14).
const dashboards: Record<TPerson, number> = {
  countyGovernorNordland: 19, secretariatSalten: 19, forumMemberSalten: 15, universityPartner: 18, schoolOwnerBodo: 19,
  principal: 17, kindergartenHead: 17, secretariatSunnmore: 19, platformAdmin: 19,
  teacherSalten: 16, kindergartenStaffSalten: 16, resourceTeacherSalten: 16, facilitatorSalten: 15,
  teacherSunnmore: 16, kindergartenStaffSunnmore: 16, resourceTeacherSunnmore: 16, facilitatorSunnmore: 16,
}
for (const person of Object.keys(demoPeople) as TPerson[]) page(`/oversikt as ${person}`, Dashboard, person, dashboards[person], 1)
// One more on /forum for the partnerships whose bodies the secretariat may set up (issue 20).
page('/forum', Forums, 'secretariatSalten', 9, 1)
page('/forum/[forumId]', Forum, 'secretariatSalten', 11, 1, () => ({ forumId: ids.forum! }))
page('/forum/[forumId]/moter/[meetingId]', Meeting, 'secretariatSalten', 9, 1, () => ({ forumId: ids.forum!, meetingId: ids.meeting! }))
page('/okonomi', Funding, 'secretariatSalten', 9, 1)
page('/okonomi/[grantYearId]', GrantYear, 'secretariatSalten', 14, 1, () => ({ grantYearId: ids.grantYear! }))
page('/okonomi/[grantYearId]/tilsagnsbrev', AwardLetters, 'countyGovernorNordland', 11, 1, () => ({ grantYearId: ids.grantYear! }))
page('/okonomi/[grantYearId]/rapporter as the county governor', OwnerReports, 'countyGovernorNordland', 10, 1, () => ({ grantYearId: ids.grantYear! }))
page('/okonomi/[grantYearId]/rapporter as an owner', OwnerReports, 'schoolOwnerBodo', 13, 1, () => ({ grantYearId: ids.grantYear! }))
// One more than the list alone: the overview and the count over all that match, now that the list is a page.
page('/tiltak', Measures, 'secretariatSalten', 10, 1)
page('/tiltak/[measureId]', Measure, 'secretariatSalten', 10, 1, () => ({ measureId: ids.measure! }))
// One more for the units' tracks beside their plans; two more on a unit plan's page for its track's history and who wrote it (issue 20).
page('/planer', Plans, 'principal', 8, 1)
page('/planer/[planId]', Plan, 'principal', 10, 1, () => ({ planId: ids.plan! }))
// The spread: the partnerships, then per partnership its units, their reviews and their track changes.
page('/planer/spredning', Spread, 'secretariatSalten', 9, 1)
page('/besok', Visits, 'universityPartner', 10, 1)
page('/nettverk', Networks, 'secretariatSalten', 8, 1)
page('/nettverk/[networkId]', Network, 'secretariatSalten', 14, 1, () => ({ networkId: ids.network! }))
page('/nettverk/[networkId]/samlinger/[gatheringId]', Gathering, 'secretariatSalten', 11, 1, () => ({ networkId: ids.network!, gatheringId: ids.gathering! }))
// One more than the list alone: the count of all reports and the years to summarise (one groupBy) for the pages.
page('/behov', Needs, 'schoolOwnerBodo', 9, 1)
page('/behov/[reportId]', NeedsReport, 'schoolOwnerBodo', 6, 1, () => ({ reportId: ids.report! }))
page('/bestillinger', Orders, 'schoolOwnerBodo', 8, 1)
page('/bestillinger/[orderId]', Order, 'schoolOwnerBodo', 8, 1, () => ({ orderId: ids.order! }))
page('/egenvurdering', Assessments, 'principal', 8, 1)
page('/egenvurdering/[assessmentId]', Assessment, 'principal', 8, 1, () => ({ assessmentId: ids.assessment! }))
page('/egenvurdering/pastander', Statements, 'secretariatSalten', 7, 1)
page('/admin/medlemskap', AdminMemberships, 'platformAdmin', 9, 1)
page('/admin/epost', AdminEmail, 'platformAdmin', 3, 0)
// The portal: the count and one page (a text search adds the ranked ids, one statement); the resource
// with its modules, the actor's uses, measures and forms; the progress list's count and page.
page('/ressurser', Resources, 'teacherSalten', 7, 1)
page('/ressurser/[resourceId]', Resource, 'principal', 11, 1, () => ({ resourceId: ids.resource! }))
page('/ressurser/fremdrift', ResourceProgress, 'schoolOwnerBodo', 7, 1)

beforeAll(async () => {
  for (const [key, person] of Object.entries(demoPeople) as [TPerson, { email: string }][]) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: person.email }, select: { id: true } })
    actors.set(key, (await loadActor(prisma, user.id))!)
  }
  const salten = await prisma.partnership.findFirstOrThrow({ where: { slug: { contains: 'salten' } }, select: { id: true, slug: true } })
  const principalUnit = actors.get('principal')!.memberships.find((m) => m.unitId)!.unitId!
  const owner = actors.get('schoolOwnerBodo')!.memberships.find((m) => m.organisationId)!.organisationId!
  const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: salten.id } })
  const network = await prisma.network.findFirstOrThrow({ where: { partnershipId: salten.id, gatherings: { some: {} } } })
  Object.assign(ids, {
    slug: salten.slug,
    forum: forum.id,
    // The demo plans no meeting: one is made here, the forum's first.
    meeting: (await prisma.meeting.create({ data: { partnershipId: salten.id, forumId: forum.id, title: 'Måling av spørringer', startsAt: new Date() } })).id,
    grantYear: (await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: salten.id }, orderBy: { year: 'desc' } })).id,
    measure: (await prisma.measure.findFirstOrThrow({ where: { partnershipId: salten.id } })).id,
    plan: (await prisma.developmentPlan.findFirstOrThrow({ where: { unitId: principalUnit } })).id,
    network: network.id,
    gathering: (await prisma.gathering.findFirstOrThrow({ where: { networkId: network.id } })).id,
    report: (await prisma.needsReport.findFirstOrThrow({ where: { owners: { some: { ownerId: owner } } } })).id,
    order: (await prisma.uhOrder.findFirstOrThrow({ where: { owners: { some: { ownerId: owner } } } })).id,
    assessment: (await prisma.selfAssessment.findFirstOrThrow({ where: { unitId: principalUnit } })).id,
    resource: (await prisma.resource.findFirstOrThrow({ where: { partnershipId: salten.id, kind: 'PACKAGE' } })).id,
  })
})

describe('SQL statements per page at demo scale', () => {
  const measured: string[] = []
  it.each(budgets)('$name: at most $statements statements in $transactions transaction(s)', async ({ name, page: pageFn, as, statements, transactions, params }) => {
    actAs(as ? actors.get(as)! : null)
    const counted = await statementsOf(pageFn, params?.() ?? {})
    actAs(null)
    measured.push(`${name} ${counted.statements} (${counted.transactions})`)
    expect(counted.statements, name).toBeLessThanOrEqual(statements)
    expect(counted.transactions, name).toBeLessThanOrEqual(transactions)
  })
  it('prints what each page took', () => {
    console.info(`[statements] per page (transactions), without session and actor: ${measured.join('; ')}`)
  })
})
