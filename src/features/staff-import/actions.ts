'use server'

import { formAction } from '@/server/usecase/form-action'
import { applyStaffImport, previewStaffImport } from './import-staff'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks
// `manage:staff` and the scope of every row's unit again (src/server/authz).

/** POST (server action) - read a staff file and show what importing it would do; writes nothing. */
export const previewStaffImportAction = formAction(previewStaffImport)

/** POST (server action) - import the previewed staff file, all rows in one transaction, or none. */
export const applyStaffImportAction = formAction(applyStaffImport)
