import { z } from 'zod'

/**
 * A page number from the query string (`?side=2`): anything that is not a whole number from 1
 * up is page 1, so a typed or stale link never fails. Lists that grow with the country are read
 * a page at a time on the server (issue 14), never whole.
 */
export const ZPageNumber = z.object({ side: z.coerce.number().int().min(1).max(100_000).catch(1).default(1) })

export interface TPaging {
  page: number
  pageSize: number
}

/** skip/take for Prisma, from a page and its size. */
export const pageWindow = ({ page, pageSize }: TPaging) => ({ skip: (page - 1) * pageSize, take: pageSize })

/** How many pages `total` rows fill (at least one, so "page 1 of 1" also for an empty list). */
export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize))
