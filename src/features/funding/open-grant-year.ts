import { can, type Actor } from '@/server/authz/actor'
import { fundingManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { fundingDefaults } from './settings'
import { invalidFields, ZOpenGrantYear, type TFundingResult } from './schemas'

/**
 * County governor staff open a grant year for a partnership with the state amount. The allocation
 * key's settings start from the documented defaults unless the form gives others.
 */
export async function openGrantYear(db: Db, actor: Actor, input: unknown): Promise<TFundingResult> {
  if (!can(actor, 'manage:funding')) return { ok: false, error: 'forbidden' }
  const parsed = ZOpenGrantYear.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  const fteWeight = d.fteWeight ?? fundingDefaults.keyFteWeight
  const pupilWeight = d.pupilWeight ?? fundingDefaults.keyPupilWeight
  if (fteWeight + pupilWeight === 0) return { ok: false, error: 'noWeights', fields: ['fteWeight', 'pupilWeight'] }

  return withActorTenants(db, actor, async (tx) => {
    const partnership = await tx.partnership.findFirst({ where: { AND: [{ id: d.partnershipId }, fundingManageScope(actor)] }, select: { id: true } })
    if (!partnership) return { ok: false, error: 'notFound', fields: ['partnershipId'] }
    const existing = await tx.grantYear.count({ where: { partnershipId: partnership.id, year: d.year } })
    if (existing) return { ok: false, error: 'duplicateYear', fields: ['year'] }
    const year = await tx.grantYear.create({
      data: {
        partnershipId: partnership.id,
        year: d.year,
        stateAmountOre: d.stateAmount,
        keyBasePerOwnerOre: d.basePerOwner ?? fundingDefaults.keyBasePerOwnerOre,
        keyFteWeight: fteWeight,
        keyPupilWeight: pupilWeight,
        coFinancingBp: d.coFinancingPercent === undefined ? fundingDefaults.coFinancingBp : Math.round(d.coFinancingPercent * 100),
      },
    })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: partnership.id,
        action: 'grant_year.open',
        entity: 'GrantYear',
        entityId: year.id,
        data: {
          year: d.year,
          stateAmountOre: year.stateAmountOre.toString(),
          keyBasePerOwnerOre: year.keyBasePerOwnerOre.toString(),
          keyFteWeight: fteWeight,
          keyPupilWeight: pupilWeight,
          coFinancingBp: year.coFinancingBp,
        },
      },
    })
    return { ok: true, done: 'opened', id: year.id }
  })
}
