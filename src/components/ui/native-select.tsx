/**
 * A native select inside its label, for the plain forms that must work without any script (the
 * survey pages' GET and POST forms); SelectField is the client-side one with Designsystemet's Field.
 * With no script to tie them (the design system's field behaviour), its description and error are
 * tied here: ids from `id` (else the name), named by aria-describedby, and aria-invalid with an error.
 */
export function NativeSelect({
  label,
  options,
  description,
  error,
  ...props
}: { label: string; name: string; id?: string; options: { value: string; label: string }[]; defaultValue?: string; required?: boolean; description?: string; error?: string }) {
  const base = props.id ?? props.name
  const describedBy = [error && `${base}-error`, description && `${base}-description`].filter(Boolean).join(' ')
  return (
    <label className="flex flex-col gap-1">
      {label}
      {description && (
        <span id={`${base}-description`} data-field="description">
          {description}
        </span>
      )}
      <select className="ds-input" aria-describedby={describedBy || undefined} aria-invalid={error ? true : undefined} {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <span id={`${base}-error`} className="ds-validation-message" data-field="validation">
          {error}
        </span>
      )}
    </label>
  )
}
