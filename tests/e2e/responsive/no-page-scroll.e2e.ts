import { expect, test, type Page } from '../fixtures'
import { loginAs } from '../login'
import type { Role } from '@/generated/prisma/client'
import { firstLinks, pagesOf, publicStaticRoutes } from './pages'

/**
 * Issue 21: no page scrolls sideways on a phone. Wide tables scroll inside their own frame, figures
 * wrap, the header shrinks; the document itself is never wider than the screen. One demo person per
 * role visits every page the role may open (pages with a parameter through the first link to them),
 * at 390 px and, by resizing the same page, at 320 px. One failure lists every page that is too wide.
 */
const widths = [390, 320] as const

// One seeded person per role (prisma/seed/demo.ts, demoPeople).
const personas: [Role, string][] = [
  ['PLATFORM_ADMIN', 'Plattformadministrator'],
  ['COUNTY_GOVERNOR_STAFF', 'Ingrid Statsforvalter'],
  ['FORUM_SECRETARIAT', 'Sekretær Salten'],
  ['FORUM_MEMBER', 'Kari KS-representant'],
  ['UNIVERSITY_PARTNER', 'Ola Utviklingsveileder'],
  ['UH_FACILITATOR', 'Eva Utviklingsveileder'],
  ['SCHOOL_OWNER', 'Per Kommunalsjef'],
  ['PRINCIPAL', 'Rektor Rita'],
  ['KINDERGARTEN_HEAD', 'Styrer Sofie'],
  ['TEACHER', 'Lærer Lars'],
  ['KINDERGARTEN_STAFF', 'Pedagogisk leder Pia'],
  ['RESOURCE_TEACHER', 'Lise Ressurslærer'],
]

type TPatterns = ReturnType<typeof pagesOf>['patterns']

/** Visits the pages (and those their links lead to), returning what is too wide or did not load, and the patterns never reached. */
async function checkPages(page: Page, routes: string[], patterns: TPatterns) {
  const problems: string[] = []
  const reached = new Set<string>()
  const queue = [...routes]
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    await page.setViewportSize({ width: widths[0], height: 844 })
    const response = await page.goto(path)
    if (!response?.ok()) problems.push(`${path}: HTTP ${response?.status() ?? 'no answer'}`)
    for (const width of widths) {
      if (width !== widths[0]) await page.setViewportSize({ width, height: 844 })
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      if (scrollWidth > width) problems.push(`${path} at ${width} px: ${scrollWidth} px wide`)
    }
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href))
    const origin = new URL(page.url()).origin
    const paths = hrefs.map((h) => new URL(h)).filter((u) => u.origin === origin).map((u) => u.pathname)
    for (const [route, next] of firstLinks(paths, patterns, reached)) {
      reached.add(route)
      queue.push(next)
    }
  }
  return { problems, unreached: patterns.map((p) => p.route).filter((r) => !reached.has(r)) }
}

test.describe('no horizontal page scroll on a phone', () => {
  test('the public pages, without login', async ({ page }) => {
    const { problems } = await checkPages(page, publicStaticRoutes, [])
    expect(problems, 'pages wider than the phone').toEqual([])
  })

  for (const [role, name] of personas) {
    test(`every page a ${role} may open (${name})`, async ({ page }, testInfo) => {
      test.setTimeout(240_000)
      await page.setViewportSize({ width: widths[0], height: 844 })
      await loginAs(page, name)
      const { routes, patterns } = pagesOf(role)
      const { problems, unreached } = await checkPages(page, routes, patterns)
      // Pages with a parameter that no link led to (no such data for this person) are named, not failed.
      if (unreached.length > 0) testInfo.annotations.push({ type: 'not reached', description: unreached.join(', ') })
      expect(problems, 'pages wider than the phone').toEqual([])
    })
  }
})
