import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { AddStatementForm, CreateSetForm } from '@/features/assessment/components/forms'
import { getStatementSets } from '@/features/assessment/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Assessment')
  return { title: t('setsTitle') }
}

// Note: checked here and again in getStatementSets and in each action's use case (manage:development and scope).
export default definePage({ route: '/egenvurdering/pastander', permission: 'manage:development', noAccess: { namespace: 'Assessment', title: 'setsNoAccessTitle', text: 'setsNoAccessText' }, messages: clientMessages('Assessment', 'Development') }, async ({ actor, db }) => {
  const t = await getTranslations('Assessment')
  const { partnerships, sets } = await getStatementSets(db, actor)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('setsTitle')}
        </Heading>
        <Paragraph>{t('setsLead')}</Paragraph>
      </div>

      {sets.length === 0 && <Paragraph>{t('noSets')}</Paragraph>}
      {sets.map((s) => (
        <section key={s.id} aria-labelledby={`set-${s.id}`} className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id={`set-${s.id}`}>
            {s.name}
          </Heading>
          <Paragraph data-size="sm">
            {t('setFor', { kind: t(`unitKinds.${s.unitKind}`), partnership: s.partnershipName })} · {s.active ? t('active') : t('inactive')}
          </Paragraph>
          {s.statements.length === 0 ? (
            <Paragraph>{t('noStatements')}</Paragraph>
          ) : (
            <Table zebra className="w-full max-w-3xl" data-size="sm">
              <caption className="text-left">{t('statementsCaption', { set: s.name })}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('number')}</TableHeaderCell>
                  <TableHeaderCell>{t('area')}</TableHeaderCell>
                  <TableHeaderCell>{t('statement')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {s.statements.map((st) => (
                  <TableRow key={st.id}>
                    <TableCell>{st.position}</TableCell>
                    <TableCell>{st.area}</TableCell>
                    <TableCell>{st.text}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Disclosure summary={t('addStatementHeading', { set: s.name })}>
            <AddStatementForm setId={s.id} />
          </Disclosure>
        </section>
      ))}

      {partnerships.length > 0 && (
        <section aria-labelledby="new-set" className="flex flex-col gap-3">
          <Heading level={2} data-size="sm" id="new-set">
            {t('createSetHeading')}
          </Heading>
          <CreateSetForm partnerships={partnerships} />
        </section>
      )}
    </div>
  )
})
