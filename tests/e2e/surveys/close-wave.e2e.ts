import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

// Salten's open wave is answered by the other survey tests of the run, so this one never closes it:
// it sends the form without the confirmation, which must change nothing (closeSurveyWave's own
// tests close waves of their own: src/features/surveys/close-survey-wave.test.ts).
test('the secretariat sees how to close an open wave, and without the ticked box nothing is closed', async ({ page }) => {
  await loginAs(page, 'Sekretær Salten')
  await page.goto('/kartlegging')
  await page.getByRole('link', { name: 'Kultur for læring, høsten 2026' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur for læring, høsten 2026' })).toBeVisible()
  const close = page.getByRole('group', { name: 'Avslutt kartleggingen' })
  await expect(close.getByLabel(/Jeg forstår at ingen kan svare/)).not.toBeChecked()
  await page.getByRole('button', { name: 'Avslutt kartleggingen' }).click()
  // The field says what to do (FieldErrors.confirm), as every form's fields do.
  await expect(page.getByText('Kryss av i boksen for å bekrefte.').first()).toBeVisible()
  await expectNoAxeViolations(page)
  await page.reload()
  await expect(page.getByText('Resultatene vises når kartleggingen er avsluttet.')).toBeVisible()
})

test('a principal reads the open wave but is offered no closing', async ({ page }) => {
  await loginAs(page, 'Rektor Rita')
  await page.goto('/kartlegging')
  await page.getByRole('link', { name: 'Kultur for læring, høsten 2026' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur for læring, høsten 2026' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Avslutt kartleggingen' })).toHaveCount(0)
})
