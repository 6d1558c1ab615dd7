import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { startTask } from './clicks'

test.describe('usability: collaboration forum', () => {
  test('the secretariat records a decision on an item of a held meeting', async ({ page }, testInfo) => {
    await loginAs(page, 'Sekretær Salten')
    // Before the task: a meeting held last week with one item, planned as the forum e2e plans one.
    const title = `Forummøte oppgave ${Date.now()}`
    await page.getByRole('region', { name: 'Samarbeidsforum' }).getByRole('link', { name: 'Samarbeidsforum for Salten' }).click()
    const plan = page.locator('details').filter({ has: page.getByText('Planlegg et møte') })
    if ((await plan.getAttribute('open')) === null) await page.getByText('Planlegg et møte').click()
    await page.getByLabel('Tittel').fill(title)
    await page.getByLabel('Dato og klokkeslett').fill(lastWeek())
    await page.getByRole('button', { name: 'Planlegg møtet' }).click()
    await page.getByRole('link', { name: title }).click()
    await page.getByLabel('Sak', { exact: true }).fill('Tema for regionalt nettverk neste år')
    await page.getByRole('button', { name: 'Legg til sak' }).click()
    await expect(page.getByRole('heading', { level: 3, name: /Tema for regionalt nettverk neste år/ })).toBeVisible()
    await page.getByRole('link', { name: 'Min oversikt' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible()

    const task = await startTask(page, testInfo, 'record a forum decision', 'forum secretariat')
    await task.click(page.getByRole('region', { name: 'Samarbeidsforum' }).getByRole('link', { name: title }), 'Forummøte oppgave … (holdt, med vedtak å skrive)')
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await task.click(page.getByText('Registrer vedtak i sak 1'))
    const form = page.locator('form').filter({ has: page.getByLabel('Saksnummer') })
    const reference = `2027/${String(Date.now()).slice(-4)}`
    await task.fill(form.getByLabel('Saksnummer'), reference)
    await task.fill(form.getByLabel('Forslag'), 'Matematikk som tema for det regionale nettverket.')
    await task.fill(form.getByLabel('Vedtak', { exact: true }), 'Forumet velger matematikk som tema.')
    await task.click(form.getByRole('button', { name: 'Registrer vedtak' }))
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(`Vedtak ${reference} · Konsensus`) })).toBeVisible()
    await task.done(4)
  })
})

/** A week ago at 10:00, as the meeting form's datetime-local field takes it. */
function lastWeek(): string {
  const d = new Date(Date.now() - 7 * 86_400_000)
  return `${d.toISOString().slice(0, 10)}T10:00`
}
