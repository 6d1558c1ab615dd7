import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { actAs, serveDb } from '~tests/setup/adapter-mocks'
import { countingClient, type TPage } from '~tests/setup/page-statements'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import Lag from './etterslep/page'
import Import from './import/page'
import Overview from './page'
import Partnership from './partnerskap/[slug]/page'
import School from './skole/[orgNumber]/page'
import Social from './sosial-bakgrunn/page'

// The pages run as in a request, with the session, database and language stood in for.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

/**
 * The indicator pages' SQL statements, counted as src/app/page-statements.test.ts counts (five
 * of them the request transaction's tenant context). Every read is bounded by its level and
 * parent area, so these numbers hold at national scale too: none grows with the country.
 */
const { pglite } = await createTestDb({ demo: true })
const { prisma, statementsOf } = countingClient(pglite)
serveDb(prisma)
const params: Record<string, string> = {}
let governor: Actor

beforeAll(async () => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.countyGovernorNordland.email }, select: { id: true } })
  governor = (await loadActor(prisma, user.id))!
  params.slug = 'salten-kan'
  params.orgNumber = (await prisma.indicatorValue.findFirstOrThrow({ where: { level: 'SCHOOL', unitId: { not: null } }, select: { areaCode: true } })).areaCode
})

const budgets: { name: string; page: TPage; statements: number; params?: () => Record<string, string>; search?: Record<string, string> }[] = [
  { name: '/indikatorer', page: Overview, statements: 9 },
  { name: '/indikatorer?fylke=18&kommune=1804', page: Overview, statements: 13, search: { fylke: '18', kommune: '1804' } },
  { name: '/indikatorer/partnerskap/[slug]', page: Partnership, statements: 8, params: () => ({ slug: params.slug! }) },
  { name: '/indikatorer/skole/[orgNumber]', page: School, statements: 8, params: () => ({ orgNumber: params.orgNumber! }) },
  { name: '/indikatorer/sosial-bakgrunn?fylke=18', page: Social, statements: 8, search: { fylke: '18' } },
  { name: '/indikatorer/etterslep', page: Lag, statements: 8 },
  { name: '/indikatorer/import', page: Import, statements: 6 },
]

describe('SQL statements per indicator page', () => {
  it.each(budgets)('$name: at most $statements statements in one transaction', async ({ name, page, statements, params: p, search }) => {
    actAs(governor)
    const counted = await statementsOf(page, p?.() ?? {}, search ?? {})
    actAs(null)
    console.info(`[statements] ${name}: ${counted.statements} (${counted.transactions})`)
    expect(counted.statements, name).toBeLessThanOrEqual(statements)
    expect(counted.transactions, name).toBeLessThanOrEqual(1)
  })
})
