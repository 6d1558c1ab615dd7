import { getDb } from '@/server/db'
import { getLogger } from '@/server/log'
import { checkReadiness } from '@/server/operations/readiness'
import { definePublicRoute } from '@/server/usecase/define-route'

/**
 * GET /api/ready - whether this instance should get traffic (a readiness probe): the database
 * answers, the migrations this build needs are applied, and it is not shutting down; 503 if not.
 * Also the outbox backlog, for monitoring.
 */
export const GET = definePublicRoute('/api/ready', async (): Promise<Response> => {
  const report = await checkReadiness(await getDb()).catch((error: unknown) => ({
    ready: false,
    database: { ok: false, error: error instanceof Error ? error.message : String(error) },
    shuttingDown: false,
  }))
  // Note: the cause goes to the log only; the answer is public and must not name hosts or users.
  const { error, ...database } = report.database
  if (error) getLogger().error({ error }, 'readiness: the database did not answer')
  const body = { status: report.ready ? 'ready' : 'not ready', ...report, database }
  return Response.json(body, { status: report.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } })
})
