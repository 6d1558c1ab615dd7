'use client'

import Link from 'next/link'
import { useEffect, useRef } from 'react'
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { useErrorTexts } from '@/components/ui/error-texts'
import { errorReference } from '@/components/ui/error-reference'
import { builtInErrorTexts } from './global-error-texts'

/**
 * A page that failed: said in the person's language (texts from the root layout, ErrorTexts),
 * with the reference the server logged with the error, so support can find the log line.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  // Without the layout's texts (cannot happen below the root layout) the built-in ones still speak Norwegian.
  const t = useErrorTexts() ?? builtInErrorTexts()
  const reference = errorReference(error)
  const heading = useRef<HTMLHeadingElement>(null)
  // The page changed under the person: move focus to what now explains it.
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="flex flex-col gap-4">
      <Heading level={1} data-size="lg" ref={heading} tabIndex={-1}>
        {t.title}
      </Heading>
      <Paragraph>{t.text}</Paragraph>
      {reference && (
        <Paragraph>
          {t.reference}: <code data-testid="error-reference">{reference}</code>
        </Paragraph>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="button" onClick={() => retry()}>
          {t.tryAgain}
        </Button>
        <Link href="/" className="ds-link">
          {t.backHome}
        </Link>
      </div>
    </div>
  )
}
