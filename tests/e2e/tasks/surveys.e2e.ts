import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { startTask } from './clicks'

// The demo's open wave (T2) takes codes at the demo principal's school, whose classes this school
// year are 5A and 6B; the closed wave (T1) has results for the demo teacher's class 9A
// (prisma/seed/demo-surveys.ts).
test.describe('usability: mapping surveys', () => {
  test("a principal prints a class's survey codes", async ({ page }, testInfo) => {
    await loginAs(page, 'Rektor Rita')
    const task = await startTask(page, testInfo, 'issue survey codes for a class', 'principal')
    await task.click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kartlegging', exact: true }))
    await task.click(page.getByRole('link', { name: 'Kultur for læring, høsten 2026' }))
    const form = page.getByRole('region', { name: 'Skriv ut koder' })
    await task.select(form.getByRole('combobox', { name: 'Klasse eller gruppe' }), '5A')
    await task.fill(form.getByRole('spinbutton', { name: 'Antall koder (1–60)' }), '22')
    const [download] = await Promise.all([page.waitForEvent('download'), task.click(form.getByRole('button', { name: 'Lag koder som PDF' }))])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    await task.done(5)
  })

  test("a teacher reads the own class's result", async ({ page }, testInfo) => {
    await loginAs(page, 'Lærer Lars')
    const task = await startTask(page, testInfo, "read a class's survey result", 'teacher')
    await task.click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kartlegging', exact: true }))
    await task.click(page.getByRole('link', { name: 'Kultur for læring, høsten 2025' }))
    await expect(page.getByRole('table', { name: /Gjennomsnitt/ }).getByRole('row').filter({ hasText: '9A' })).toHaveCount(1)
    await task.done(3)
  })
})
