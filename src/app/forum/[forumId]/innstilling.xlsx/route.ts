import { recommendationFile } from '@/features/forum/recommendation-response'
import { defineRoute } from '@/server/usecase/define-route'

/** GET - the forum's yearly recommendation as xlsx (`?ar=YYYY`, else the newest year); the forum scope in the read. */
export const GET = defineRoute<{ forumId: string }>({ route: '/forum/[forumId]/innstilling.xlsx', permission: 'read:forum' }, ({ request, db, actor, params }) =>
  recommendationFile(request, db, actor, params.forumId, 'xlsx'),
)
