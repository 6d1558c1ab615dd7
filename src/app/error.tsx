'use client'

import Link from 'next/link'
import { useErrorTexts } from '@/components/ui/error-texts'
import { errorReference } from '@/components/ui/error-reference'
import { ErrorMessage } from '@/components/ui/error-message'

/**
 * A page that failed: said in the person's language (texts from the root layout, ErrorTexts),
 * with the reference the server logged with the error, so support can find the log line.
 */
export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  // Below the root layout its texts are always there (ErrorTexts); were they not, global-error.tsx answers.
  const t = useErrorTexts()
  if (!t) throw error
  return (
    <div className="flex flex-col gap-4">
      <ErrorMessage
        texts={t}
        reference={errorReference(error)}
        retry={retry}
        home={
          <Link href="/" className="ds-link">
            {t.backHome}
          </Link>
        }
      />
    </div>
  )
}
