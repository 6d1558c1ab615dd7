'use client'

import { useEffect, useRef, useTransition, type FormHTMLAttributes, type ReactNode } from 'react'

/**
 * A form for a server action that keeps what the person typed when the action answers with an
 * error. React resets a `<form action>` after every action, and a `<select>` then falls back to its
 * first option whatever its default; so with JavaScript the form is sent from onSubmit instead,
 * and reset only when `resetWhen` changes to something (a success). Without JavaScript it still
 * posts as a plain form.
 */
export function ActionForm({
  action,
  resetWhen,
  children,
  ...props
}: { action: (formData: FormData) => void; resetWhen?: unknown; children: ReactNode } & Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'onSubmit'>) {
  const ref = useRef<HTMLFormElement>(null)
  const [, startTransition] = useTransition()
  useEffect(() => {
    if (resetWhen) ref.current?.reset()
  }, [resetWhen])
  return (
    <form
      ref={ref}
      action={action}
      onSubmit={(event) => {
        event.preventDefault()
        const formData = new FormData(event.currentTarget, event.nativeEvent.submitter)
        startTransition(() => action(formData))
      }}
      {...props}
    >
      {children}
    </form>
  )
}
