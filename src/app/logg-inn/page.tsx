import { connection } from 'next/server'
import { getTranslations } from 'next-intl/server'
import { Alert, Heading, Paragraph } from '@/components/ui/ds-static'
import { demoSignInAction, providerSignInAction } from '@/features/auth/actions'
import { listDemoPeople } from '@/features/auth/demo-sign-in'
import { loginRateLimit } from '@/server/auth/login-attempts'
import { oidcProviders } from '@/server/auth/providers'
import { getDb } from '@/server/db'
import { isDemoMode } from '@/server/demo'
import { definePublicPage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { Section } from '@/components/ui/section'

export const generateMetadata = pageTitle('Auth', 'title')

// Public: the demo people are listed only in demo mode, and the page shows no tenant's data.
export default definePublicPage({ route: '/logg-inn' }, async ({ searchParams }) => {
  await connection()
  const t = await getTranslations('Auth')
  const tRoles = await getTranslations('Roles')
  const error = typeof searchParams.error === 'string' ? searchParams.error : undefined
  const providers = oidcProviders()
  const demoPeople = isDemoMode() ? await listDemoPeople(await getDb()) : []

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <Heading level={1} data-size="lg">
        {t('title')}
      </Heading>
      {error && (
        <Alert data-color="danger">
          {error === 'demo'
            ? t('errorDemo')
            : error === 'rate' || error === 'rate-account'
              ? t(error === 'rate' ? 'errorRate' : 'errorRateAccount', { minutes: Math.ceil(loginRateLimit().windowSeconds / 60) })
              : error === 'AccessDenied'
                ? t('errorNotLinked')
                : t('errorProvider')}
        </Alert>
      )}
      <Paragraph>{t('lead')}</Paragraph>
      {providers.length === 0 ? (
        <Paragraph>{t('noProviders')}</Paragraph>
      ) : (
        <form action={providerSignInAction} className="flex flex-wrap gap-3">
          {providers.map((p) => (
            <button key={p.id} type="submit" name="provider" value={p.id} className="ds-button" data-variant="primary">
              {t('withProvider', { provider: p.name })}
            </button>
          ))}
        </form>
      )}
      {demoPeople.length > 0 && (
        <Section id="demo" heading={t('demoHeading')}>
          <Paragraph>{t('demoLead')}</Paragraph>
          <ul className="m-0 flex list-none flex-col gap-2 p-0">
            {demoPeople.map((person) => (
              <li key={person.id}>
                <form action={demoSignInAction}>
                  <input type="hidden" name="userId" value={person.id} />
                  <button type="submit" className="ds-button" data-variant="secondary">
                    {t('demoAs', { name: person.name })} ({person.role ? tRoles(person.role) : t('noRole')})
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  )
})
