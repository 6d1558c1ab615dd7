import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'
import { schoolYearEnd, schoolYearOf } from '../../../src/lib/school-year'

// The demo's years follow today (prisma/seed/demo-assessment.ts): last school year's analysis is
// done and shared; this school year's is not started at the demo principal's school.
const current = schoolYearOf()
const previous = current - 1
const currentLabel = new RegExp(`skoleåret ${current}/${schoolYearEnd(current)}`)

/** The section of one phase on the analysis page, found by its heading. */
const phase = (page: Page, heading: string) => page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading }) })

test.describe('self-assessment', () => {
  test('the principal runs an analysis through its phases and shares it; the owner reads it until the sharing is withdrawn', async ({ page }) => {
    // Note: a long flow (five phases, two people, five axe runs).
    test.setTimeout(120_000)
    await loginAs(page, 'Rektor Rita')
    await page.goto('/egenvurdering')
    await expect(page.getByRole('heading', { level: 1, name: 'Egenvurdering' })).toBeVisible()
    await expectNoAxeViolations(page)

    // The demo school already has last school year's analysis: a second one is refused, what was typed kept.
    await page.getByLabel('Skoleår', { exact: true }).fill(String(previous))
    await page.getByRole('button', { name: 'Start analysen' }).click()
    await expect(page.getByText(`Enheten har allerede en analyse for skoleåret som begynner i ${previous}.`)).toBeVisible()
    await expect(page.getByLabel('Skoleår', { exact: true })).toHaveValue(String(previous))
    await page.getByLabel('Skoleår', { exact: true }).fill(String(current))
    await page.getByRole('button', { name: 'Start analysen' }).click()
    await expect(page.getByText('Analysen er startet.')).toBeVisible()
    await page.getByRole('link', { name: 'Åpne analysen' }).click()
    await expect(page.getByRole('heading', { level: 1, name: currentLabel })).toBeVisible()
    await expect(page.getByText('Denne delen åpner når analysen er kommet til denne fasen.').first()).toBeVisible()
    await expectNoAxeViolations(page)

    // Phase 1 and 2: the texts.
    await phase(page, 'Fase 1: Planlegg prosessen').getByLabel('Plan for prosessen', { exact: true }).fill('Fire fellestider i september; alle ansatte deltar.')
    await phase(page, 'Fase 1: Planlegg prosessen').getByRole('button', { name: 'Lagre teksten' }).click()
    await expect(page.getByText('Teksten er lagret.')).toBeVisible()
    await page.getByRole('button', { name: 'Gå videre til Data om enheten' }).click()
    const data = phase(page, 'Fase 2: Data om enheten')
    await data.getByLabel('Data om enheten', { exact: true }).fill('Elevundersøkelsen viser god trivsel, men mindre mestring på mellomtrinnet.')
    await data.getByRole('button', { name: 'Lagre teksten' }).click()
    await expect(data.getByText('Teksten er lagret.')).toBeVisible()

    // Phase 3: the counts. Letters are refused and nothing is saved; whole numbers are.
    await page.getByRole('button', { name: 'Gå videre til Vurdering av påstander' }).click()
    const rating = phase(page, 'Fase 3: De ansatte vurderer påstandene')
    await rating.getByLabel('I liten grad, påstand 1', { exact: true }).fill('to')
    await rating.getByRole('button', { name: 'Lagre vurderingene' }).click()
    await expect(rating.getByText('Ingenting er lagret. Skriv hele tall fra 0 til 999 i de markerte feltene.')).toBeVisible()
    await expect(rating.getByLabel('I liten grad, påstand 1', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    for (const [label, value] of [['I liten grad, påstand 1', '2'], ['I noen grad, påstand 1', '4'], ['I stor grad, påstand 1', '10'], ['I svært stor grad, påstand 1', '6'], ['I svært stor grad, påstand 2', '3']] as const) {
      await rating.getByLabel(label, { exact: true }).fill(value)
    }
    await rating.getByRole('button', { name: 'Lagre vurderingene' }).click()
    await expect(rating.getByText('Vurderingene er lagret.')).toBeVisible()
    // (2·1 + 4·2 + 10·3 + 6·4) / 22 = 2.9; statement 2 has three answers, all at 4.
    const results = page.getByRole('table', { name: /Fordeling og snitt per påstand/ })
    await expect(results.getByRole('row').nth(1)).toContainText('22')
    await expect(results.getByRole('row').nth(1)).toContainText('2,9')
    await expect(results.getByRole('row').nth(2)).toContainText('4,0')
    await expectNoAxeViolations(page)

    // Phase 4: priorities, then completed (read-only).
    await page.getByRole('button', { name: 'Gå videre til Prioritering' }).click()
    const priorities = phase(page, 'Fase 4: Prioriterte utviklingsområder')
    await priorities.getByLabel('Tema for område 1', { exact: true }).selectOption({ label: 'Lesing' })
    await priorities.getByLabel('Tittel for område 1', { exact: true }).fill('Lesing i alle fag')
    await priorities.getByLabel('Mål for område 1', { exact: true }).fill('Alle faglærere bruker lesestrategier hver uke.')
    await priorities.getByRole('button', { name: 'Lagre prioriteringene' }).click()
    await expect(priorities.getByText('Prioriteringene er lagret.')).toBeVisible()
    await page.getByRole('button', { name: 'Gå videre til Fullført' }).click()
    await expect(page.getByText('Analysen er fullført og kan ikke endres.', { exact: false }).first()).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lagre teksten' })).toHaveCount(0)
    await expect(page.getByRole('table', { name: 'Prioriterte utviklingsområder' })).toContainText('Lesing i alle fag')

    await page.getByRole('button', { name: 'Del med eier' }).click()
    await expect(page.getByText('Analysen er delt med eier.')).toBeVisible()
    await expectNoAxeViolations(page)
    const url = page.url()
    await page.getByRole('button', { name: 'Logg ut' }).click()

    // The owner of the school (Bodø) reads it, without forms.
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/egenvurdering')
    await expect(page.getByText('Du ser bare analysene rektorene og styrerne har delt med dere.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1, name: currentLabel })).toBeVisible()
    await expect(page.getByText('Du leser analysen fordi enheten har delt den med dere.', { exact: false })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Prioriterte utviklingsområder' })).toContainText('Lesing i alle fag')
    await expect(page.getByRole('button', { name: 'Del med eier' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Lagre teksten' })).toHaveCount(0)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Logg ut' }).click()

    // The principal withdraws the sharing; the owner then finds nothing at the same address.
    await loginAs(page, 'Rektor Rita')
    await page.goto(url)
    await page.getByRole('button', { name: 'Trekk tilbake delingen' }).click()
    await expect(page.getByText('Delingen er trukket tilbake.', { exact: false })).toBeVisible()
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto(url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden')
  })

  test('the secretariat keeps the statement sets; a principal has no access to them', async ({ page }) => {
    await loginAs(page, 'Sekretær Salten')
    await page.goto('/egenvurdering/pastander')
    await expect(page.getByRole('heading', { level: 1, name: 'Påstandssett' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Skolens ståsted – Salten' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Skolens ståsted – Nordre Sunnmøre' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    // A kindergarten set: a second active school set would make the principal's test above choose one.
    const name = `Ståsted for barnehager e2e ${Date.now()}`
    const create = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: 'Nytt påstandssett' }) })
    await create.getByLabel('Navn på settet', { exact: true }).fill(name)
    await create.getByRole('button', { name: 'Opprett settet' }).click()
    await expect(create.getByText('Velg et av alternativene i listen.')).toBeVisible()
    await expect(create.getByLabel('Navn på settet', { exact: true })).toHaveValue(name)
    await create.getByLabel('Gjelder', { exact: true }).selectOption({ label: 'barnehager' })
    await create.getByRole('button', { name: 'Opprett settet' }).click()
    await expect(create.getByText('Påstandssettet er opprettet.')).toBeVisible()

    const set = page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name }) })
    await expect(set).toContainText('Ingen påstander ennå.')
    await set.getByText(`Legg til påstand i ${name}`).click()
    await set.getByLabel('Område', { exact: true }).fill('Samarbeid med hjemmet')
    await set.getByLabel('Påstand', { exact: true }).fill('Foreldrene vet hva barna gjør i barnehagen.')
    await set.getByRole('button', { name: 'Legg til påstanden' }).click()
    await expect(set.getByText('Påstanden er lagt til.')).toBeVisible()
    await expect(set.getByRole('table', { name: `Påstandene i ${name}` })).toContainText('Foreldrene vet hva barna gjør i barnehagen.')
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Logg ut' }).click()

    await loginAs(page, 'Rektor Rita')
    await page.goto('/egenvurdering/pastander')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen tilgang til påstandssett')
  })
})
