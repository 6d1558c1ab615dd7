'use client'

import Link from 'next/link'
import { lazy, Suspense, useActionState, useEffect, useId, useRef, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { Alert, Button } from '@/components/ui/ds-static'
import { typedBack, type TFormRefusal, type TFormResult } from '@/lib/form-input'
import { ActionForm } from './action-form'
import { fieldId, FormIdContext } from './field-id'
import type * as TSummaryModule from './form-feedback'

// Note: the error summary is not in the first load (the frame is in that of every page with a form,
// at its budget, ADR 028): it is fetched when the person first focuses a form, so that it is there,
// and drawn at once, by the time the form comes back refused; else (and on the server) lazily.
let summaryModule: Promise<typeof TSummaryModule> | undefined
let LoadedSummary: (typeof TSummaryModule)['default'] | undefined
const loadSummary = () => (summaryModule ??= import('./form-feedback').then((m) => ((LoadedSummary = m.default), m)))
const LazySummary = lazy(loadSummary)

export type { TFormResult }

/** What a form's fields need: what was typed, handed back with an error, and a field's own message. */
export interface TFieldAccess {
  input: (name: string) => string | undefined
  error: (field: string) => string | undefined
}

export interface TFieldHelpers<R extends TFormResult = TFormResult> extends TFieldAccess {
  state: R | null
  /** A field's name, what was typed in it (else `fallback`) and its message: `<Textfield label={…} {...field('title')} />`. */
  field: (name: string, fallback?: string) => { name: string; id: string; defaultValue: string | undefined; error: string | undefined }
}

export interface TResultFormProps<R extends TFormResult> {
  /** The messages namespace with `done.*`, `errors.*` (and `openCreated` when `linkTo` is given). */
  namespace: string
  action: (prev: R | null, formData: FormData) => Promise<R>
  submit: string
  hidden?: Record<string, string>
  children?: (f: TFieldHelpers<R>) => ReactNode
  variant?: 'primary' | 'secondary' | 'tertiary'
  className?: string
  /** Tight spacing and a small button, for forms that sit in a list. */
  compact?: boolean
  /** Empty the fields after a success (forms that add something); forms that edit keep what was saved. */
  resetOnSuccess?: boolean
  /** After a success, a link to what was created. */
  linkTo?: (id: string) => string
  /** Replaces the per-field messages where the fields sit in a table, so one message explains the marked cells. */
  generalError?: string
  after?: (state: R | null) => ReactNode
}

/**
 * The frame of a form for a server action: its state, field errors next to their fields, and the
 * submit button. After a refusal, an error summary (form-feedback.tsx) above the fields, one link
 * per field, or else the area's general error (`errors.<error>`), and the focus moves there; after
 * a success, the success message (`done.<done>`) in a polite live region beside the button, where
 * the person's eyes are at the end of a long form. Every area's forms use it with their own
 * message namespace.
 */
export function ResultForm<R extends TFormResult>({
  namespace,
  action,
  submit,
  hidden = {},
  children,
  variant = 'primary',
  compact = false,
  className = compact ? 'flex flex-col gap-2' : 'flex max-w-xl flex-col gap-4',
  resetOnSuccess = true,
  linkTo,
  generalError,
  after,
}: TResultFormProps<R>) {
  const t = useTranslations(namespace)
  const [state, formAction, pending] = useActionState<R | null, FormData>(action, null)
  const formId = useId().replace(/[^\w-]/g, '')
  const values = state?.values ?? {}
  // Note: TypeScript does not narrow a generic union by `ok`.
  const refusal = state && !state.ok ? (state as TFormRefusal) : null
  const fields = [...new Set(refusal?.fields ?? [])]
  const input = typedBack(state)
  // A field's own problem (said by the server, src/server/usecase/field-errors.ts), else the area's error.
  const error = (field: string) => (refusal && fields.includes(field) ? (refusal.fieldErrors?.[field] ?? t(`errors.${refusal.error}`, values)) : undefined)
  const helpers: TFieldHelpers<R> = { input, error, state, field: (name, fallback) => ({ name, id: fieldId(formId, name), defaultValue: input(name) ?? fallback, error: error(name) }) }
  const FormErrorSummary = LoadedSummary ?? LazySummary
  const general = useRef<HTMLDivElement>(null)
  useEffect(() => general.current?.focus(), [state])
  return (
    <ActionForm action={formAction} resetWhen={resetOnSuccess && state?.ok ? state : null} className={className} noValidate onFocus={() => void loadSummary()}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {refusal &&
        (fields.length > 0 ? (
          <Suspense>
            <FormErrorSummary
              heading={generalError ?? refusal.summary ?? t(`errors.${refusal.error}`, values)}
              problems={fields.map((name) => ({ name, message: error(name)! }))}
              formId={formId}
              result={state}
            />
          </Suspense>
        ) : (
          <Alert data-color="danger" ref={general} tabIndex={-1}>
            {t(`errors.${refusal.error}`, values)}
          </Alert>
        ))}
      <FormIdContext value={formId}>{children?.(helpers)}</FormIdContext>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant={variant} disabled={pending} data-size={compact ? 'sm' : undefined}>
          {submit}
        </Button>
        {/* Note: the live region is there before its message, or a screen reader may not say it. */}
        <div role="status">
          {state?.ok && (
            <Alert data-color="success" data-size={compact ? 'sm' : undefined}>
              {t(`done.${state.done}`, values)}
              {linkTo && state.id && (
                <>
                  {' '}
                  <Link href={linkTo(state.id)} className="ds-link">
                    {t('openCreated')}
                  </Link>
                </>
              )}
            </Alert>
          )}
        </div>
      </div>
      {after?.(state)}
    </ActionForm>
  )
}
