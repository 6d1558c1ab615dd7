import { getMaterialFile } from '@/features/networks/queries'
import { getDb } from '@/server/db'
import { downloadResponse } from '@/server/http/download'
import { protectedDownload } from '@/server/http/protected-download'

/** GET - a file shared in a network, for everyone who reads the network. 'read:partnership' and networkScope, as the network page. */
export async function GET(request: Request, { params }: { params: Promise<{ networkId: string; materialId: string }> }) {
  const { networkId, materialId } = await params
  return protectedDownload(request, 'read:partnership', async (actor) => {
    const file = await getMaterialFile(await getDb(), actor, networkId, materialId)
    if (!file?.content || !file.fileName || !file.contentType) return null
    // Note: a file someone uploaded: besides being a download (never inline on our origin), it runs nothing if opened.
    return downloadResponse(file.content, file.contentType, file.fileName, { 'Content-Security-Policy': "default-src 'none'; sandbox" })
  })
}
