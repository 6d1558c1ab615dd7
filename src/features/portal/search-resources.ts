import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { ResourceKind, ResourceVisibility, Theme } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import { requirePermission } from '@/server/authz/actor'
import { resourceReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { pageWindow, type TPaging } from '@/lib/paging'
import { RESOURCES_PER_PAGE } from './options'
import type { TResourceFilters } from './schemas'

export interface TResourceRow {
  id: string
  kind: ResourceKind
  title: string
  summary: string
  themes: Theme[]
  grades: number[]
  curricula: string[]
  visibility: ResourceVisibility
  authorName: string | null
  moduleCount: number
}

/** The best matches a text search ranks; the filters and the reader's scope then narrow them. */
export const SEARCH_CANDIDATES = 2000

const rowSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  themes: true,
  grades: true,
  curricula: true,
  visibility: true,
  authorOrganisation: { select: { name: true } },
  _count: { select: { modules: true } },
} satisfies Prisma.ResourceSelect

function filtered(actor: Actor, f: TResourceFilters): Prisma.ResourceWhereInput {
  return {
    AND: [
      resourceReadScope(actor),
      f.kind ? { kind: f.kind } : {},
      f.theme ? { themes: { has: f.theme } } : {},
      f.audience ? { audiences: { has: f.audience } } : {},
      f.level ? { levels: { has: f.level } } : {},
      f.grade ? { grades: { has: f.grade } } : {},
      f.curriculum ? { curricula: { has: f.curriculum } } : {},
    ],
  }
}

/**
 * One page of the resources the actor reads, searched and filtered, with how many match. A text
 * search runs PostgreSQL's full-text search (the generated, GIN-indexed searchVector: Norwegian
 * stems for the text, codes as they are) and orders by rank; without one the newest come first.
 * A few statements whatever the size of the portal: the ranked ids, the scoped ids among them,
 * and the page's rows.
 */
export async function searchResources(db: Db, actor: Actor, filters: TResourceFilters, paging: TPaging = { page: 1, pageSize: RESOURCES_PER_PAGE }) {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, (tx) => searchIn(tx, actor, filters, paging))
}

export async function searchIn(tx: Tx, actor: Actor, filters: TResourceFilters, paging: TPaging) {
  const where = filtered(actor, filters)
  if (!filters.q) {
    const [total, rows] = await Promise.all([
      tx.resource.count({ where }),
      tx.resource.findMany({ where, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], ...pageWindow(paging), select: rowSelect }),
    ])
    return { total, resources: rows.map(toRow) }
  }
  const ranked = await rankedIds(tx, filters.q)
  if (!ranked.length) return { total: 0, resources: [] }
  const allowed = await tx.resource.findMany({ where: { AND: [where, { id: { in: ranked } }] }, select: { id: true } })
  const keep = new Set(allowed.map((r) => r.id))
  const { skip, take } = pageWindow(paging)
  const pageIds = ranked.filter((id) => keep.has(id)).slice(skip, skip + take)
  const rows = pageIds.length ? await tx.resource.findMany({ where: { id: { in: pageIds } }, select: rowSelect }) : []
  const byId = new Map(rows.map((r) => [r.id, r]))
  return { total: keep.size, resources: pageIds.flatMap((id) => (byId.has(id) ? [toRow(byId.get(id)!)] : [])) }
}

/** The ids of the resources matching the words, best first (ts_rank over the weighted vector). */
async function rankedIds(tx: Tx, q: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS id FROM "Resource",
      (SELECT websearch_to_tsquery('norwegian', ${q}) || websearch_to_tsquery('simple', ${q}) AS query) AS q
    WHERE "searchVector" @@ q.query
    ORDER BY ts_rank("searchVector", q.query) DESC, "createdAt" DESC, "id"
    LIMIT ${SEARCH_CANDIDATES}`
  return rows.map((r) => r.id)
}

function toRow(r: Prisma.ResourceGetPayload<{ select: typeof rowSelect }>): TResourceRow {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    themes: r.themes,
    grades: r.grades,
    curricula: r.curricula,
    visibility: r.visibility,
    authorName: r.authorOrganisation?.name ?? null,
    moduleCount: r._count.modules,
  }
}
