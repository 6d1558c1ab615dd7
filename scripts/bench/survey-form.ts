import type { TInstrumentContent } from '../../src/features/surveys/instruments/schemas'

// What a browser without JavaScript sends when a pupil answers: the answering pages are plain
// forms posting to server actions (src/features/surveys/answering/actions.ts). React renders such
// a form as `method="POST" enctype="multipart/form-data"` with a hidden `$ACTION_ID_…` field that
// names the action; the browser posts the form's fields in document order, the pressed button's
// name and value among them, and follows the action's 303 with a GET.

export type TField = [name: string, value: string]

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]
const unescapeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

/**
 * The hidden fields (React's action id among them) of the page's form that posts a field named
 * `field` (the language switcher in the header is a posting form too), read from the served HTML,
 * so the bench posts what this build's pages ask for rather than a remembered id.
 */
export function postFormHiddenFields(html: string, field: string): TField[] {
  const forms = [...html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)]
  const form = forms.find((f) => /\bmethod="post"/i.test(f[1]!) && f[2]!.includes(`name="${field}"`))
  if (!form) throw new Error(`no form posting a field "${field}" on the page`)
  const fields: TField[] = []
  for (const [tag] of form[2]!.matchAll(/<input\b[^>]*>/gi)) {
    if (attr(tag, 'type')?.toLowerCase() !== 'hidden') continue
    const name = attr(tag, 'name')
    if (name) fields.push([unescapeHtml(name), unescapeHtml(attr(tag, 'value') ?? '')])
  }
  return fields
}

/** The hidden field naming the server action (`$ACTION_ID_<id>`), or an error saying what the page had. */
export function actionField(fields: TField[]): TField {
  const found = fields.find(([name]) => name.startsWith('$ACTION_ID_'))
  if (!found) throw new Error(`no $ACTION_ID_ field among the form's hidden fields (${fields.map(([n]) => n).join(', ') || 'none'})`)
  return found
}

/** A multipart/form-data body as a browser encodes text fields (CRLF, one part per field). */
export function multipartBody(fields: TField[], boundary: string): Buffer {
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/"/g, '%22')}"\r\n\r\n${value}\r\n`)
  return Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8')
}

/** A small seeded generator (mulberry32): the same run answers the same, and no two pupils alike. */
export function seededRandom(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One pupil's answers, page by page: a score 1–5 for each item around the pupil's own level, and
 * now and then an item left blank (no item is compulsory), as the radios of each page would post them.
 */
export function pupilPages(content: TInstrumentContent, random: () => number): TField[][] {
  const level = 2.5 + random() * 2
  return content.pages.map((page) =>
    page.items.flatMap((item): TField[] => {
      if (random() < 0.02) return []
      const score = item.scale === 'frequency' ? (random() < 0.08 ? 3 + Math.floor(random() * 3) : 1 + Math.floor(random() * 2)) : Math.round(level + (random() + random() - 1) * 2)
      const v = Math.min(5, Math.max(1, score))
      return [[item.key, String(item.reverse ? 6 - v : v)]]
    }),
  )
}

/**
 * The posts of one answer, in order: the code on /svar, then each page of /svar/skjema with its
 * page number, its radios and the pressed button (`next`, on the last page `submit`). `expect` is
 * where the action's 303 must point; anything else is an error of the run.
 */
export function answerPosts(o: { code: string; startFields: TField[]; pageFields: TField[]; pages: TField[][] }) {
  const start = { path: '/svar', fields: [...o.startFields, ['code', o.code] as TField], expect: '/svar/skjema?side=1' }
  const pages = o.pages.map((items, i) => {
    const last = i === o.pages.length - 1
    const fields: TField[] = [...o.pageFields, ['page', String(i + 1)], ...items, ['go', last ? 'submit' : 'next']]
    return { path: `/svar/skjema?side=${i + 1}`, fields, expect: last ? '/svar/takk' : `/svar/skjema?side=${i + 2}` }
  })
  return [start, ...pages]
}
