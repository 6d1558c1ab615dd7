import { awardLetterFile } from '@/features/award-letters/letter-response'
import { defineRoute } from '@/server/usecase/define-route'

// Note: 'read:funding' is checked by defineRoute and again by the scope in getAwardLetterDocument.
export const GET = defineRoute<{ grantYearId: string; letterId: string }>({ route: '/okonomi/[grantYearId]/tilsagnsbrev/[letterId]/brev.pdf', permission: 'read:funding' }, ({ actor, db, params }) =>
  awardLetterFile(db, actor, params.grantYearId, params.letterId),
)
