import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { PageHeader } from '@/components/ui/page-header'
import { CreateResourceForm } from '@/features/portal/components/forms'
import { getSharingOptions } from '@/features/portal/sharing'
import { clientMessages } from '@/i18n/client-messages'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'

export const generateMetadata = pageTitle('Portal', 'newResource')

// Note: checked here and again in createResource (permission and the sharing options).
export default definePage(
  { route: '/ressurser/ny', permission: 'write:resources', noAccess: { redirectTo: '/ressurser' }, messages: clientMessages('Portal', 'Development') },
  async ({ actor, db }) => {
    const t = await getTranslations('Portal')
    const options = await getSharingOptions(db, actor)
    const sharing = options.map((o) => ({
      value: o.value,
      label: [t(`visibility.${o.visibility}`), o.name, o.needsApproval ? t('afterApproval') : null].filter(Boolean).join(' · '),
    }))
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t('newResource')} back={{ href: '/ressurser', label: t('back') }} lead={t('newLead')} />
        <Paragraph>{t('sharingHelp')}</Paragraph>
        <CreateResourceForm sharing={sharing} />
      </div>
    )
  },
)
