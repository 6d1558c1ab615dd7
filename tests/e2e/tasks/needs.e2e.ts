import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { startTask } from './clicks'

test.describe('usability: needs reports and orders', () => {
  test('a school owner writes and submits a needs report', async ({ page }, testInfo) => {
    await loginAs(page, 'Per Kommunalsjef')
    const title = `Behovsmelding oppgave ${Date.now()}`
    const task = await startTask(page, testInfo, 'submit a needs report', 'school owner')
    await task.click(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Behov' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Behovsmeldinger' })).toBeVisible()
    await task.click(page.getByText('Ny behovsmelding'))
    await task.fill(page.getByLabel('Tittel', { exact: true }), title)
    await task.fill(page.getByLabel('Sammendrag', { exact: true }), 'Skolene vil arbeide med matematikk på mellomtrinnet.')
    await task.click(page.getByRole('button', { name: 'Opprett meldingen' }))
    await task.click(page.getByRole('link', { name: 'Åpne den' }))
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await task.select(page.getByLabel('Tema', { exact: true }), 'Matematikk')
    await task.fill(page.getByLabel('Beskrivelse', { exact: true }), 'Utforskende matematikk på 5.–7. trinn.')
    await task.check(page.getByRole('group', { name: 'Enheter' }).getByRole('checkbox').first())
    await task.click(page.getByRole('button', { name: 'Legg til prioriteringen' }))
    await expect(page.getByText('Prioriteringen er lagt til.')).toBeVisible()
    await task.click(page.getByRole('button', { name: 'Send inn meldingen' }))
    await expect(page.getByText('Sendt inn', { exact: true })).toBeVisible()
    await task.done(9)
  })

  // The demo's order from Ålesund to Høgskulen i Volda waits for its facilitator's offer
  // (prisma/seed/demo-needs.ts); no other test answers it.
  test('a UH partner answers an order with an offer', async ({ page }, testInfo) => {
    await loginAs(page, 'Kari Utviklingsrettleiar')
    const task = await startTask(page, testInfo, 'answer an order with an offer', 'UH partner')
    await task.click(page.getByRole('region', { name: 'Behov og bestillinger' }).getByRole('link', { name: 'Matematikk på ungdomstrinnet' }))
    await expect(page.getByRole('heading', { level: 2, name: 'Gi et tilbud' })).toBeVisible()
    await task.fill(page.getByLabel('Tilbud', { exact: true }), 'Vi tilbyr rettleiing på skulane og to samlingar for matematikklærarane.')
    await task.fill(page.getByLabel('Timer i tilbudet', { exact: true }), '80')
    await task.click(page.getByRole('button', { name: 'Send tilbudet' }))
    await expect(page.getByText('Tilbud mottatt', { exact: true })).toBeVisible()
    await task.done(3)
  })
})
