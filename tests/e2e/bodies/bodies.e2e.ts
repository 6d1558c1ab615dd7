import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'
import { osloLocalIn } from '../dates'

test.describe('governance bodies (issue 20) and decision rules (issue 19)', () => {
  test('county governor staff add an organisation; the secretariat sets up a steering group with it, holds a meeting and records a decision', async ({ page }) => {
    test.setTimeout(90_000)
    const stamp = String(Date.now()).slice(-6)
    const organisation = `NHO Nordland e2e ${stamp}`

    // The county governor adds the organisation with its kind and county.
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.goto('/admin/organisasjoner')
    await expect(page.getByRole('heading', { level: 1, name: 'Organisasjoner i organer' })).toBeVisible()
    await page.getByLabel('Navn', { exact: true }).fill(organisation)
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Arbeidsgiverorganisasjon' })
    await page.getByLabel('Fylke', { exact: true }).selectOption({ label: 'Nordland' })
    await page.getByRole('button', { name: 'Legg til organisasjon' }).click()
    await expect(page.getByText('Organisasjonen er lagt til.')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Organisasjoner med type og fylke' })).toContainText(organisation)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Logg ut' }).click()

    // The secretariat sets up a steering group and seats the organisation's representative as chair.
    await loginAs(page, 'Sekretær Salten')
    await page.goto('/forum')
    const body = `Styringsgruppe e2e ${stamp}`
    await page.getByLabel('Type organ', { exact: true }).selectOption({ label: 'Styringsgruppe' })
    await page.getByLabel('Navn på organet').fill(body)
    await page.getByLabel('Mandat (valgfritt)').fill('Styrer satsingens retning mellom forumets møter.')
    await page.getByRole('button', { name: 'Opprett organet' }).click()
    await expect(page.getByText('Organet er opprettet.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Åpne organet' }).click()
    await expect(page.getByRole('heading', { level: 1, name: body })).toBeVisible()
    await expect(page.getByText(/^Styringsgruppe · Periode/)).toBeVisible()

    await page.getByText('Legg til medlem').first().click()
    await page.getByLabel('Navn', { exact: true }).fill('Nora Næringsliv')
    await page.getByLabel('Organisasjon', { exact: true }).selectOption({ label: organisation })
    await page.getByLabel('Representerer').selectOption({ label: 'Annet' })
    await page.getByRole('checkbox', { name: 'Leder av organet' }).check()
    await page.getByRole('button', { name: 'Legg til medlem' }).click()
    await expect(page.getByText('Medlemmet er lagt til.')).toBeVisible()
    await expect(page.getByRole('table', { name: /Medlemmer med representasjon/ }).getByRole('row').filter({ hasText: 'Nora Næringsliv' })).toContainText('(leder)')
    await expect(page.getByText(`Leder: Nora Næringsliv (${organisation})`)).toBeVisible()
    // A steering group makes no recommendation: that is the forum's.
    await expect(page.getByRole('heading', { name: /Innstilling/ })).toHaveCount(0)
    await expectNoAxeViolations(page)

    // A meeting next week: no decision until it is held.
    const title = `Styringsgruppemøte e2e ${stamp}`
    const plan = page.locator('details').filter({ has: page.getByText('Planlegg et møte') })
    if ((await plan.getAttribute('open')) === null) await page.getByText('Planlegg et møte').click()
    await page.getByLabel('Tittel').fill(title)
    await page.getByLabel('Dato og klokkeslett').fill(osloLocalIn(7))
    await page.getByRole('button', { name: 'Planlegg møtet' }).click()
    await page.getByRole('link', { name: title }).click()
    await page.getByLabel('Sak', { exact: true }).fill('Prioriteringer for neste år')
    await page.getByRole('button', { name: 'Legg til sak' }).click()
    await expect(page.getByText(/Vedtak registreres når møtet er holdt/)).toBeVisible()
    await page.getByRole('button', { name: 'Merk møtet som holdt' }).click()
    await page.getByText('Registrer vedtak i sak 1').click()
    const form = page.locator('form').filter({ has: page.getByLabel('Saksnummer') }).first()
    await form.getByLabel('Saksnummer').fill(`2026/${stamp.slice(-4)}`)
    await form.getByLabel('Forslag').fill('Lesing prioriteres.')
    await form.getByLabel('Vedtak', { exact: true }).fill('Styringsgruppen prioriterer lesing.')
    await form.getByRole('button', { name: 'Registrer vedtak' }).click()
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(`Vedtak 2026/${stamp.slice(-4)} · Konsensus`) })).toBeVisible()
    await expectNoAxeViolations(page)

    // A correction is a new version with its reason; the public journal shows it under the body's name.
    await page.getByText(`Rett vedtak 2026/${stamp.slice(-4)}`).click()
    await page.getByLabel(/^Rettet vedtakstekst/).fill('Styringsgruppen prioriterer lesing og skriving.')
    await page.getByLabel('Begrunnelse for rettingen').fill('Skriving falt ut av vedtaksteksten.')
    await page.getByRole('button', { name: 'Lagre rettingen' }).click()
    await expect(page.getByText(/Rettet \(versjon 2, .+\): Skriving falt ut av vedtaksteksten\./)).toBeVisible()
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await page.goto('/vedtak/salten-kan')
    const row = page.getByRole('table', { name: 'Vedtak, nyeste først' }).getByRole('row').filter({ hasText: `2026/${stamp.slice(-4)}` })
    await expect(row).toContainText(body)
    await expect(row).toContainText('Styringsgruppen prioriterer lesing og skriving.')
    await expect(row).toContainText('Skriving falt ut av vedtaksteksten.')
    await expect(row).toContainText('Opprinnelig vedtak: Styringsgruppen prioriterer lesing.')
    await expectNoAxeViolations(page)
  })

  test('the working group of one principal per municipality shows the municipality that lacks one', async ({ page }) => {
    await loginAs(page, 'Sekretær Sunnmøre')
    await page.goto('/forum')
    await page.getByRole('link', { name: 'Arbeidsgruppe for leiargruppeutvikling' }).click()
    const composition = page.getByRole('region', { name: 'Sammensetning' })
    await expect(composition).toBeVisible()
    await expect(composition.getByText('1 kommune mangler sitt faste medlem').first()).toBeVisible()
    await expect(composition.getByRole('listitem')).toHaveCount(1)
    await expect(composition.getByRole('listitem')).toHaveText(/kommune$/)
    await expectNoAxeViolations(page)
  })
})
