'use client'

import Link from 'next/link'
import { useEffect, useRef } from 'react'
import { useErrorTexts } from '@/components/ui/error-texts'
import { errorReference } from '@/components/ui/error-reference'

/**
 * A page that failed: said in the person's language (texts from the root layout, ErrorTexts),
 * with the reference the server logged with the error, so support can find the log line.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  // Below the root layout its texts are always there (ErrorTexts); were they not, global-error.tsx answers.
  const t = useErrorTexts()
  const reference = errorReference(error)
  const heading = useRef<HTMLHeadingElement>(null)
  // The page changed under the person: move focus to what now explains it.
  useEffect(() => heading.current?.focus(), [])
  if (!t) throw error
  return (
    <div className="flex flex-col gap-4">
      {/* Designsystemet's classes on plain elements: this boundary is in every route's first-load
          JavaScript, and its Button component (with a spinner) cost 3 KiB there (issue 14). */}
      <h1 className="ds-heading" data-size="lg" ref={heading} tabIndex={-1}>
        {t.title}
      </h1>
      <p className="ds-paragraph">{t.text}</p>
      {reference && (
        <p className="ds-paragraph">
          {t.reference}: <code data-testid="error-reference">{reference}</code>
        </p>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" className="ds-button" data-variant="primary" onClick={() => retry()}>
          {t.tryAgain}
        </button>
        <Link href="/" className="ds-link">
          {t.backHome}
        </Link>
      </div>
    </div>
  )
}
