import type { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '@/generated/prisma/client'
import { observeStatements, statementTally } from '@/server/db/observe-statements'

/** Any page of the app: its params differ per route, so the test hands them over untyped. */
export type TPage = (props: { params: Promise<never>; searchParams: Promise<never> }) => Promise<unknown>

/**
 * A Prisma client over `pglite` that counts the statements it sends (BEGIN and COMMIT too, as the
 * bench does on PostgreSQL), and a way to count one page's: `statementsOf(Page, params)` calls
 * the page as Next would (its reads run; the JSX it returns is not rendered, and no component of
 * this app reads the database) and answers how many statements and transactions it took.
 *
 * For tests (src/app/page-statements.test.ts and the dashboard's national-scale test): the session and
 * actor are stood in for there, so the two statements a request spends on them are not counted.
 */
export function countingClient(pglite: PGlite) {
  let tally = statementTally()
  const prisma = new PrismaClient({ adapter: observeStatements(new PrismaPGlite(pglite), (sql) => tally.listen(sql)) })
  async function statementsOf(page: TPage, params: Record<string, string> = {}, searchParams: Record<string, string> = {}) {
    tally = statementTally()
    await page({ params: Promise.resolve(params) as Promise<never>, searchParams: Promise.resolve(searchParams) as Promise<never> })
    return { ...tally.totals }
  }
  return { prisma, statementsOf }
}
