import type { Tx } from '@/server/db/tenant'

/**
 * Locks the report's row and tells whether it is still a draft. Every change to a report or its
 * priorities takes this lock first, so a submit and a late change cannot both win.
 */
export async function lockDraft(tx: Tx, reportId: string): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text AS "status" FROM "NeedsReport" WHERE "id" = ${reportId}::uuid FOR UPDATE`
  return row?.status === 'DRAFT'
}
