'use server'

import { formAction } from '@/server/usecase/form-action'
import { setLeaderProgramme } from './set-leader-programme'

// A public POST endpoint: the adapter finds the actor; the use case checks the permission and the scope.
export const setLeaderProgrammeAction = formAction(setLeaderProgramme)
