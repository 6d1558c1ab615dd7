import { can, type Actor } from '@/server/authz/actor'
import { fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { staffTimeOre } from './summary'
import { lockGrantYear } from './lock-grant-year'
import { invalidFields, ZRecordCoFinancing, type TFundingResult } from './schemas'

/**
 * A school owner records its own contribution (egenandel) to a grant year: money, or released
 * staff time turned into money at an hourly cost. Only for its own organisation, and only while
 * the year is not closed.
 */
export async function recordCoFinancing(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'report:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZRecordCoFinancing.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const year = await tx.grantYear.findFirst({
      where: { id: d.grantYearId, partnership: fundingReadScope(actor) },
      select: { id: true, partnershipId: true },
    })
    if (!year) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, year.id, 'share')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const owner = await tx.organisation.findFirst({ where: { AND: [{ id: d.ownerId }, fundingReportScope(actor)] }, select: { id: true } })
    if (!owner) return { ok: false, error: 'notFound', fields: ['ownerId'] }
    const takesPart = await tx.partnershipOwner.count({ where: { partnershipId: year.partnershipId, ownerId: owner.id, leftOn: null } })
    if (!takesPart) return { ok: false, error: 'notOwner', fields: ['ownerId'] }

    const staff = d.kind === 'STAFF_TIME' ? { hoursCenti: d.hours, hourlyRateOre: d.hourlyRate } : null
    const amountOre = d.kind === 'MONEY' ? d.amount : staffTimeOre(d.hours, d.hourlyRate)
    const row = await tx.coFinancing.create({
      data: {
        partnershipId: year.partnershipId,
        grantYearId: year.id,
        ownerId: owner.id,
        kind: d.kind,
        hoursCenti: staff?.hoursCenti ?? null,
        hourlyRateOre: staff?.hourlyRateOre ?? null,
        amountOre,
        description: d.description,
        createdById: actor.userId,
      },
    })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: year.partnershipId,
        action: 'co_financing.create',
        entity: 'CoFinancing',
        entityId: row.id,
        data: { grantYearId: year.id, ownerId: owner.id, kind: d.kind, amountOre: amountOre.toString(), hoursCenti: staff?.hoursCenti ?? null },
      },
    })
    return { ok: true, done: 'coFinanced', id: year.id }
  })
}
