import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { resourceUseReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { pageWindow, type TPaging } from '@/lib/paging'

export const PROGRESS_PER_PAGE = 25

export interface TProgressRow {
  id: string
  resourceId: string
  resourceTitle: string
  unitName: string
  team: string
  currentModule: string | null
  done: number
  modules: number
  startedAt: Date
  finishedAt: Date | null
}

/**
 * The packages under way in the units the actor oversees or works in (resourceUseReadScope): the
 * owner's units, UH's and the secretariat's partnerships, the actor's own unit, the uses of what
 * it wrote. A page at a time, newest first; three statements with the count.
 */
export async function getProgress(db: Db, actor: Actor, paging: TPaging = { page: 1, pageSize: PROGRESS_PER_PAGE }) {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const where = resourceUseReadScope(actor)
    const [total, rows] = await Promise.all([
      tx.resourceUse.count({ where }),
      tx.resourceUse.findMany({
        where,
        orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
        ...pageWindow(paging),
        select: {
          id: true, team: true, startedAt: true, finishedAt: true, resourceId: true,
          resource: { select: { title: true, _count: { select: { modules: true } } } },
          unit: { select: { name: true } },
          currentModule: { select: { position: true, title: true } },
          _count: { select: { modules: true } },
        },
      }),
    ])
    const progress: TProgressRow[] = rows.map((r) => ({
      id: r.id,
      resourceId: r.resourceId,
      resourceTitle: r.resource.title,
      unitName: r.unit.name,
      team: r.team,
      currentModule: r.currentModule ? `${r.currentModule.position}. ${r.currentModule.title}` : null,
      done: r._count.modules,
      modules: r.resource._count.modules,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
    }))
    return { total, progress }
  })
}
