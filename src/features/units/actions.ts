'use server'

import { formAction } from '@/server/usecase/form-action'
import { applyUnitImport, previewUnitImport } from './register-import'

// Each action is a public POST endpoint: formAction finds the actor, and the use case checks
// `import:units` and the counties of every row again (src/server/authz).

/** POST (server action) - read a national register file and show which units would be new, changed or closed; writes nothing. */
export const previewUnitImportAction = formAction(previewUnitImport)

/** POST (server action) - import the previewed register file, every unit in one transaction, or none. */
export const applyUnitImportAction = formAction(applyUnitImport)
