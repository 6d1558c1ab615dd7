import type { ReactNode } from 'react'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type nb from '../../messages/nb.json'

/** A top-level namespace of the message files (`Funding`, `Forum`, …). */
export type TNamespace = keyof typeof nb

/**
 * The language, time zone and the named message namespaces for the client components under
 * `children`, and no other messages. Server components translate with `getTranslations` and need
 * nothing here.
 *
 * Note: the root layout has no provider, so a page without this sends no messages and no
 * next-intl client code at all (issue 14: the whole catalogue, 69 of the 74 KB of the lightest
 * page's HTML, went to every page). A page declares the namespaces its client components use
 * (`definePage({ …, messages: ['Funding'] })`); src/i18n/client-messages.test.ts reads them from
 * the code and fails when a page's list and its client components disagree. An empty list still
 * gives the language and time zone (charts format numbers with `useFormatter`).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly TNamespace[]; children: ReactNode }) {
  const all = await getMessages()
  const picked = Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
