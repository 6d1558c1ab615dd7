'use server'

import { formAction } from '@/server/usecase/form-action'
import { setUnitTrack } from './set-unit-track'

// A public POST endpoint: the adapter finds the actor; the use case checks the permission and the scope.
export const setUnitTrackAction = formAction(setUnitTrack)
