import { recommendationResponse } from '@/features/forum/recommendation-response'

/** GET - the forum's yearly recommendation as xlsx (`?ar=YYYY`, else the newest year). 'read:forum' and the forum scope. */
export async function GET(request: Request, { params }: { params: Promise<{ forumId: string }> }) {
  return recommendationResponse(request, (await params).forumId, 'xlsx')
}
