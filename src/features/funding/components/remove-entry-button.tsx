'use client'

import { useActionState } from 'react'
import { useTranslations } from 'next-intl'
import { ValidationMessage } from '@digdir/designsystemet-react'
import { removeFundingEntryAction } from '../actions'
import type { TFundingResult } from '../schemas'

/** Takes back one co-financing or spending entry; `label` names the entry for screen readers. */
export function RemoveEntryButton({ entry, id, label }: { entry: 'coFinancing' | 'spending'; id: string; label: string }) {
  const t = useTranslations('Funding')
  const [state, action, pending] = useActionState<TFundingResult | null, FormData>(removeFundingEntryAction, null)
  return (
    <form action={action}>
      <input type="hidden" name="entry" value={entry} />
      <input type="hidden" name="id" value={id} />
      {/* Designsystemet's Button markup: its component (with a spinner) is otherwise in no form of the grant year's first load. */}
      <button type="submit" className="ds-button" data-variant="tertiary" data-size="sm" disabled={pending} aria-label={t('removeEntry', { entry: label })}>
        {t('remove')}
      </button>
      {state && !state.ok && <ValidationMessage>{t(`errors.${state.error}`)}</ValidationMessage>}
    </form>
  )
}
