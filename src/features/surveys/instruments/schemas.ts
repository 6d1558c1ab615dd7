import { z } from 'zod'

// An instrument version's content: pages of items on a 1–5 scale and the indicators computed from
// them. Stored as one JSON document per version (ADR 026): it is read and frozen whole, never
// queried item by item, and zod checks it on the way in and out.

export const INFORMANT_GROUPS = [
  'PUPILS_5_7',
  'PUPILS_8_10',
  'UPPER_SECONDARY',
  'PARENTS',
  'TEACHERS',
  'SCHOOL_LEADERS',
  'KINDERGARTEN_STAFF',
  'KINDERGARTEN_PARENTS',
] as const
export const ZInformantGroup = z.enum(INFORMANT_GROUPS)
export type TInformantGroup = z.infer<typeof ZInformantGroup>

/** Groups that answer with printed or shared codes, without login; staff get email links. */
export const CODE_GROUPS: readonly TInformantGroup[] = ['PUPILS_5_7', 'PUPILS_8_10', 'UPPER_SECONDARY', 'PARENTS', 'KINDERGARTEN_PARENTS']

export const ZText = z.object({ nb: z.string().trim().min(1), nn: z.string().trim().min(1), en: z.string().trim().min(1) })
export type TText = z.infer<typeof ZText>
export type TLocale = keyof TText

const ZKey = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/)

/** 'agree': 1 strongly disagree … 5 strongly agree; 'frequency': 1 never … 5 several times a week. */
export const ZScale = z.enum(['agree', 'frequency'])
export type TScale = z.infer<typeof ZScale>

export const ZItem = z.object({
  key: ZKey,
  text: ZText,
  scale: ZScale.default('agree'),
  /** A negatively worded item: its score is 6 − the answer, so 5 stays best in every indicator. */
  reverse: z.boolean().default(false),
})
export type TItem = z.infer<typeof ZItem>

export const ZIndicator = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('mean'), key: ZKey, name: ZText, items: z.array(ZKey).min(1) }),
  /** The share of respondents whose answer to `item` is at least `atLeast` (e.g. bullied 2–3 times a month or more). */
  z.object({ kind: z.literal('share'), key: ZKey, name: ZText, item: ZKey, atLeast: z.number().int().min(2).max(5) }),
])
export type TIndicator = z.infer<typeof ZIndicator>

export const ZPage = z.object({ title: ZText, items: z.array(ZItem).min(1).max(15) })

export const ZInstrumentContent = z
  .object({
    group: ZInformantGroup,
    title: ZText,
    intro: ZText,
    pages: z.array(ZPage).min(1).max(20),
    indicators: z.array(ZIndicator).min(1),
  })
  .superRefine((content, ctx) => {
    const items = new Map<string, TItem>()
    for (const item of content.pages.flatMap((p) => p.items)) {
      if (items.has(item.key)) ctx.addIssue({ code: 'custom', path: ['pages'], message: `duplicate item ${item.key}` })
      items.set(item.key, item)
    }
    const indicatorKeys = new Set<string>()
    for (const [i, indicator] of content.indicators.entries()) {
      if (indicatorKeys.has(indicator.key)) ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `duplicate indicator ${indicator.key}` })
      indicatorKeys.add(indicator.key)
      const used = indicator.kind === 'mean' ? indicator.items : [indicator.item]
      for (const key of used) if (!items.has(key)) ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `unknown item ${key}` })
      // A mean of frequencies is not "5 best"; frequency items feed share indicators only.
      if (indicator.kind === 'mean' && used.some((k) => items.get(k)?.scale === 'frequency'))
        ctx.addIssue({ code: 'custom', path: ['indicators', i], message: `mean over a frequency item in ${indicator.key}` })
    }
  })
export type TInstrumentContent = z.infer<typeof ZInstrumentContent>

export const allItems = (content: TInstrumentContent): TItem[] => content.pages.flatMap((p) => p.items)

/** The score an answer gives an item: reverse-coded items count 6 − answer. */
export const itemScore = (item: TItem, answer: number): number => (item.reverse ? 6 - answer : answer)

/** An answer's values: item key → 1–5. A skipped item is left out. */
export const ZAnswerValues = z.record(ZKey, z.number().int().min(1).max(5))
export type TAnswerValues = z.infer<typeof ZAnswerValues>
