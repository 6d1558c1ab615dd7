import { z } from 'zod'

/**
 * The live source: SSB's PxWebApi v2 (`GET {base}/tables/{id}/data?outputFormat=json-stat2&valueCodes[Dim]=a,b`).
 * The answer is read by the same json-stat2 importer as an uploaded file; only the download is here.
 * SSB allows 30 requests a minute and 800,000 cells a query: one request per table is far below.
 */
export const SSB_API_BASE = 'https://data.ssb.no/api/pxwebapi/v2'

export const ZSsbQuery = z.object({
  tableId: z.string().regex(/^\d{5}$/, 'tableId'),
  /** Per dimension the codes asked for (`*` for all, `top(3)` for the last three years, as SSB writes them). */
  valueCodes: z.record(z.string().regex(/^[A-Za-z0-9_]+$/), z.array(z.string().min(1).max(40)).min(1)),
  base: z.url().default(SSB_API_BASE),
})
export type TSsbQuery = z.input<typeof ZSsbQuery>

/** The data URL of a query, with each dimension's codes comma-separated as the API takes them. */
export function ssbDataUrl(query: TSsbQuery): URL {
  const { tableId, valueCodes, base } = ZSsbQuery.parse(query)
  const url = new URL(`${base.replace(/\/$/, '')}/tables/${tableId}/data`)
  url.searchParams.set('lang', 'no')
  url.searchParams.set('outputFormat', 'json-stat2')
  for (const [dimension, codes] of Object.entries(valueCodes)) url.searchParams.set(`valueCodes[${dimension}]`, codes.join(','))
  return url
}

/** The json-stat2 text of a query, or why there is none (SSB's status, a timeout, no network). */
export async function downloadSsbTable(query: TSsbQuery, options: { timeoutMs?: number } = {}): Promise<{ ok: true; fileName: string; text: string } | { ok: false; error: string }> {
  const url = ssbDataUrl(query)
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) })
    if (!response.ok) return { ok: false, error: `HTTP ${response.status} ${url.origin}${url.pathname}` }
    return { ok: true, fileName: `ssb-${query.tableId}.json`, text: await response.text() }
  } catch (error) {
    return { ok: false, error: `${(error as Error).message} (${url.origin}${url.pathname})` }
  }
}
