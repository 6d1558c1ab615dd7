import { networkShareScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
// The same rule as the forum's papers: documents and images, checked by name and first bytes.
import { checkedFile } from '@/features/forum/checked-file'
import { NETWORK_PAGE } from './paths'
import { ZAddMaterial, type TNetworksResult } from './schemas'

/** A network's person, unit leader or coordinator shares a link or a file with the network (who may: networkShareScope). */
export const addMaterial = defineUseCase(
  { name: 'networks.add-material', permission: 'read:partnership', input: ZAddMaterial, audit: 'network.material.add', revalidate: () => [NETWORK_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TNetworksResult> => {
    if (!!d.url === !!d.file) return { ok: false, error: 'linkOrFile', fields: ['url', 'file'] }
    const file = d.file ? await checkedFile(d.file) : null
    // The schema has turned an empty file input into no file, so an empty file cannot come here.
    if (file && 'error' in file) return { ok: false, error: file.error === 'emptyFile' ? 'fileType' : file.error, fields: ['file'] }
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
