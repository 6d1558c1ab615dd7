import { describe, expect, it } from 'vitest'
import { starterLibrary } from '../../src/features/surveys/instruments/library'
import { actionField, answerPosts, multipartBody, postFormHiddenFields, pupilPages, seededRandom } from './survey-form'
import { benchInstrument } from './survey-instrument'

// As React renders the answering pages: the header's language form posts too.
const html = `<header><form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_aaa"/><button name="locale" value="nn">Nynorsk</button></form></header>
<main><form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_bbb"/><input type="hidden" name="page" value="2"/>
<input type="radio" class="ds-input" name="le-safe" value="3"/></form></main>`

describe('what a browser without JavaScript posts', () => {
  it('reads the hidden fields of the form that posts the given field, not of the first form', () => {
    expect(postFormHiddenFields(html, 'page')).toEqual([['$ACTION_ID_bbb', ''], ['page', '2']])
    expect(actionField(postFormHiddenFields(html, 'locale'))).toEqual(['$ACTION_ID_aaa', ''])
    expect(() => postFormHiddenFields(html, 'code')).toThrow(/no form posting a field "code"/)
    expect(() => actionField([['page', '1']])).toThrow(/no \$ACTION_ID_ field among the form's hidden fields \(page\)/)
  })

  it('encodes fields as multipart/form-data parts, which the Web FormData parser reads back', async () => {
    const body = multipartBody([['$ACTION_ID_x', ''], ['code', 'ABCDE-FGHJK'], ['le-safe', '3']], 'b0undary')
    const form = await new Response(Uint8Array.from(body), { headers: { 'content-type': 'multipart/form-data; boundary=b0undary' } }).formData()
    expect([...form.entries()]).toEqual([['$ACTION_ID_x', ''], ['code', 'ABCDE-FGHJK'], ['le-safe', '3']])
  })

  it('posts the code, then every page with its number, its answers and the pressed button, each expecting the next 303', () => {
    const content = benchInstrument(starterLibrary.PUPILS_8_10, 40, 10)
    const pages = pupilPages(content, seededRandom(7))
    const posts = answerPosts({ code: 'ABCDE-FGHJK', startFields: [['$ACTION_ID_s', '']], pageFields: [['$ACTION_ID_p', '']], pages })
    expect(posts.map((p) => [p.path, p.expect])).toEqual([
      ['/svar', '/svar/skjema?side=1'],
      ['/svar/skjema?side=1', '/svar/skjema?side=2'],
      ['/svar/skjema?side=2', '/svar/skjema?side=3'],
      ['/svar/skjema?side=3', '/svar/skjema?side=4'],
      ['/svar/skjema?side=4', '/svar/takk'],
    ])
    expect(posts[0]!.fields).toEqual([['$ACTION_ID_s', ''], ['code', 'ABCDE-FGHJK']])
    const last = posts[4]!.fields
    expect(last.slice(0, 2)).toEqual([['$ACTION_ID_p', ''], ['page', '4']])
    expect(last.at(-1)).toEqual(['go', 'submit'])
    expect(posts[1]!.fields.at(-1)).toEqual(['go', 'next'])
    // Answers are 1–5 and only for the page's own items; a few are left blank.
    const answered = pages.flat()
    expect(answered.every(([, v]) => /^[1-5]$/.test(v))).toBe(true)
    expect(pages[0]!.every(([k]) => content.pages[0]!.items.some((i) => i.key === k))).toBe(true)
    expect(answered.length).toBeGreaterThan(35)
  })
})
