'use client'

import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react'
import type { SelectHTMLAttributes } from 'react'
import { useFieldId } from './field-id'

/**
 * A labelled native select with an optional first "choose …" option and an error under it. Its
 * id comes from its name inside a form frame, so the error summary's link finds it even in the
 * server's HTML; the design system's field behaviour ties label, description and error to it
 * (aria-describedby).
 */
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
  const id = useFieldId(props.name, props.id)
  return (
    <Field>
      <Label>{label}</Label>
      <Select aria-invalid={!!error} {...props} id={id}>
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
