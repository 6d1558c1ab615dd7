import { expect, test, type Page } from '../fixtures'
import { axeViolations } from '../axe'
import { loginAs } from '../login'
import type { Role } from '@/generated/prisma/client'
import { anotherParent, firstLinks, pagesOf, publicStaticRoutes } from './pages'
import { osloLocalIn } from '../dates'

/**
 * Issue 21: no page scrolls sideways on a phone. Wide tables scroll inside their own frame, figures
 * wrap, the header shrinks; the document itself is never wider than the screen. One demo person per
 * role visits every page the role may open (pages with a parameter through the first link to them),
 * at 390 px and, by resizing the same page, at 320 px. One failure lists every page that is too wide.
 */
const widths = [390, 320] as const

// One seeded person per role (prisma/seed/demo.ts, demoPeople). `everyPage`: this person reaches
// every page of its role with a parameter (after planning a meeting: the demo data has none), so a
// page no link leads to any more fails here instead of going unchecked.
const personas: { role: Role; name: string; everyPage?: true }[] = [
  { role: 'PLATFORM_ADMIN', name: 'Plattformadministrator', everyPage: true },
  { role: 'COUNTY_GOVERNOR_STAFF', name: 'Ingrid Statsforvalter' },
  { role: 'FORUM_SECRETARIAT', name: 'Sekretær Salten', everyPage: true },
  { role: 'FORUM_MEMBER', name: 'Kari KS-representant' },
  { role: 'UNIVERSITY_PARTNER', name: 'Ola Utviklingsveileder' },
  { role: 'UH_FACILITATOR', name: 'Eva Utviklingsveileder' },
  { role: 'SCHOOL_OWNER', name: 'Per Kommunalsjef' },
  { role: 'PRINCIPAL', name: 'Rektor Rita' },
  { role: 'KINDERGARTEN_HEAD', name: 'Styrer Sofie' },
  { role: 'TEACHER', name: 'Lærer Lars' },
  { role: 'KINDERGARTEN_STAFF', name: 'Pedagogisk leder Pia' },
  { role: 'RESOURCE_TEACHER', name: 'Lise Ressurslærer' },
]

/** Plans a meeting with one item in the first forum the person keeps (on the phone, as they would). */
async function planMeeting(page: Page) {
  await page.goto('/forum')
  await page.locator('main a[href^="/forum/"]').first().click()
  const title = `Møte planlagt på telefon ${Date.now()}`
  const plan = page.locator('details').filter({ has: page.getByText('Planlegg et møte') })
  if ((await plan.getAttribute('open')) === null) await page.getByText('Planlegg et møte').click()
  await page.getByLabel('Tittel').fill(title)
  await page.getByLabel('Dato og klokkeslett').fill(osloLocalIn(7))
  await page.getByRole('button', { name: 'Planlegg møtet' }).click()
  await page.getByRole('link', { name: title }).click()
  await page.getByLabel('Sak', { exact: true }).fill('Fordeling av årets midler')
  await page.getByRole('button', { name: 'Legg til sak' }).click()
  await expect(page.getByRole('heading', { level: 3, name: /Fordeling av årets midler/ })).toBeVisible()
}

type TPatterns = ReturnType<typeof pagesOf>['patterns']

/** Visits the pages (and those their links lead to), returning what is too wide or did not load, and the patterns never reached. */
async function checkPages(page: Page, routes: string[], patterns: TPatterns, { axe = false } = {}) {
  const problems: string[] = []
  const reached = new Set<string>()
  const [seen, visited] = [new Set<string>(), new Set<string>()]
  const unreachedNow = () => patterns.map((p) => p.route).filter((r) => !reached.has(r))
  const queue = [...routes]
  // When the queue is empty and a pattern is still unreached, another page of its parent pattern (ten at most in all).
  const nextPath = () => queue.shift() ?? (visited.size < routes.length + patterns.length + 10 ? anotherParent(unreachedNow(), reached, patterns, seen, visited) : undefined)
  for (let path = nextPath(); path !== undefined; path = nextPath()) {
    visited.add(path)
    await page.setViewportSize({ width: widths[0], height: 844 })
    const response = await page.goto(path)
    if (!response?.ok()) problems.push(`${path}: HTTP ${response?.status() ?? 'no answer'}`)
    for (const width of widths) {
      if (width !== widths[0]) {
        await page.setViewportSize({ width, height: 844 })
        // Two frames for the charts (drawn after the page, sized by a ResizeObserver) to follow the
        // new width, as they do for a person who opens the page on the narrower phone.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
      }
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) problems.push(`${path} at ${width} px: ${scrollWidth} px wide`)
      // axe on the phone too: only here do the tables' frames scroll (scrollable-region-focusable).
      if (axe && width === widths[0]) problems.push(...(await axeViolations(page)).map((v) => `${path} at ${width} px: ${v}`))
    }
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href))
    const origin = new URL(page.url()).origin
    const paths = hrefs.map((h) => new URL(h)).filter((u) => u.origin === origin).map((u) => u.pathname)
    for (const p of paths) seen.add(p)
    for (const [route, next] of firstLinks(paths, patterns, reached)) {
      reached.add(route)
      queue.push(next)
    }
  }
  return { problems, unreached: unreachedNow() }
}

test.describe('no horizontal page scroll on a phone', () => {
  test('the public pages, without login', async ({ page }) => {
    const { problems } = await checkPages(page, publicStaticRoutes, [], { axe: true })
    expect(problems, 'pages wider than the phone, or failing axe there').toEqual([])
  })

  for (const { role, name, everyPage } of personas) {
    test(`every page a ${role} may open (${name})`, async ({ page }, testInfo) => {
      test.setTimeout(everyPage ? 360_000 : 240_000)
      await page.setViewportSize({ width: widths[0], height: 844 })
      await loginAs(page, name)
      if (everyPage) await planMeeting(page)
      const { routes, patterns } = pagesOf(role)
      // axe for the two who reach every page (each other test runs axe at desktop width).
      const { problems, unreached } = await checkPages(page, routes, patterns, { axe: everyPage })
      // Note: a school's indicator page is linked from the municipality view of /indikatorer
      // (?fylke=…&kommune=…), a filtered view the crawl does not open, so no test checks that page
      // at phone width yet (tests/e2e/indicators reaches the municipality view, not a school).
      const reachedThroughFilters = ['/indikatorer/skole/[orgNumber]']
      if (everyPage) expect.soft(unreached.filter((r) => !reachedThroughFilters.includes(r)), 'pages with a parameter no link led to').toEqual([])
      // Others may have no data behind a page with a parameter: those are named, not failed.
      else if (unreached.length > 0) testInfo.annotations.push({ type: 'not reached', description: unreached.join(', ') })
      expect(problems, 'pages wider than the phone, or failing axe there').toEqual([])
    })
  }
})
