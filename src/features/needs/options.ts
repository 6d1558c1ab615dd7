// The option lists that client forms show: kept apart from the zod schemas beside them (which use
// them too), so that zod stays out of the browser's bundle (issue 14, tests/shape/client-boundary.test.ts).
import { Theme } from '@/generated/prisma/enums'

export const THEMES = Object.values(Theme)

/** A self-assessment priority as the text of a needs priority (what the one-click add writes). */
export const suggestionText = (p: { title: string; goal: string }) => `${p.title}. ${p.goal}`
