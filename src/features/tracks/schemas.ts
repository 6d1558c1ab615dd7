import { z } from 'zod'
import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { TRACKS } from './options'

export { TRACKS } from './options'

export const ZSetUnitTrack = z.object({
  unitId: z.uuid(),
  track: z.enum(TRACKS),
  // Why the unit moves: the history is read later by people who were not there.
  reason: z.string().trim().min(3).max(2000),
})

export type TTracksError = TCommonError | 'sameTrack'
export type TTracksResult = TAreaResult<'trackSet', TTracksError>
