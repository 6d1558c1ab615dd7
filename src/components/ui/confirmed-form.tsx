'use client'

import { useActionState, useEffect, useId, useRef, type ReactNode } from 'react'
import { useFormatter, useTranslations } from 'next-intl'
import { Alert, Button, Heading, Paragraph } from '@/components/ui/ds-static'
import { ActionForm } from '@/components/ui/action-form'
import { typedBack, type TFormResult } from '@/lib/form-input'
import { NOK, oreToKroner } from '@/lib/money'

export interface TConfirmText {
  /** The button that opens the dialog, e.g. «Send til Statsforvalteren …». */
  open: string
  title: string
  body: string
  confirm: string
}

/**
 * A form whose submission is irreversible: its button opens a modal dialog (native <dialog>, so
 * the browser keeps focus inside it, Escape closes it and focus returns to the button) that says
 * what cannot be undone; only its confirm button sends the form. Focus starts on «Avbryt», so a
 * stray Enter does nothing harmful. Messages (`done.*`, `errors.*`, `cancel`) come from the
 * RecommendationLifecycle namespace, or the one given: YearEnd for the closing and reopening of a
 * grant year, Forum for the approval of minutes, OwnerReports for submitting an owner's report.
 */
export function ConfirmedForm<R extends TFormResult>({
  action,
  hidden,
  text,
  namespace = 'RecommendationLifecycle',
  children,
}: {
  action: (prev: R | null, formData: FormData) => Promise<R>
  hidden: Record<string, string>
  text: TConfirmText
  namespace?: 'RecommendationLifecycle' | 'YearEnd' | 'Forum' | 'OwnerReports'
  children?: (f: { input: (name: string) => string | undefined; error: (field: string) => string | undefined; state: R | null }) => ReactNode
}) {
  const t = useTranslations(namespace)
  const [state, formAction, pending] = useActionState<R | null, FormData>(action, null)
  const dialog = useRef<HTMLDialogElement>(null)
  const cancel = useRef<HTMLButtonElement>(null)
  // React takes `autoFocus` over and focuses on mount, not when the dialog opens, so the focus is moved here.
  const open = () => {
    dialog.current?.showModal()
    cancel.current?.focus()
  }
  const titleId = useId()
  const bodyId = useId()
  // The answer is shown on the page, so the dialog closes once it has come.
  useEffect(() => {
    if (state) dialog.current?.close()
  }, [state])
  const format = useFormatter()
  // `left` and `total` are øre (the use case's answer), shown as kroner in the person's number format.
  const values = Object.fromEntries(Object.entries(state?.values ?? {}).map(([k, v]) => [k, k === 'left' || k === 'total' ? format.number(oreToKroner(BigInt(v)), NOK) : String(v)]))
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? (state.fieldErrors?.[field] ?? t(`errors.${state.error}`, values)) : undefined)
  return (
    <ActionForm action={formAction} className="flex max-w-3xl flex-col gap-4" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state?.ok && <Alert data-color="success">{t(`done.${state.done}`, values)}</Alert>}
      {state && !state.ok && <Alert data-color="danger">{t(`errors.${state.error}`, values)}</Alert>}
      {children?.({ input: typedBack(state), error, state })}
      <div>
        <Button type="button" onClick={open} disabled={pending}>
          {text.open}
        </Button>
      </div>
      <dialog ref={dialog} className="ds-dialog" aria-labelledby={titleId} aria-describedby={bodyId}>
        <div className="flex flex-col gap-4 p-2">
          <Heading level={2} data-size="xs" id={titleId}>
            {text.title}
          </Heading>
          <Paragraph id={bodyId}>{text.body}</Paragraph>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={pending}>
              {text.confirm}
            </Button>
            <Button ref={cancel} type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              {t('cancel')}
            </Button>
          </div>
        </div>
      </dialog>
    </ActionForm>
  )
}
