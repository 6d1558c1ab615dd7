/**
 * What an address may carry that PostgreSQL cannot take: a NUL character (`%00`). PostgreSQL
 * refuses it in a text parameter, so a path segment or search parameter holding one ended a page's
 * read with a database error (a 500) instead of an answer. No link of ours makes one; a typed or
 * hand-made address can (found by probing, issue 22). Forms are guarded in define-use-case.ts.
 */

type TSearchParams = Record<string, string | string[] | undefined>

/**
 * True when a path parameter holds a NUL: no record has such an id or slug, so the page is not
 * found. A route without dynamic segments gets no params object at all (undefined).
 */
export function paramsHoldNul(params: Record<string, string | string[] | undefined> | undefined): boolean {
  return Object.values(params ?? {}).some((value) => [value ?? []].flat().some((v) => v.includes('\u0000')))
}

/**
 * The search parameters without NUL characters. Note: dropped, not refused: a search or a filter
 * with one means the same without it, and the page answers as for that.
 */
export function searchParamsWithoutNul(searchParams: TSearchParams): TSearchParams {
  const clean = (v: string) => v.replaceAll('\u0000', '')
  return Object.fromEntries(
    Object.entries(searchParams).map(([name, value]) => [clean(name), Array.isArray(value) ? value.map(clean) : value === undefined ? undefined : clean(value)]),
  )
}
