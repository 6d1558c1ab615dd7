'use client'

import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react'
import type { SelectHTMLAttributes } from 'react'

/** A labelled native select with an optional first "choose …" option and an error under it. */
export function SelectField({
  label,
  options,
  placeholder,
  error,
  ...props
}: {
  label: string
  options: { value: string; label: string }[]
  placeholder?: string
  error?: string
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'size' | 'multiple'>) {
  return (
    <Field>
      <Label>{label}</Label>
      <Select aria-invalid={!!error} {...props}>
        {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  )
}
