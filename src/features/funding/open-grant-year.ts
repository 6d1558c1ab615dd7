import { fundingManageScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { fundingDefaults } from './settings'
import { ZOpenGrantYear, type TFundingResult } from './schemas'

/**
 * County governor staff open a grant year for a partnership with the state amount. The allocation
 * key's settings start from the documented defaults unless the form gives others.
 */
export const openGrantYear = defineUseCase(
  { name: 'funding.open-grant-year', permission: 'manage:funding', input: ZOpenGrantYear, audit: 'grant_year.open' },
  async ({ tx, actor, input: d, audit }): Promise<TFundingResult> => {
    const fteWeight = d.fteWeight ?? fundingDefaults.keyFteWeight
    const pupilWeight = d.pupilWeight ?? fundingDefaults.keyPupilWeight
    if (fteWeight + pupilWeight === 0) return { ok: false, error: 'noWeights', fields: ['fteWeight', 'pupilWeight'] }
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
    await audit({
      entity: 'GrantYear',
      entityId: year.id,
      partnershipId: partnership.id,
      data: {
        year: d.year,
        stateAmountOre: year.stateAmountOre.toString(),
        keyBasePerOwnerOre: year.keyBasePerOwnerOre.toString(),
        keyFteWeight: fteWeight,
        keyPupilWeight: pupilWeight,
        coFinancingBp: year.coFinancingBp,
      },
    })
    return { ok: true, done: 'opened', id: year.id }
  },
)
