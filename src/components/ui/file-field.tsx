'use client'

import { Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react'
import { useFieldId } from './field-id'

/**
 * A file input with its label, what it takes (types, size) and the error under it. The browser
 * offers the `accept` types; the server checks type and size again. Its id comes from its name
 * inside a form frame (the error summary links to it).
 */
export function FileField({ label, description, accept, error, name = 'file' }: { label: string; description: string; accept: string; error: string | undefined; name?: string }) {
  return (
    <Field>
      <Label>{label}</Label>
      <Field.Description>{description}</Field.Description>
      <Input type="file" id={useFieldId(name)} name={name} accept={accept} aria-invalid={!!error} />
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  )
}
