import { z } from 'zod'
import type { TAreaResult, TCommonError } from '@/lib/form-input'
import { isoDay } from '@/lib/form-schema'
import { THEMES } from '@/features/measures/options'

export const ZSetLeaderProgramme = z
  .object({
    networkId: z.uuid(),
    theme: z.enum(THEMES),
    startsOn: isoDay,
    endsOn: isoDay,
    // What the leaders work on between the gatherings (seed 003: the new curriculum over two years).
    aim: z.string().trim().min(3).max(2000),
  })
  .refine((d) => d.endsOn >= d.startsOn, { path: ['endsOn'], message: 'periodOrder' })

export type TLeaderGroupsError = TCommonError | 'periodOrder' | 'notLeaderNetwork'
export type TLeaderGroupsResult = TAreaResult<'programmeSaved', TLeaderGroupsError>
