import { AwardLettersView } from '@/features/award-letters/components/award-letters-view'
import { getAwardLetters } from '@/features/award-letters/get-award-letters'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('AwardLetters', 'pageTitle')

// Note: checked here and again in getAwardLetters (scope) and in both actions' use cases.
export default definePage<{ grantYearId: string }>(
  { route: '/okonomi/[grantYearId]/tilsagnsbrev', permission: 'read:funding', noAccess: { redirectTo: '/okonomi' }, messages: clientMessages('AwardLetters') },
  async ({ actor, db, params }) => <AwardLettersView page={foundOr404(await getAwardLetters(db, actor, params.grantYearId))} />,
)
