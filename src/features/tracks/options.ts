// The option lists client forms show, apart from the zod schemas (zod stays out of the browser's
// bundle, tests/shape/client-boundary.test.ts).

/**
 * A unit's track in the partnership's work (seeds 000 and 002): connecting (new to the work, to be
 * connected), established (in the work), sharing (its strengths used by the others).
 */
export const TRACKS = ['CONNECTING', 'ESTABLISHED', 'SHARING'] as const
export type TTrack = (typeof TRACKS)[number]
