import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { SkipLink } from '@/components/ui/ds-static'
import { AccountMenu } from '@/features/auth/components/account-menu'
import { LanguageSwitcher } from '@/components/ui/language-switcher'
import { MainNav } from '@/features/navigation/components/main-nav'
import { ErrorTexts } from '@/components/ui/error-texts'
import './globals.css'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Layout')
  return { title: { default: t('appName'), template: `%s – ${t('appName')}` }, description: t('tagline') }
}

// Note: no NextIntlClientProvider here: each page gives its client components only the message
// namespaces they use (src/i18n/client-messages.tsx, issue 14).
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale()
  const t = await getTranslations('Layout')
  const tErrors = await getTranslations('Errors')
  // The error page's texts (src/app/error.tsx, a client component): five strings, not a provider and catalogue.
  const errorTexts = { title: tErrors('errorTitle'), text: tErrors('errorText'), reference: tErrors('reference'), tryAgain: tErrors('tryAgain'), backHome: tErrors('backHome') }
  return (
    <html lang={locale === 'en' ? 'en' : locale} data-color-scheme="light">
      <body>
        <SkipLink href="#main">{t('skipLink')}</SkipLink>
        <header className="border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-tinted)]">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 sm:py-3">
            <div>
              <Link href="/" className="text-2xl font-bold text-[var(--ds-color-accent-text-default)] no-underline">
                {t('appName')}
              </Link>
              {/* The tagline gives way on a phone, where the header would otherwise take a third of the screen. */}
              <p className="m-0 hidden text-sm sm:block">{t('tagline')}</p>
            </div>
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
              <AccountMenu />
              <LanguageSwitcher current={locale} label={t('chooseLanguage')} />
            </div>
          </div>
          <MainNav />
        </header>
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
          <ErrorTexts texts={errorTexts}>{children}</ErrorTexts>
        </main>
        <footer className="mx-auto max-w-6xl border-t border-[var(--ds-color-neutral-border-subtle)] px-4 py-6 text-sm">
          <p>{t('footerAbout')}</p>
          <p>
            <Link href="/tilgjengelighet" className="ds-link">
              {t('accessibility')}
            </Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
