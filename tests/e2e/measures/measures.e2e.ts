import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

/** Opens a folded form (a <details>) by its summary, unless it is open already. */
async function unfold(page: Page, summary: string) {
  const details = page.locator('details').filter({ has: page.getByText(summary, { exact: true }) })
  if ((await details.getAttribute('open')) === null) await page.getByText(summary, { exact: true }).click()
  return details
}

test.describe('measures, development plans and UH visits', () => {
  test('a plan of the principal, a measure of the secretariat, a visit by the UH partner that the principal reads', async ({ browser }) => {
    // Note: a long flow across three people, with axe on every page of the area.
    test.setTimeout(180_000)
    const stamp = String(Date.now()).slice(-6)
    const session = async (name: string) => {
      const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` } })).newPage()
      await loginAs(page, name)
      return page
    }

    // ── The principal starts a plan for their own school, writes a level and a review.
    const principal = await session('Rektor Rita')
    await principal.goto('/planer')
    await expect(principal.getByRole('heading', { level: 1, name: 'Utviklingsplaner' })).toBeVisible()
    await expectNoAxeViolations(principal)
    const create = await unfold(principal, 'Ny utviklingsplan')
    // The principal may only plan for their own school: it is the one choice.
    const school = (await create.getByLabel('Plan for', { exact: true }).locator('option').nth(1).textContent())!.trim()
    const planTitle = `Vår plan ${stamp}`
    await create.getByLabel('Tittel på planen', { exact: true }).fill(planTitle)
    await create.getByLabel('Startdato', { exact: true }).fill('2026-08-01')
    await create.getByLabel('Sluttdato (valgfritt)', { exact: true }).fill('2026-01-01')
    await create.getByRole('button', { name: 'Opprett planen' }).click()
    await expect(create.getByText('Sluttdatoen kan ikke være før startdatoen.')).toBeVisible()
    await expect(create.getByLabel('Tittel på planen', { exact: true })).toHaveValue(planTitle)
    await create.getByLabel('Sluttdato (valgfritt)', { exact: true }).fill('2028-06-30')
    await create.getByRole('button', { name: 'Opprett planen' }).click()
    await expect(principal.getByText('Planen er opprettet.')).toBeVisible()
    await principal.getByRole('link', { name: planTitle }).click()
    await expect(principal.getByRole('heading', { level: 1, name: planTitle })).toBeVisible()
    await expectNoAxeViolations(principal)

    const unit = principal.getByRole('region', { name: 'Den enkelte enhet' })
    await unfold(principal, 'Skriv nivået: Den enkelte enhet')
    await unit.getByLabel('Tegn på god praksis', { exact: true }).fill('Elevene som strever, får hjelp tidlig.')
    await unit.getByLabel('Fremtidsbilde', { exact: true }).fill('Alle lærere bruker felles lesestrategier.')
    await unit.getByLabel('Metode', { exact: true }).fill('PLF-tid hver onsdag og kollegaobservasjon.')
    await unit.getByRole('button', { name: 'Lagre nivået' }).click()
    await expect(unit.getByText('Nivået er lagret.')).toBeVisible()
    await expect(unit.getByText('Alle lærere bruker felles lesestrategier.').first()).toBeVisible()

    await unfold(principal, 'Ny vurdering: Den enkelte enhet')
    await unit.getByLabel('Dato for vurderingen', { exact: true }).fill('2999-01-01')
    await unit.getByLabel('Hvor langt har arbeidet kommet?', { exact: true }).selectOption({ label: 'Startet' })
    await unit.getByLabel('Vurdering', { exact: true }).fill(`Godt i gang ${stamp}`)
    await unit.getByRole('button', { name: 'Legg til vurderingen' }).click()
    await expect(unit.getByText('Datoen kan ikke være etter i dag.')).toBeVisible()
    await unit.getByLabel('Dato for vurderingen', { exact: true }).fill('2026-10-01')
    await unit.getByRole('button', { name: 'Legg til vurderingen' }).click()
    await expect(unit.getByText('Vurderingen er lagt til.')).toBeVisible()
    await expect(unit.getByRole('table', { name: 'Vurderinger av Den enkelte enhet, eldste først' })).toContainText(`Godt i gang ${stamp}`)
    await expectNoAxeViolations(principal)

    // ── The secretariat creates a measure with the principal's school and Nord's facilitator.
    const secretariat = await session('Sekretær Salten')
    await secretariat.goto('/tiltak')
    await expect(secretariat.getByRole('heading', { level: 1, name: 'Tiltak' })).toBeVisible()
    await expectNoAxeViolations(secretariat)
    const form = await unfold(secretariat, 'Nytt tiltak i Salten KAN')
    const title = `Lesing i alle fag ${stamp}`
    await form.getByLabel('Tittel', { exact: true }).fill(title)
    await form.getByLabel('Nivå', { exact: true }).selectOption({ label: 'Den enkelte enhet' })
    await form.getByLabel('Budsjett (kr)', { exact: true }).fill('120 000')
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click()
    // No theme, and a budget without a grant year: refused, nothing saved, the title kept.
    await expect(form.getByText('Velg minst ett alternativ.')).toBeVisible()
    await expect(form.getByLabel('Tittel', { exact: true })).toHaveValue(title)
    await form.getByRole('checkbox', { name: 'Lesing', exact: true }).check()
    await form.getByRole('checkbox', { name: 'Grunnleggende ferdigheter og god faglig kompetanse', exact: true }).check()
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågår' })
    await form.getByLabel('Startdato', { exact: true }).fill('2026-08-15')
    await form.getByLabel('UH-partner', { exact: true }).selectOption({ label: 'Nord universitet' })
    await form.getByRole('checkbox', { name: 'Ola Utviklingsveileder (Nord universitet)', exact: true }).check()
    await form.getByLabel('Tilskuddsår', { exact: true }).selectOption({ index: 1 })
    await form.getByLabel('Finn enhet', { exact: true }).fill(school)
    await form.getByRole('checkbox', { name: school, exact: true }).check()
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click()
    await expect(secretariat.getByText('Tiltaket er opprettet.')).toBeVisible()
    await secretariat.getByRole('link', { name: title }).click()
    await expect(secretariat.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(secretariat.getByText('Ola Utviklingsveileder', { exact: true })).toBeVisible()
    await expect(secretariat.getByRole('listitem').filter({ hasText: school })).toBeVisible()
    await expect(secretariat.getByText(/120\s000,00/)).toBeVisible()
    await expectNoAxeViolations(secretariat)
    const measureUrl = secretariat.url()

    // The county governor's overview by theme and sector goal counts it.
    await secretariat.goto('/tiltak?theme=READING')
    await expect(secretariat.getByRole('table', { name: 'Tiltak som passer filteret' })).toContainText(title)
    await expect(secretariat.getByRole('table', { name: 'Tiltak og enheter etter tema og sektormål' })).toContainText('Lesing')

    // ── The UH partner logs a supervision meeting at the school, linked to the measure.
    const uh = await session('Ola Utviklingsveileder')
    await uh.goto('/besok')
    await expect(uh.getByRole('heading', { level: 1, name: 'Besøk og veiledning' })).toBeVisible()
    await expectNoAxeViolations(uh)
    const visit = await unfold(uh, 'Før et besøk')
    const notes = `Veiledningsmøte om lesestrategier ${stamp}`
    await visit.getByLabel('Enhet', { exact: true }).selectOption({ label: school })
    await visit.getByLabel('Type', { exact: true }).selectOption({ label: 'Veiledningsmøte' })
    await visit.getByLabel('Timer', { exact: true }).fill('0')
    await visit.getByLabel('Minutter', { exact: true }).fill('0')
    await visit.getByLabel('Notater', { exact: true }).fill(notes)
    await visit.getByLabel('Tiltak', { exact: true }).selectOption({ label: title })
    await visit.getByRole('button', { name: 'Før besøket' }).click()
    await expect(visit.getByText('Varigheten må være fra 1 minutt til 24 timer.')).toBeVisible()
    await visit.getByLabel('Timer', { exact: true }).fill('1')
    await visit.getByLabel('Minutter', { exact: true }).fill('30')
    await visit.getByRole('button', { name: 'Før besøket' }).click()
    await expect(uh.getByText('Besøket er ført.')).toBeVisible()
    await expect(uh.getByRole('table', { name: 'Besøk og veiledningsmøter med notater' })).toContainText(notes)
    await expectNoAxeViolations(uh)

    // ── The principal reads the note, on the visits page and on the measure.
    await principal.goto('/besok')
    const table = principal.getByRole('table', { name: 'Besøk og veiledningsmøter med notater' })
    await expect(table).toContainText(notes)
    await expect(table).toContainText('1 t 30 min')
    await expectNoAxeViolations(principal)
    await principal.goto(measureUrl)
    await expect(principal.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(principal.getByRole('region', { name: 'Besøk og veiledningsmøter med notater' })).toContainText(notes)
    // A principal sees no money and no form to change the measure.
    await expect(principal.getByText('Forbruk ført på tiltaket')).toHaveCount(0)
    await expect(principal.getByText('Endre tiltaket')).toHaveCount(0)
    await expectNoAxeViolations(principal)
  })

  test('the county governor reads no visit notes and starts no plans', async ({ page }) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.goto('/besok')
    await expect(page.getByRole('heading', { level: 1, name: 'Du har ikke tilgang' })).toBeVisible()
    await page.goto('/planer')
    await expect(page.getByRole('heading', { level: 1, name: 'Utviklingsplaner' })).toBeVisible()
    await expect(page.getByText('Ny utviklingsplan')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
