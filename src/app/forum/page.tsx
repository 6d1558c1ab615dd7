import { getFormatter, getTranslations } from 'next-intl/server'
import type { TForumRow } from '@/features/forum/get-forums'
import { getForumList } from '@/features/forum/body-options'
import { CreateBodyForm } from '@/features/forum/components/body-forms'
import { Section } from '@/components/ui/section'
import { clientMessages } from '@/i18n/client-messages'
import { osloDay } from '@/lib/oslo-time'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('Forum', 'title')

// Note: checked here and again in getForumList (permission and scope).
export default definePage({ route: '/forum', permission: 'read:forum', noAccess: { namespace: 'Forum' }, messages: clientMessages('Forum') }, async ({ actor, db }) => {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const { forums, partnerships } = await getForumList(db, actor)
  const columns: TColumn<TForumRow>[] = [
    { header: t('forum'), href: (f) => `/forum/${f.id}`, cell: (f) => f.name },
    { header: t('bodyKind'), cell: (f) => t(`bodyKinds.${f.kind}`) },
    { header: t('nextMeeting'), cell: (f) => (f.nextMeeting ? `${f.nextMeeting.title}, ${format.dateTime(f.nextMeeting.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })}` : t('none')) },
    { header: t('openItems'), numeric: true, cell: (f) => format.number(f.openItems) },
    { header: t('journalLink'), href: (f) => `/vedtak/${f.partnershipSlug}`, cell: (f) => t('journalHeading', { partnership: f.partnershipName }) },
  ]

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')} />
      <DataTable caption={t('forumsCaption')} rows={forums} columns={columns} empty={t('noForums')} />
      {partnerships.length > 0 && (
        <Section id="new-body" heading={t('createBodyHeading')}>
          <CreateBodyForm partnerships={partnerships} today={osloDay(new Date()).toISOString().slice(0, 10)} />
        </Section>
      )}
    </div>
  )
})
