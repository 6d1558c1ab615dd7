import { createHash } from 'node:crypto'
import { networkShareScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
// The same rule as the forum's papers: documents and images, checked by name and first bytes.
import { cleanFileName, MAX_PAPER_BYTES, paperType } from '@/features/forum/paper-types'
import { NETWORK_PAGE } from './paths'
import { ZAddMaterial, type TNetworksResult } from './schemas'

type TCheckedFile = { fileName: string; contentType: string; sizeBytes: number; sha256: string; content: Uint8Array<ArrayBuffer> }

/** A network's person, unit leader or coordinator shares a link or a file with the network (who may: networkShareScope). */
export const addMaterial = defineUseCase(
  { name: 'networks.add-material', permission: 'read:partnership', input: ZAddMaterial, audit: 'network.material.add', revalidate: () => [NETWORK_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    if (!!d.url === !!d.file) return { ok: false, error: 'linkOrFile', fields: ['url', 'file'] }
    const file = d.file ? await checkedFile(d.file) : null
    if (file && 'error' in file) return { ok: false, error: file.error, fields: ['file'] }
    const network = await tx.network.findFirst({ where: { AND: [{ id: d.networkId }, networkShareScope(actor)] }, select: { id: true, partnershipId: true } })
    if (!network) return { ok: false, error: 'notFound' }
    const material = await tx.networkMaterial.create({
      data: { partnershipId: network.partnershipId, networkId: network.id, title: d.title, description: d.description ?? null, url: d.url ?? null, ...(file ?? {}), addedById: actor.userId },
      select: { id: true },
    })
    await audit({
      entity: 'NetworkMaterial',
      entityId: material.id,
      partnershipId: network.partnershipId,
      data: { networkId: network.id, title: d.title, url: d.url ?? null, fileName: file?.fileName ?? null, sha256: file?.sha256 ?? null },
    })
    return { ok: true, done: 'materialAdded', id: network.id }
  },
)

/** An uploaded file as it is kept, or why it is refused: too large, or not a document or image by its name and first bytes. */
async function checkedFile(upload: File): Promise<TCheckedFile | { error: 'tooLarge' | 'fileType' }> {
  if (upload.size > MAX_PAPER_BYTES) return { error: 'tooLarge' }
  const bytes = new Uint8Array(await upload.arrayBuffer())
  const fileName = cleanFileName(upload.name)
  const contentType = paperType(fileName, bytes)
  if (!contentType) return { error: 'fileType' }
  return { fileName, contentType, sizeBytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), content: bytes }
}
