import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { schoolYearOf } from '../../../src/lib/school-year'
import { startTask } from './clicks'

// Next school year's analysis: this year's is the assessment e2e's, and a unit has one per year.
const next = schoolYearOf() + 1

test.describe('usability: self-assessment', () => {
  test('a principal starts a self-assessment and writes its plan', async ({ page }, testInfo) => {
    await loginAs(page, 'Rektor Rita')
    const task = await startTask(page, testInfo, 'start a self-assessment and write its plan', 'principal')
    await task.click(page.getByRole('region', { name: 'Egenvurdering' }).getByRole('link', { name: 'Egenvurdering' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Egenvurdering' })).toBeVisible()
    await task.fill(page.getByLabel('Skoleår', { exact: true }), String(next))
    await task.click(page.getByRole('button', { name: 'Start analysen' }))
    await task.click(page.getByRole('link', { name: 'Åpne analysen' }))
    const plan = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Fase 1: Planlegg prosessen' }) })
    await task.fill(plan.getByLabel('Plan for prosessen', { exact: true }), 'Tre fellestider i august; hele personalet deltar.')
    await task.click(plan.getByRole('button', { name: 'Lagre teksten' }))
    await expect(plan.getByText('Teksten er lagret.')).toBeVisible()
    await task.done(5)
  })
})
