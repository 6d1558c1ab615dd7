'use client'

import { Button, Field, Input, Label } from '@digdir/designsystemet-react'
import { ActionForm } from './action-form'

/** CSV and Excel (.xlsx), as the imports read them (src/lib/tabular-file.ts). */
const TABLE_FILES = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The first step of an import: one file field with its help text, and the button that asks for a preview. */
export function FileUploadForm({ action, pending, label, help, submit }: { action: (formData: FormData) => void; pending: boolean; label: string; help: string; submit: string }) {
  return (
    <ActionForm action={action} className="flex max-w-xl flex-col gap-3" encType="multipart/form-data">
      <Field>
        <Label>{label}</Label>
        <Field.Description>{help}</Field.Description>
        <Input type="file" name="file" accept={TABLE_FILES} required />
      </Field>
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {submit}
        </Button>
      </div>
    </ActionForm>
  )
}
