'use server'

import { formAction } from '@/server/usecase/form-action'
import { saveOwnerReport } from './save-owner-report'
import { saveOwnerReportInput } from './schemas'
import { submitOwnerReport } from './submit-owner-report'

export const saveOwnerReportAction = formAction(saveOwnerReport, { toInput: saveOwnerReportInput })
export const submitOwnerReportAction = formAction(submitOwnerReport)
