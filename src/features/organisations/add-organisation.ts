import { organisationCountyScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ZAddOrganisation, type TOrganisationResult } from './schemas'

/**
 * County governor staff add an organisation that sits in bodies (NHO, LO, a regional council, a
 * mayor's office, a parents' committee …) with its kind and county, in a county their office
 * serves. A body's member then names it from the list (issue 20): never free text. A second one
 * with the same name in the same county, or an organisation number already known, is refused.
 */
export const addOrganisation = defineUseCase(
  { name: 'organisations.add-organisation', permission: 'manage:organisations', input: ZAddOrganisation, audit: 'organisation.add', revalidate: () => ['/admin/organisasjoner', '/forum/[forumId]'] },
  async ({ tx, actor, input: d, audit }): Promise<TOrganisationResult> => {
    const county = await tx.county.findFirst({ where: { AND: [{ id: d.countyId }, organisationCountyScope(actor)] }, select: { id: true } })
    if (!county) return { ok: false, error: 'notFound', fields: ['countyId'] }
    const sameName = await tx.organisation.count({ where: { kind: 'MEMBER_ORGANISATION', countyId: county.id, name: { equals: d.name, mode: 'insensitive' } } })
    if (sameName) return { ok: false, error: 'duplicateName', fields: ['name'] }
    if (d.orgNumber && (await tx.organisation.count({ where: { orgNumber: d.orgNumber } }))) return { ok: false, error: 'duplicateOrgNumber', fields: ['orgNumber'] }
    const organisation = await tx.organisation.create({
      data: { kind: 'MEMBER_ORGANISATION', memberType: d.memberType, name: d.name, shortName: d.shortName ?? null, countyId: county.id, orgNumber: d.orgNumber ?? null },
    })
    await audit({ entity: 'Organisation', entityId: organisation.id, data: { name: d.name, memberType: d.memberType, countyId: county.id } })
    return { ok: true, done: 'added', id: organisation.id }
  },
)
