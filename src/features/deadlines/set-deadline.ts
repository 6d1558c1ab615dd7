import { defineUseCase } from '@/server/usecase/define-use-case'
import { deadlineManageScope } from './deadline-scope'
import { ZSetDeadline, type TDeadlineResult } from './schemas'

/**
 * County governor staff set (or move) a deadline of the year's cycle for their county: needs
 * reports by 1 February, the recommendation by 15 March. One per county, year and kind; moving it
 * keeps the reminders already sent for it, since they were true when sent.
 */
export const setDeadline = defineUseCase(
  { name: 'deadlines.set-deadline', permission: 'manage:funding', input: ZSetDeadline, audit: 'cycle_deadline.set', revalidate: () => ['/frister'] },
  async ({ tx, actor, input: d, audit }): Promise<TDeadlineResult> => {
    const county = await tx.county.findFirst({ where: { AND: [{ id: d.countyId }, deadlineManageScope(actor)] }, select: { id: true } })
    if (!county) return { ok: false, error: 'notFound', fields: ['countyId'] }
    const dueOn = new Date(d.dueOn)
    const where = { countyId_year_kind: { countyId: county.id, year: d.year, kind: d.kind } }
    const before = await tx.cycleDeadline.findUnique({ where, select: { dueOn: true } })
    const row = await tx.cycleDeadline.upsert({ where, create: { countyId: county.id, year: d.year, kind: d.kind, dueOn, setById: actor.userId }, update: { dueOn, setById: actor.userId } })
    await audit({ entity: 'CycleDeadline', entityId: row.id, data: { countyId: county.id, year: d.year, kind: d.kind, dueOn: d.dueOn, before: before?.dueOn.toISOString().slice(0, 10) ?? null } })
    return { ok: true, done: 'set', id: row.id }
  },
)
