import { definePublicRoute } from '@/server/usecase/define-route'

/**
 * GET /api/health - the process is alive (a liveness probe). Touches no database, so a slow or
 * absent database never makes an orchestrator restart healthy instances; /api/ready says that.
 */
export const GET = definePublicRoute('/api/health', (): Promise<Response> =>
  Promise.resolve(Response.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) }, { headers: { 'cache-control': 'no-store' } })),
)
