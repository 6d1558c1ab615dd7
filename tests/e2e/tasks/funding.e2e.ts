import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { startTask } from './clicks'

// The demo's grant year under way in Salten has 5 kr left to award (prisma/seed/demo-measures.ts),
// so the award is of 2 kr, to the UH partner, which has no co-financing requirement that other
// areas' tests read.
test.describe('usability: money', () => {
  test("county governor staff award a grant year's tilsagn", async ({ page }, testInfo) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    const task = await startTask(page, testInfo, "award a grant year's tilsagn", 'county governor staff')
    await task.click(page.getByRole('table', { name: /Tilskuddsåret under arbeid per partnerskap/ }).getByRole('link', { name: /^Salten KAN \d{4}$/ }))
    await expect(page.getByRole('heading', { level: 2, name: 'Tilsagn', exact: true })).toBeVisible()
    await task.select(page.getByLabel('Mottaker', { exact: true }), 'Nord universitet')
    await task.fill(page.getByLabel('Beløp (kr)', { exact: true }), '2')
    const decision = page.getByLabel('Vedtak i samarbeidsforumet', { exact: true })
    await task.select(decision, (await decision.getByRole('option').nth(1).textContent())!)
    await task.click(page.getByRole('button', { name: 'Gi tilsagn' }))
    await expect(page.getByText('Tilsagnet er registrert.')).toBeVisible()
    await task.done(5)
  })

  test('a school owner records co-financing and spending', async ({ page }, testInfo) => {
    await loginAs(page, 'Per Kommunalsjef')
    const stamp = Date.now()
    const co = await startTask(page, testInfo, 'record co-financing', 'school owner')
    await co.click(page.getByRole('link', { name: /^Åpne tilskuddsåret \d+ for Salten/ }))
    await co.click(page.getByText('Ny egenandel'))
    const coForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer egenandel' }) })
    await co.fill(coForm.getByLabel('Beløp (kr)', { exact: true }), '1 000')
    await co.fill(coForm.getByLabel('Beskrivelse', { exact: true }), `Husleie for nettverkssamling ${stamp}`)
    await co.click(coForm.getByRole('button', { name: 'Registrer egenandel' }))
    await expect(page.getByText('Egenandelen er registrert.')).toBeVisible()
    await co.done(4)

    await page.getByRole('link', { name: 'Min oversikt' }).click()
    const spend = await startTask(page, testInfo, 'record spending', 'school owner')
    await spend.click(page.getByRole('link', { name: /^Åpne tilskuddsåret \d+ for Salten/ }))
    await spend.click(page.getByText('Nytt forbruk'))
    const spendForm = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer forbruk' }) })
    await spend.select(spendForm.getByLabel('Tiltak', { exact: true }), 'Lesing i alle fag – lokale nettverk')
    await spend.fill(spendForm.getByLabel('Beløp (kr)', { exact: true }), '1 000')
    await spend.fill(spendForm.getByLabel('Beskrivelse', { exact: true }), `Vikarer til samling ${stamp}`)
    await spend.click(spendForm.getByRole('button', { name: 'Registrer forbruk' }))
    await expect(page.getByText('Forbruket er registrert.')).toBeVisible()
    await spend.done(5)
  })
})
