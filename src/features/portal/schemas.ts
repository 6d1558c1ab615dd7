import { z } from 'zod'
import type { TCommonError, TFormRefusal } from '@/lib/form-input'
// Note: client forms import this file, so nothing here may reach server modules (the tenant context).
import { list, optional } from '@/lib/form-schema'
import { isAimOf, isCurriculumCode } from './curriculum'
import { AUDIENCES, GRADES, LANGUAGES, LICENCES, MODULE_KINDS, RESOURCE_KINDS, SCHOOL_LEVELS, THEMES, VISIBILITIES } from './options'

export * from './options'

/** Codes typed in one field, separated by commas or spaces: "MAT01-05, NOR01-06". */
const codes = z.preprocess(
  (v) => (typeof v === 'string' ? [...new Set(v.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean))] : v),
  z.array(z.string().max(20)).max(30),
)

/** Where a resource is shared: PUBLIC, LOGGED_IN, or PARTNERSHIP:, NETWORK:, UNIT: with an id; `:via:<unit>` for a unit's staff (sharing.ts). */
export const ZSharing = z.string().regex(/^(PUBLIC|LOGGED_IN|(PARTNERSHIP|NETWORK|UNIT):[0-9a-f-]{36})(:via:[0-9a-f-]{36})?$/, { message: 'choose' })

const file = z.preprocess((v) => (v instanceof File && v.size === 0 ? undefined : v), z.instanceof(File).optional())

export const ZCreateResource = z
  .object({
    kind: z.enum(RESOURCE_KINDS),
    title: z.string().trim().min(3).max(200),
    summary: z.string().trim().min(3).max(1000),
    body: optional(z.string().trim().max(20_000)),
    sharing: ZSharing,
    themes: list(z.enum(THEMES), THEMES.length).pipe(z.array(z.enum(THEMES)).min(1)),
    audiences: list(z.enum(AUDIENCES), AUDIENCES.length),
    levels: list(z.enum(SCHOOL_LEVELS), SCHOOL_LEVELS.length),
    grades: list(z.coerce.number().int().min(1).max(13), GRADES.length),
    curricula: codes,
    competenceAims: codes,
    durationWeeks: optional(z.coerce.number().int().min(1).max(104)),
    licence: z.enum(LICENCES),
    language: z.enum(LANGUAGES),
    url: optional(z.url({ protocol: /^https$/ }).max(1000)),
    file,
  })
  .superRefine((d, ctx) => {
    // Every code is checked against the Grep extract; an aim must belong to one of the curricula named.
    for (const code of d.curricula) if (!isCurriculumCode(code)) ctx.addIssue({ code: 'custom', path: ['curricula'], message: 'curriculumCode', params: { code } })
    for (const code of d.competenceAims) if (!isAimOf(code, d.curricula)) ctx.addIssue({ code: 'custom', path: ['competenceAims'], message: 'competenceAim', params: { code } })
    if (d.kind === 'LINK' && !d.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'linkNeeded' })
    if (d.kind === 'FILE' && !d.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'fileNeeded' })
  })

export const ZAddModule = z.object({
  resourceId: z.uuid(),
  kind: z.enum(MODULE_KINDS),
  title: z.string().trim().min(3).max(200),
  body: optional(z.string().trim().max(20_000)),
  url: optional(z.url({ protocol: /^https$/ }).max(1000)),
  durationWeeks: optional(z.coerce.number().int().min(1).max(52)),
})

export const ZApproveSharing = z.object({ resourceId: z.uuid(), decision: z.enum(['approve', 'refuse']) })

export const ZStartPackage = z.object({ resourceId: z.uuid(), unitId: z.uuid(), team: optional(z.string().trim().max(100)) })

export const ZMarkModule = z.object({ useId: z.uuid(), moduleId: z.uuid(), step: z.enum(['current', 'done']) })

export const ZLinkMeasure = z.object({ resourceId: z.uuid(), measureId: z.uuid() })

/** The search and filters of /ressurser (a GET form); anything not offered is no filter. */
export const ZResourceFilters = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(RESOURCE_KINDS).optional().catch(undefined),
  theme: z.enum(THEMES).optional().catch(undefined),
  audience: z.enum(AUDIENCES).optional().catch(undefined),
  level: z.enum(SCHOOL_LEVELS).optional().catch(undefined),
  grade: z.coerce.number().int().min(1).max(13).optional().catch(undefined),
  curriculum: z.string().trim().toUpperCase().max(20).optional().catch(undefined),
})
export type TResourceFilters = z.infer<typeof ZResourceFilters>

export type TPortalError = TCommonError | 'notShareable' | 'duplicate' | 'notPackage' | 'noModules' | 'tooLarge' | 'fileType' | 'emptyFile' | 'notPending'
export type TPortalDone = 'resourceCreated' | 'sharingRequested' | 'moduleAdded' | 'approved' | 'refused' | 'started' | 'moduleCurrent' | 'moduleDone' | 'finished' | 'measureLinked'

export type TPortalResult = { ok: true; done: TPortalDone; id: string; values?: Record<string, string | number> } | TFormRefusal<TPortalError>

export { VISIBILITIES }
