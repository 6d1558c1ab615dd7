import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The WCAG 2.1 A/AA violations axe finds on the page as it is now, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/** Fails with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), 'axe violations').toEqual([])
}
