'use client'

import { createContext, useContext } from 'react'

/** The id of a form's field: the form's own id (React's useId, the same on the server and in the browser) and the field's name. */
export function fieldId(formId: string, name: string): string {
  return `${formId}-${name.replace(/[^\w-]/g, '_')}`
}

/** A form's id (inside ResultForm), for the fields that take their id from their name. */
export const FormIdContext = createContext<string | null>(null)

/** A field's id: its own, else the one its form's error summary links to (undefined outside a form frame). */
export function useFieldId(name: string | undefined, own?: string): string | undefined {
  const formId = useContext(FormIdContext)
  return own ?? (formId && name ? fieldId(formId, name) : undefined)
}
