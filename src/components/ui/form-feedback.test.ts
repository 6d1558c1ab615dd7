import path from 'node:path'
import { build } from 'esbuild'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The form frame's feedback in a real browser (focus, ids and the design system's field
 * behaviour exist only there): form-feedback.harness.tsx bundled with esbuild, as Next would
 * bundle it for the browser, with next-intl's React part (use-intl) and a plain link for
 * next/link, and run in Debian's Chromium.
 */
const here = import.meta.dirname
let browser: Browser
let page: Page

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(here, 'form-feedback.harness.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: { 'next-intl': 'use-intl' },
    plugins: [
      {
        name: 'as-next',
        setup(b) {
          // As next.config.ts: only the design system's behaviours we load (its entries, `…-web/ds-field`, stay).
          b.onResolve({ filter: /^@digdir\/designsystemet-web$/ }, () => ({ path: path.join(here, 'designsystemet-web.ts') }))
          b.onResolve({ filter: /^next\/link$/ }, () => ({ path: 'next-link', namespace: 'stub' }))
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: "import { createElement } from 'react'; export default (props) => createElement('a', props)", resolveDir: here }))
        },
      },
    ],
  })
  return result.outputFiles[0]!.text
}

beforeAll(async () => {
  const script = await bundle()
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.setContent('<!doctype html><html lang="nb"><body><main><div id="root"></div></main></body></html>')
  await page.addScriptTag({ content: script })
  await page.getByRole('button', { name: 'Lagre' }).waitFor()
  expect(errors).toEqual([])
})

afterAll(async () => {
  await browser?.close()
})

const focused = (p: Page) => p.evaluate(() => document.activeElement?.id || document.activeElement?.tagName.toLowerCase())

describe('the form frame after a refused submit', () => {
  it('shows an error summary that has the focus and names each invalid field once, in the form’s order', async () => {
    await page.getByRole('button', { name: 'Lagre' }).click()
    const summary = page.getByRole('group', { name: 'Rett opp disse 6 feilene:' })
    await expect.poll(() => summary.count()).toBe(1)
    expect(await summary.getAttribute('class')).toBe('ds-error-summary')
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('ds-error-summary')
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Tittel', 'Nivå', 'Temaer', 'Budsjett (kr)', 'Prioritet', 'Stemmer'])
  })

  it('links each item to its field’s id, and following a link puts the focus in the field', async () => {
    const links = page.getByRole('group', { name: 'Rett opp disse 6 feilene:' }).getByRole('link')
    const targets = await links.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href')!, field: document.getElementById(a.getAttribute('href')!.slice(1))?.getAttribute('name') })))
    expect(targets.map((t) => t.field)).toEqual(['title', 'level', 'themes', 'budget', 'priority', null])
    // Ids from the names: the same on the server, so the links work without JavaScript where the field takes its id from the frame.
    for (const t of targets.slice(0, 5)) expect(t.href).toMatch(new RegExp(`-${t.field}$`))
    for (const [i, name] of ['title', 'level', 'themes', 'budget', 'priority'].entries()) {
      await links.nth(i).click()
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(name)
    }
    // A group's own message: the link goes to the message, which takes the focus.
    await links.nth(5).click()
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Velg minst én stemme.')
    // Each message once: the summary names the group, it does not repeat what it says.
    expect(await page.getByText('Velg minst én stemme.').count()).toBe(1)
    // The label still names its field after the id changed (the design system's field behaviour follows it).
    await page.locator('label', { hasText: /^Tittel$/ }).click()
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('title')
  })

  it('ties each field to its error and its description (aria-describedby, aria-invalid), with ids that exist', async () => {
    const described = await page.evaluate(() =>
      ['title', 'level', 'themes', 'budget', 'priority'].map((name) => {
        const control = document.querySelector<HTMLInputElement>(`[name="${name}"]`)!
        const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
        return { name, invalid: control.getAttribute('aria-invalid'), texts: ids.map((id) => document.getElementById(id)?.textContent ?? `(no element ${id})`) }
      }),
    )
    expect(described).toEqual([
      { name: 'title', invalid: 'true', texts: ['Fyll ut feltet.'] },
      { name: 'level', invalid: 'true', texts: ['Velg et av alternativene i listen.'] },
      { name: 'themes', invalid: 'true', texts: ['Velg minst ett alternativ.'] },
      { name: 'budget', invalid: 'true', texts: ['Skriv beløpet i kroner.', 'Hele kroner'] },
      { name: 'priority', invalid: 'true', texts: ['Skriv et tall fra og med 1 til og med 999.'] },
    ])
    // Every box of the group, not only the one the summary links to.
    const boxes = await page.locator('[name="themes"]').evaluateAll((es) => es.map((e) => [e.getAttribute('aria-invalid'), document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent]))
    expect(boxes).toEqual([
      ['true', 'Velg minst ett alternativ.'],
      ['true', 'Velg minst ett alternativ.'],
    ])
  })

  it('takes the focus again after a second refusal', async () => {
    await page.getByLabel('Prioritet').focus()
    await page.getByRole('button', { name: 'Lagre' }).click()
    await expect.poll(() => focused(page)).toBe('ds-error-summary')
  })
})

describe('the form frame after a save', () => {
  it('says so in a polite live region beside the button, and the summary is gone', async () => {
    const status = page.getByRole('status')
    expect(await status.textContent()).toBe('')
    await page.getByLabel('Tittel').fill('Lesing i alle fag')
    await page.getByRole('button', { name: 'Lagre' }).click()
    await expect.poll(() => status.textContent()).toBe('Lagret.')
    expect(await page.locator('ds-error-summary').count()).toBe(0)
    expect(await page.locator('[aria-invalid="true"]').evaluateAll((es) => es.map((e) => e.outerHTML))).toEqual([])
  })
})
