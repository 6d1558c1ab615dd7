'use client'

import { useSyncExternalStore } from 'react'
import { errorReference } from '@/components/ui/error-reference'
import { ErrorMessage } from '@/components/ui/error-message'
import { builtInErrorTexts, errorLanguage } from './global-error-texts'
import './globals.css'

const noSubscription = () => () => {}
const browserLanguage = () => errorLanguage(document.cookie, navigator.languages ?? [navigator.language])
const serverLanguage = () => 'nb' as const

/**
 * When the root layout itself fails: a whole document of its own (the layout is what failed), in
 * the language of the cookie or the browser, with the reference the server logged.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  // Note: rendered on the server first without the cookie; the browser's language follows on hydration.
  const language = useSyncExternalStore(noSubscription, browserLanguage, serverLanguage)
  const t = builtInErrorTexts(language)
  return (
    <html lang={language} data-color-scheme="light">
      <body>
        <title>{t.title}</title>
        <main className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
          <ErrorMessage
            texts={t}
            reference={errorReference(error)}
            retry={retry}
            home={
              // eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load, not next/link: the failed root layout is what would render the next page.
              <a href="/" className="ds-link">
                {t.backHome}
              </a>
            }
          />
        </main>
      </body>
    </html>
  )
}
