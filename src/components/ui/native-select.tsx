/**
 * A native select inside its label, for the plain forms that must work without any script (the
 * survey pages' GET and POST forms); SelectField is the client-side one with Designsystemet's Field.
 */
export function NativeSelect({ label, options, ...props }: { label: string; name: string; options: { value: string; label: string }[]; defaultValue?: string; required?: boolean }) {
  return (
    <label className="flex flex-col gap-1">
      {label}
      <select className="ds-input" {...props}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
