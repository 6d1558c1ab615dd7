'use client'

import { createContext, useContext, type ReactNode } from 'react'

/** What the error page (src/app/error.tsx) says, in the request's language. */
export interface TErrorTexts {
  title: string
  text: string
  reference: string
  tryAgain: string
  backHome: string
}

const ErrorTextsContext = createContext<TErrorTexts | null>(null)

/**
 * Hands the error page its few texts from the root layout. Note: the error page is a client
 * component and the layout has no NextIntlClientProvider (ADR 028: each page sends only its own
 * namespaces), so these five strings come as props instead of next-intl's client and a catalogue.
 */
export function ErrorTexts({ texts, children }: { texts: TErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>
}

export function useErrorTexts(): TErrorTexts | null {
  return useContext(ErrorTextsContext)
}
