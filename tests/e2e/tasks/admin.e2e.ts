import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { startTask } from './clicks'

test.describe('usability: administration', () => {
  test('a platform administrator adds a membership', async ({ page }, testInfo) => {
    await loginAs(page, 'Plattformadministrator')
    const task = await startTask(page, testInfo, 'add a membership', 'platform administrator')
    await task.click(page.getByRole('link', { name: 'Administrer medlemskap og roller' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Medlemskap og roller' })).toBeVisible()
    await task.fill(page.getByLabel('E-postadresse'), `oppgave.${Date.now()}@kommune.no`)
    await task.fill(page.getByLabel('Fullt navn'), 'Mona Medlem')
    await task.select(page.getByLabel('Rolle', { exact: true }), 'Medlem av samarbeidsforum')
    await task.select(page.getByLabel('Partnerskap'), 'Salten KAN')
    await task.click(page.getByRole('button', { name: 'Inviter' }))
    await expect(page.getByText('Personen er invitert.')).toBeVisible()
    await task.done(5)
  })
})
