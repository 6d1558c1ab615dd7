import type { ReactNode } from 'react'
import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type nb from '../../messages/nb.json'

/** A top-level namespace of the message files (`Funding`, `Forum`, …). */
export type TNamespace = keyof typeof nb

/** What a page declares as `messages`: its namespaces, and the provider that hands them over. */
export interface TClientMessages {
  namespaces: readonly TNamespace[]
  provide: (children: ReactNode) => ReactNode
}

/**
 * The language, time zone and the named message namespaces for a page's client components, and
 * no other messages: `definePage({ …, messages: clientMessages('Funding') }, …)`. Server components
 * translate with `getTranslations` and need nothing here. An empty list still gives the language
 * and time zone (charts format numbers with `useFormatter`).
 *
 * Note: the root layout has no provider, so a page without this sends no messages and no
 * next-intl client code at all (issue 14: the whole catalogue, 69 of the 74 KB of the lightest
 * page's HTML, went to every page). The page itself imports this module, not definePage: a
 * client component is in a page's bundle when the page's modules import it, rendered or not.
 * src/i18n/client-messages.test.ts reads the declarations and fails when a page's list and its
 * client components disagree.
 */
export function clientMessages(...namespaces: TNamespace[]): TClientMessages {
  return { namespaces, provide: (children) => <ClientMessages namespaces={namespaces}>{children}</ClientMessages> }
}

async function ClientMessages({ namespaces, children }: { namespaces: readonly TNamespace[]; children: ReactNode }) {
  const all = await getMessages()
  const picked = Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
