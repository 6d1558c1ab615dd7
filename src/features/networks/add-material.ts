import { createHash } from 'node:crypto'
import { can, type Actor } from '@/server/authz/actor'
import { networkShareScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
// The same rule as the forum's papers: documents and images, checked by name and first bytes.
import { cleanFileName, MAX_PAPER_BYTES, paperType } from '@/features/forum/paper-types'
import { invalidFields, ZAddMaterial, type TNetworksResult } from './schemas'

/** A network's person, unit leader or coordinator shares a link or a file with the network. */
export async function addMaterial(db: Db, actor: Actor, input: unknown): Promise<TNetworksResult> {
  if (!can(actor, 'join:gatherings')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddMaterial.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  if (!!d.url === !!d.file) return { ok: false, error: 'linkOrFile', fields: ['url', 'file'] }
  let file: { fileName: string; contentType: string; sizeBytes: number; sha256: string; content: Uint8Array<ArrayBuffer> } | null = null
  if (d.file) {
    if (d.file.size > MAX_PAPER_BYTES) return { ok: false, error: 'tooLarge', fields: ['file'] }
    const bytes = new Uint8Array(await d.file.arrayBuffer())
    const fileName = cleanFileName(d.file.name)
    const contentType = paperType(fileName, bytes)
    if (!contentType) return { ok: false, error: 'fileType', fields: ['file'] }
    file = { fileName, contentType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes }
  }

  return withActorTenants(db, actor, async (tx) => {
    const network = await tx.network.findFirst({ where: { AND: [{ id: d.networkId }, networkShareScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    const material = await tx.networkMaterial.create({
      data: { partnershipId: network.partnershipId, networkId: network.id, title: d.title, description: d.description ?? null, url: d.url ?? null, ...(file ?? {}), addedById: actor.userId },
      select: { id: true },
    })
    await tx.auditLog.create({
      data: {
        actorUserId: actor.userId,
        partnershipId: network.partnershipId,
        action: 'network.material.add',
        entity: 'NetworkMaterial',
        entityId: material.id,
        data: { networkId: network.id, title: d.title, url: d.url ?? null, fileName: file?.fileName ?? null, sha256: file?.sha256 ?? null },
      },
    })
    return { ok: true, done: 'materialAdded', id: network.id }
  })
}
