import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('needs reports and orders to UH', () => {
  test('the owner submits a needs report and sends an order; UH offers; the owner accepts; the secretariat sees both', async ({ page }) => {
    // Note: a long flow (four people, seven pages, each checked with axe).
    test.setTimeout(150_000)
    const stamp = Date.now()
    const reportTitle = `Behovsmelding e2e ${stamp}`
    const orderTitle = `Bestilling e2e ${stamp}`

    // The owner writes a needs report: an empty title is refused, then it is created.
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/behov')
    await expect(page.getByRole('heading', { level: 1, name: 'Behovsmeldinger' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Behovsmeldinger du har tilgang til' })).toContainText('Behovsmelding Bodø kommune')
    await expectNoAxeViolations(page)
    await page.getByText('Ny behovsmelding').click()
    await page.getByLabel('Sammendrag', { exact: true }).fill('Skolene vil styrke lesing i alle fag og profesjonsfellesskapet.')
    await page.getByRole('button', { name: 'Opprett meldingen' }).click()
    await expect(page.getByText('Fyll ut feltet.')).toBeVisible()
    await page.getByLabel('Tittel', { exact: true }).fill(reportTitle)
    await page.getByRole('button', { name: 'Opprett meldingen' }).click()
    await expect(page.getByText('Behovsmeldingen er opprettet.')).toBeVisible()
    await page.getByRole('link', { name: 'Åpne den' }).click()
    await expect(page.getByRole('heading', { level: 1, name: reportTitle })).toBeVisible()
    await expectNoAxeViolations(page)

    // A priority, then the submit; afterwards the report shows as submitted and can no longer be edited.
    await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Lesing' })
    await page.getByLabel('Beskrivelse', { exact: true }).fill('Lesing som grunnleggende ferdighet på mellomtrinnet.')
    await page.getByRole('group', { name: 'Enheter' }).getByRole('checkbox').first().check()
    await page.getByRole('button', { name: 'Legg til prioriteringen' }).click()
    await expect(page.getByText('Prioriteringen er lagt til.')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Prioriteringer i meldingen' })).toContainText('Lesing som grunnleggende ferdighet')
    await expectNoAxeViolations(page)

    // Principals of Bodø's schools have shared their self-assessments: their priorities are offered
    // here, and one click adds one to the report (the path principal → owner → forum).
    const suggestion = page.getByRole('region', { name: 'Enhetenes egne prioriteringer' }).getByRole('button', { name: /^Legg til: / }).first()
    const suggested = (await suggestion.textContent())!.replace(/^Legg til: .+? – /, '').trim()
    await suggestion.click()
    await expect(page.getByRole('table', { name: 'Prioriteringer i meldingen' })).toContainText(suggested)
    await page.getByRole('button', { name: 'Send inn meldingen' }).click()
    await expect(page.getByText('Sendt inn', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Legg til prioriteringen' })).toHaveCount(0)

    // The owner writes an order: a period ending before it starts is refused, then it is saved and sent.
    await page.goto('/bestillinger')
    await expect(page.getByRole('heading', { level: 1, name: 'Bestillinger til UH' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByText('Ny bestilling').click()
    await page.getByLabel('UH-partner', { exact: true }).selectOption({ label: 'Nord universitet' })
    await page.getByLabel('Tittel', { exact: true }).fill(orderTitle)
    await page.getByLabel('Hva ber dere om?', { exact: true }).fill('Veiledning til ressurslærerne i lesing, med to dialogkonferanser.')
    await page.getByRole('group', { name: 'Tema' }).getByRole('checkbox', { name: 'Lesing' }).check()
    await page.getByRole('group', { name: 'Enheter' }).getByRole('checkbox').first().check()
    await page.getByLabel('Fra dato', { exact: true }).fill('2027-08-15')
    await page.getByLabel('Til dato', { exact: true }).fill('2027-06-01')
    await page.getByLabel('Timer bestilt', { exact: true }).fill('60')
    await page.getByRole('button', { name: 'Lagre bestillingen som utkast' }).click()
    await expect(page.getByText('Til-datoen kan ikke være før fra-datoen.')).toBeVisible()
    await expect(page.getByLabel('Tittel', { exact: true })).toHaveValue(orderTitle)
    await page.getByLabel('Til dato', { exact: true }).fill('2028-06-15')
    await page.getByRole('button', { name: 'Lagre bestillingen som utkast' }).click()
    await expect(page.getByText('Bestillingen er lagret som utkast.')).toBeVisible()
    await page.getByRole('link', { name: 'Åpne den' }).click()
    await expect(page.getByRole('heading', { level: 1, name: orderTitle })).toBeVisible()
    await expectNoAxeViolations(page)
    const orderUrl = page.url()
    await page.getByRole('button', { name: 'Send til UH-partneren' }).click()
    await expect(page.getByText('Sendt', { exact: true })).toBeVisible()

    // The UH partner answers with an offer.
    await page.context().clearCookies()
    await loginAs(page, 'Ola Utviklingsveileder')
    await page.goto(orderUrl)
    await expect(page.getByRole('heading', { level: 2, name: 'Gi et tilbud' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByLabel('Tilbud', { exact: true }).fill('Vi tilbyr veiledning på skolen annenhver uke og to dialogkonferanser.')
    await page.getByLabel('Timer i tilbudet', { exact: true }).fill('50')
    await page.getByRole('textbox', { name: 'Utviklingsveiledere', exact: true }).fill('Ola Utviklingsveileder')
    await page.getByRole('button', { name: 'Send tilbudet' }).click()
    await expect(page.getByText('Tilbud mottatt', { exact: true })).toBeVisible()

    // The owner accepts: both sides now see the agreed commitment and what was delivered.
    await page.context().clearCookies()
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto(orderUrl)
    await expect(page.getByRole('heading', { level: 2, name: 'Tilbud fra UH' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Godta tilbudet' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Avtalt innsats' })).toBeVisible()
    await expect(page.getByText('0 av 50 avtalte timer er levert')).toBeVisible()

    // The Salten secretariat reads the submitted report (with the theme summary) and the agreed order.
    await page.context().clearCookies()
    await loginAs(page, 'Sekretær Salten')
    await page.goto('/behov')
    await expect(page.getByRole('table', { name: 'Behovsmeldinger du har tilgang til' })).toContainText(reportTitle)
    await expect(page.getByRole('heading', { level: 2, name: 'Oppsummering per tema' })).toBeVisible()
    await expect(page.getByText('Ny behovsmelding')).toHaveCount(0)
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: reportTitle }).click()
    await expect(page.getByRole('table', { name: 'Prioriteringer i meldingen' })).toContainText('Lesing')
    await expectNoAxeViolations(page)
    await page.goto('/bestillinger')
    const row = page.getByRole('row').filter({ hasText: orderTitle })
    await expect(row).toContainText('Avtalt')
    await expectNoAxeViolations(page)
    await row.getByRole('link', { name: orderTitle }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Avtalt innsats' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Godta tilbudet' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a principal has no access to needs reports or orders', async ({ page }) => {
    await loginAs(page, 'Rektor Rita')
    await page.goto('/behov')
    await expect(page.getByRole('heading', { level: 1, name: 'Ingen tilgang til behovsmeldinger' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
