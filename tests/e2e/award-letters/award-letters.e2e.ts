import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'
import { openGrantYear } from '../grant-year'
import { mailbox, waitForEmail } from '../mailbox'

// A year of its own: the demo's is this year, the funding e2e opens 2031 and the decision chain 2032.
const YEAR = '2034'
const OWNER_EMAIL = 'per.bodo@demo.samkomp.no'

async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Logg ut' }).click()
}

test.describe('award letters and the owners’ reports', () => {
  test('the county governor sends the letters, the owner accepts, reports and submits, and the county governor sees who is missing', async ({ page }) => {
    test.setTimeout(240_000)
    await loginAs(page, 'Ingrid Statsforvalter')
    await openGrantYear(page, YEAR, '1 000 000')
    const grantYearUrl = page.url()
    await page.getByLabel('Mottaker', { exact: true }).selectOption({ label: 'Bodø kommune' })
    await page.getByLabel('Beløp (kr)').fill('300 000')
    await page.getByRole('button', { name: 'Gi tilsagn' }).click()
    await expect(page.getByText('Tilsagnet er registrert.')).toBeVisible()

    // The letters, from the grant year page.
    await page.getByRole('link', { name: 'Tilsagnsbrev for året (sende, lese, akseptere)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Tilsagnsbrev ${YEAR}` })).toBeVisible()
    await expect(page.getByText('1 tilsagn har ikke fått brev ennå: Bodø kommune.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByLabel('Kontakt', { exact: true }).fill('')
    await page.getByRole('button', { name: 'Send tilsagnsbrevene' }).click()
    await expect(page.getByLabel('Kontakt', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('1 tilsagn har ikke fått brev ennå: Bodø kommune.')).toBeVisible()
    await expect(page.getByLabel('Rapporteringsfrist')).toHaveValue(`${Number(YEAR) + 1}-03-01`)
    await page.getByLabel('Kontakt', { exact: true }).fill('Ingrid Statsforvalter, ingrid.sf@demo.samkomp.no')
    const before = mailbox().length
    await page.getByRole('button', { name: 'Send tilsagnsbrevene' }).click()
    await expect(page.getByText('1 tilsagnsbrev er sendt (1 e-post).')).toBeVisible()
    await expect(page.getByText('Alle tilsagn i året har fått tilsagnsbrev.')).toBeVisible()
    // Sending again sends nothing.
    await page.getByRole('button', { name: 'Send tilsagnsbrevene' }).click()
    await expect(page.getByText('Alle tilsagn har allerede fått brev.')).toBeVisible()
    const letters = page.getByRole('table', { name: 'Tilsagnsbrev i dette tilskuddsåret' })
    await expect(letters.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText('Ikke akseptert')
    await expectNoAxeViolations(page)

    // The email arrives at the local SMTP server, once, with the link to the letter.
    const email = await waitForEmail(OWNER_EMAIL, `Tilsagnsbrev ${YEAR}: Bodø kommune`)
    expect(email.text.replace(/[\u00a0\u202f]/g, ' ')).toContain('300 000,00 kr')
    expect(email.text).toContain('Kontakt: Ingrid Statsforvalter')
    const link = /(https?:\/\/\S+\/tilsagnsbrev)/.exec(email.text)?.[1]
    expect(link).toBeTruthy()
    expect(mailbox().slice(before).filter((m) => m.subject === email.subject)).toHaveLength(1)
    await logOut(page)

    // The owner follows the link, reads the PDF and accepts.
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto(new URL(link!).pathname)
    await expect(page.getByRole('heading', { level: 1, name: `Tilsagnsbrev ${YEAR}` })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Send tilsagnsbrevene' })).toHaveCount(0)
    const pdf = await page.request.get((await page.getByRole('link', { name: 'Last ned tilsagnsbrevet til Bodø kommune (PDF)' }).getAttribute('href'))!)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Aksepter tilsagnet til Bodø kommune' }).click()
    await expect(letters.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText('Akseptert av Per Kommunalsjef')
    await expect(page.getByRole('button', { name: 'Aksepter tilsagnet til Bodø kommune' })).toHaveCount(0)

    // Co-financing and spending on the grant year page, as before.
    await page.goto(grantYearUrl)
    // The forms are open at first while the year has no entries; a click would fold them.
    if (!(await page.getByRole('button', { name: 'Registrer egenandel' }).isVisible())) await page.getByText('Ny egenandel').click()
    const co = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer egenandel' }) })
    await co.getByLabel('Beløp (kr)').fill('90 000')
    await co.getByLabel('Beskrivelse').fill('Egenandel tilsagnsbrev e2e')
    await co.getByRole('button', { name: 'Registrer egenandel' }).click()
    await expect(page.getByText('Egenandelen er registrert.')).toBeVisible()
    if (!(await page.getByRole('button', { name: 'Registrer forbruk' }).isVisible())) await page.getByText('Nytt forbruk').click()
    const spend = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer forbruk' }) })
    await spend.getByLabel('Beløp (kr)').fill('120 000')
    await spend.getByLabel('Beskrivelse').fill('Samlinger tilsagnsbrev e2e')
    await spend.getByRole('button', { name: 'Registrer forbruk' }).click()
    await expect(page.getByText('Forbruket er registrert.')).toBeVisible()

    // The report: a draft, then submitted after the confirmation.
    await page.getByRole('link', { name: 'Skoleeiernes rapporter for året' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Skoleeiernes rapporter ${YEAR}` })).toBeVisible()
    await expect(page.getByText(/Tilsagn 300\s000,00\s*kr, brukt 120\s000,00\s*kr, ubrukt 180\s000,00\s*kr/)).toBeVisible()
    await page.getByLabel('Deltakelse', { exact: true }).fill('Alle skolene i Bodø, 140 lærere i team')
    await page.getByLabel('Tegn på utvikling', { exact: true }).fill('Lærerne planlegger leseopplæringen sammen')
    await page.getByRole('button', { name: 'Lagre utkastet' }).click()
    await expect(page.getByText('Utkastet er lagret.')).toBeVisible()
    await expectNoAxeViolations(page)

    const submit = page.getByRole('button', { name: 'Lever rapporten …' })
    await submit.focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'Levere rapporten til Bodø kommune?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused()
    // Note: the dialog fades in; colours read mid-fade would fail the contrast check.
    await dialog.evaluate((d) => Promise.all(d.getAnimations({ subtree: true }).map((a) => a.finished)))
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(submit).toBeFocused()
    await submit.click()
    await dialog.getByRole('button', { name: 'Ja, lever rapporten' }).click()
    await expect(page.getByText('Rapporten er levert og låst.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lagre utkastet' })).toHaveCount(0)
    await expect(page.getByText(/Ved levering: brukt 120\s000,00\s*kr, egenandel 90\s000,00\s*kr, ubrukt 180\s000,00\s*kr\./)).toBeVisible()
    await expectNoAxeViolations(page)
    await logOut(page)

    // The county governor sees it submitted, and who is missing.
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.goto(grantYearUrl)
    await page.getByRole('link', { name: 'Skoleeiernes rapporter for året' }).click()
    const status = page.getByRole('table', { name: 'Rapportstatus per skoleeier' })
    await expect(status.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText('Levert')
    await expect(status.getByRole('row').filter({ hasText: 'Fauske kommune' })).toContainText('Ikke påbegynt')
    await expect(page.getByText(/skoleeiere har ikke levert: .*Fauske kommune/)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Rapporten til Bodø kommune' })).toContainText('Lærerne planlegger leseopplæringen sammen')
    await expectNoAxeViolations(page)
  })
})
