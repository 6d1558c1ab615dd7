import { checkedFile } from '@/features/forum/checked-file'
import type { Actor } from '@/server/authz/actor'
import { withPermission } from '@/server/authz/scopes/core'
import type { Tx } from '@/server/db/tenant'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { PORTAL_PAGE } from './options'
import { ZCreateResource, type TPortalResult } from './schemas'
import { sharedAs, sharingOptions } from './sharing'

/**
 * An author (write:resources) adds a package, a file, a link or a teaching plan, shared where
 * sharingOptions lets it. A unit's staff sharing wider than their unit leave it at the unit with
 * the wish recorded, for the principal to approve. Files pass the forum papers' upload rule.
 */
export const createResource = defineUseCase(
  { name: 'portal.create-resource', permission: 'write:resources', input: ZCreateResource, audit: 'resource.create', revalidate: () => [PORTAL_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TPortalResult> => {
    const option = (await sharingOptions(tx, actor)).find((o) => o.value === d.sharing)
    if (!option) return { ok: false, error: 'notShareable', fields: ['sharing'] }
    const file = d.file ? await checkedFile(d.file) : null
    if (file && 'error' in file) return { ok: false, error: file.error, fields: ['file'] }
    const place = sharedAs(option)
    const resource = await tx.resource.create({
      data: {
        ...place,
        kind: d.kind,
        title: d.title,
        summary: d.summary,
        body: d.body ?? null,
        themes: d.themes,
        audiences: d.audiences,
        levels: d.levels,
        grades: [...new Set(d.grades)].sort((a, b) => a - b),
        curricula: d.curricula,
        competenceAims: d.competenceAims,
        durationWeeks: d.durationWeeks ?? null,
        licence: d.licence,
        language: d.language,
        url: d.url ?? null,
        ...(file ?? {}),
        authorOrganisationId: await authorOrganisation(tx, actor),
        createdById: actor.userId,
      },
      select: { id: true },
    })
    await audit({
      entity: 'Resource',
      entityId: resource.id,
      partnershipId: place.partnershipId,
      data: { kind: d.kind, title: d.title, visibility: place.visibility, requestedVisibility: place.requestedVisibility, sha256: file?.sha256 ?? null },
    })
    return { ok: true, done: option.needsApproval ? 'sharingRequested' : 'resourceCreated', id: resource.id }
  },
)

/** The organisation the author writes for: its membership's (UH, owner), else its unit's owner. */
async function authorOrganisation(tx: Tx, actor: Actor): Promise<string | null> {
  const writers = withPermission(actor, 'write:resources')
  const direct = writers.find((m) => m.organisationId)?.organisationId
  if (direct) return direct
  const unitId = writers.find((m) => m.unitId)?.unitId
  return unitId ? ((await tx.unit.findUnique({ where: { id: unitId }, select: { ownerId: true } }))?.ownerId ?? null) : null
}
