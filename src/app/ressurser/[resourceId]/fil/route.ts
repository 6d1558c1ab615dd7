import { getResourceFile } from '@/features/portal/get-resource'
import { downloadResponse } from '@/server/http/download'
import { defineRoute } from '@/server/usecase/define-route'

/** GET - a resource's file, for everyone who reads the resource (resourceReadScope), as the resource page. */
export const GET = defineRoute<{ resourceId: string }>({ route: '/ressurser/[resourceId]/fil', permission: 'read:partnership' }, async ({ actor, db, params: { resourceId } }) => {
  const file = await getResourceFile(db, actor, resourceId)
  if (!file?.content || !file.fileName || !file.contentType) return null
  // Note: a file someone uploaded: besides being a download (never inline on our origin), it runs nothing if opened.
  return downloadResponse(file.content, file.contentType, file.fileName, { 'Content-Security-Policy': "default-src 'none'; sandbox" })
})
