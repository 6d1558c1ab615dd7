import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'
import { openGrantYear } from '../grant-year'

// The e2e database is fresh each run; the demo's own recommendation is this year's (decided), and
// the funding e2e opens 2031, so this chain has a year of its own.
const YEAR = '2032'

/** The Salten forum's recommendation page for YEAR, reached from the forum's page. */
async function openRecommendation(page: Page) {
  await page.goto('/forum')
  await page.getByRole('link', { name: 'Samarbeidsforum for Salten' }).click()
  await page.getByRole('link', { name: 'Arbeid med innstillingen (utkast, sending og vedtak)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Innstilling \d{4}$/ })).toBeVisible()
  await page.goto(`${page.url().split('?')[0]}?ar=${YEAR}`)
  await expect(page.getByRole('heading', { level: 1, name: `Innstilling ${YEAR}` })).toBeVisible()
}

test.describe('from the recommendation to the awards', () => {
  test('the demo’s recommendation for this year went through the lifecycle and its awards name it', async ({ page }) => {
    await loginAs(page, 'Kari KS-representant')
    await page.goto('/forum')
    await page.getByRole('link', { name: 'Samarbeidsforum for Salten' }).click()
    await page.getByRole('link', { name: 'Arbeid med innstillingen (utkast, sending og vedtak)' }).click()
    await expect(page.getByText('Vedtak fattet')).toBeVisible()
    await expect(page.getByText(/\d+ tilsagn er gitt etter vedtaket\./)).toBeVisible()
    // A forum member reads, and has no form for any step.
    await expect(page.getByRole('button', { name: 'Lagre utkastet' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('the secretariat adopts and sends, the county governor decides, and the awards exist on the grant year', async ({ page }) => {
    test.setTimeout(180_000)
    await loginAs(page, 'Sekretær Salten')
    await openRecommendation(page)
    await expect(page.getByText(`Det finnes ingen innstilling for ${YEAR} ennå.`)).toBeVisible()
    await expectNoAxeViolations(page)

    // Planned amounts with no grant year for the year yet.
    await page.getByLabel('Bodø kommune (skoleeier)').fill('400 000')
    await page.getByLabel('Fauske kommune (skoleeier)').fill('200 000')
    await page.getByRole('button', { name: 'Lagre utkastet' }).click()
    await expect(page.getByText('Utkastet er lagret.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Versjon 1' })).toBeVisible()

    await page.getByLabel('Forumets vedtak').selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Registrer at forumet har vedtatt utkastet' }).click()
    await expect(page.getByText('Vedtatt i forumet')).toBeVisible()

    // Sending asks first, in a dialog that works from the keyboard alone: Escape leaves it unsent.
    const send = page.getByRole('button', { name: 'Send til Statsforvalteren …' })
    await send.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: `Sende versjon 1 av innstillingen for ${YEAR}?` })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(send).toBeFocused()
    await expect(page.getByText('Vedtatt i forumet')).toBeVisible()
    await page.keyboard.press('Enter')
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(dialog.getByRole('button', { name: 'Ja, send innstillingen' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByText('Innstillingen er sendt og venter på Statsforvalterens vedtak.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lagre utkastet' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Ingrid Statsforvalter')
    await openRecommendation(page)
    await expect(page.getByText(`Åpne tilskuddsåret ${YEAR} under Økonomi før du fatter vedtak`, { exact: false })).toBeVisible()
    await openGrantYear(page, YEAR, '3 000 000')
    const grantYearUrl = page.url()

    await openRecommendation(page)
    await page.getByLabel('Saksnummer for vedtaket').fill(`${YEAR}/1041`)
    await expect(page.getByLabel('Tilsagn til Bodø kommune')).toHaveValue('400000')
    await page.getByLabel('Tilsagn til Bodø kommune').fill('350 000')
    const decide = page.getByRole('button', { name: 'Fatt vedtak og gi tilsagn …' })
    await decide.click()
    const confirm = page.getByRole('dialog', { name: 'Fatte vedtak og gi tilsagnene?' })
    await confirm.getByRole('button', { name: 'Ja, fatt vedtak' }).click()
    await expect(page.getByText('Skriv en begrunnelse (minst fem tegn) for hvert beløp som er endret fra innstillingen.').first()).toBeVisible()
    await page.getByLabel('Begrunnelse for endret beløp til Bodø kommune').fill('Ett av tiltakene er flyttet til neste år')
    await decide.focus()
    await page.keyboard.press('Enter')
    await expect(confirm).toBeVisible()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')
    await expect(page.getByText('Vedtak fattet')).toBeVisible()
    await expect(page.getByText('2 tilsagn er gitt etter vedtaket.')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto(grantYearUrl)
    const awards = page.getByRole('table', { name: 'Tilsagn gitt i dette tilskuddsåret' })
    await expect(awards.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText('350 000,00 kr')
    await expect(awards.getByRole('row').filter({ hasText: 'Fauske kommune' })).toContainText('200 000,00 kr')
  })
})
