'use server'

import { runUseCase } from '@/server/actions/run-use-case'
import { retryEmail, type TOutboxResult } from './retry-email'

/** POST (server action) - try an unsent email again now; the use case checks manage:platform. */
export async function retryEmailAction(_prev: TOutboxResult | null, formData: FormData): Promise<TOutboxResult> {
  return runUseCase(retryEmail, Object.fromEntries(formData), formData, () => ['/admin/epost'], { sendsEmail: true })
}
