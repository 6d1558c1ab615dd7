'use server'

import { formAction } from '@/server/usecase/form-action'
import { uploadIndicatorFile } from './upload-indicator-file'

// A public POST endpoint: formAction finds the actor, and the use case checks import:indicators.

/** POST (server action) - import an SSB json-stat2 or Udir export file, all its cells in one transaction, or none. */
export const uploadIndicatorFileAction = formAction(uploadIndicatorFile)
