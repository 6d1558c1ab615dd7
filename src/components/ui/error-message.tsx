'use client'

import { useEffect, useRef, type ReactNode } from 'react'
import type { TErrorTexts } from './error-texts'

/**
 * What both error pages say (src/app/error.tsx below the layout, src/app/global-error.tsx in
 * place of it): what went wrong, the reference the server logged, try again and a way home. Focus
 * moves to the heading, since the page changed under the person. Designsystemet's classes on plain
 * elements: both boundaries are in every route's first-load JavaScript, and its Button component
 * (with a spinner) cost 3 KiB there (issue 14).
 */
export function ErrorMessage({ texts: t, reference, retry, home }: { texts: TErrorTexts; reference: string | undefined; retry: () => void; home: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <>
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p className="ds-paragraph">{t.text}</p>
      {reference && (
        <p className="ds-paragraph">
          {t.reference}: <code data-testid="error-reference">{reference}</code>
        </p>
      )}
      <p className="flex flex-wrap items-center gap-4">
        <button type="button" className="ds-button" data-variant="primary" onClick={() => retry()}>
          {t.tryAgain}
        </button>
        {home}
      </p>
    </>
  )
}
