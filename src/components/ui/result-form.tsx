'use client'

import Link from 'next/link'
import { useActionState, type ReactNode } from 'react'
import { useTranslations } from 'next-intl'
import { Alert, Button } from '@/components/ui/ds-static'
import { typedBack, type TFormResult } from '@/lib/form-input'
import { ActionForm } from './action-form'

export type { TFormResult }

/** What a form's fields need: what was typed, handed back with an error, and a field's own message. */
export interface TFieldAccess {
  input: (name: string) => string | undefined
  error: (field: string) => string | undefined
}

export interface TFieldHelpers<R extends TFormResult = TFormResult> extends TFieldAccess {
  state: R | null
  /** A field's name, what was typed in it (else `fallback`) and its message: `<Textfield label={…} {...field('title')} />`. */
  field: (name: string, fallback?: string) => { name: string; defaultValue: string | undefined; error: string | undefined }
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
 * The frame of a form for a server action: its state, the success message (`done.<done>`) or a
 * general error (`errors.<error>`) from the area's message namespace, field errors next to their
 * fields, and the submit button. Every area's forms use it with their own namespace.
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
  const values = state?.values ?? {}
  const hasFieldErrors = !!(state && !state.ok && state.fields?.length)
  const input = typedBack(state)
  // A field's own problem (said by the server, src/server/usecase/field-errors.ts), else the area's error.
  const error = (field: string) => (state && !state.ok && state.fields?.includes(field) ? (state.fieldErrors?.[field] ?? t(`errors.${state.error}`, values)) : undefined)
  const helpers: TFieldHelpers<R> = { input, error, state, field: (name, fallback) => ({ name, defaultValue: input(name) ?? fallback, error: error(name) }) }
  return (
    <ActionForm action={formAction} resetWhen={resetOnSuccess && state?.ok ? state : null} className={className} noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state?.ok && (
        <Alert data-color="success">
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
      {state && !state.ok && (!hasFieldErrors || generalError) && (
        <Alert data-color="danger">{hasFieldErrors && generalError ? generalError : t(`errors.${state.error}`, values)}</Alert>
      )}
      {children?.(helpers)}
      <div>
        <Button type="submit" variant={variant} disabled={pending} data-size={compact ? 'sm' : undefined}>
          {submit}
        </Button>
      </div>
      {after?.(state)}
    </ActionForm>
  )
}
