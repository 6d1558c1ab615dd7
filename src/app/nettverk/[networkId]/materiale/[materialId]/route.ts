import { getMaterialFile } from '@/features/networks/downloads'
import { downloadResponse } from '@/server/http/download'
import { defineRoute } from '@/server/usecase/define-route'

/** GET - a file shared in a network, for everyone who reads the network: read:partnership and networkScope, as the network page. */
export const GET = defineRoute<{ networkId: string; materialId: string }>(
  { route: '/nettverk/[networkId]/materiale/[materialId]', permission: 'read:partnership' },
  async ({ actor, db, params: { networkId, materialId } }) => {
    const file = await getMaterialFile(db, actor, networkId, materialId)
    if (!file?.content || !file.fileName || !file.contentType) return null
    // Note: a file someone uploaded: besides being a download (never inline on our origin), it runs nothing if opened.
    return downloadResponse(file.content, file.contentType, file.fileName, { 'Content-Security-Policy': "default-src 'none'; sandbox" })
  },
)
