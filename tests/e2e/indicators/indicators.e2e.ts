import path from 'node:path'
import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

const fixture = (name: string) => path.join(import.meta.dirname, '../../fixtures/indicators', name)

test.describe('official indicators', () => {
  test('county governor staff import a file, see a bad file refused, and read the views', async ({ page }) => {
    // Note: a long flow (two uploads, six pages, each checked with axe).
    test.setTimeout(90_000)
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.getByRole('link', { name: 'Indikatorer', exact: true }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Resultatindikatorer' })).toBeVisible()
    await expect(page.getByRole('table', { name: /for landet og fylkene/ })).toContainText('Hele landet')
    await expect(page.getByText('Statistisk sentralbyrå (SSB), lisens CC BY 4.0.').or(page.getByText('Inneholder data under NLOD, tilgjengeliggjort på data.udir.no.'))).toBeVisible()
    await expectNoAxeViolations(page)

    // A bad file: every line named, nothing stored.
    await page.getByRole('link', { name: 'Importer', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Importer indikatorer' })).toBeVisible()
    await page.getByLabel('Fil', { exact: true }).setInputFiles(fixture('udir-bad.csv'))
    await page.getByRole('button', { name: 'Importer' }).click()
    await expect(page.getByText('4 feil i filen. Ingenting er lagret.')).toBeVisible()
    await expect(page.getByText('Linje 5, kolonne Skoleaarnavn: «i fjor» er ikke et skoleår som 2023-24.')).toBeVisible()
    await expectNoAxeViolations(page)

    // A good one: SSB's json-stat2 for table 13716, the markers kept.
    await page.getByLabel('Fil', { exact: true }).setInputFiles(fixture('ssb-13716-inntekt.json'))
    await page.getByRole('button', { name: 'Importer' }).click()
    await expect(page.getByText('Importert: 36 celler (35 tall, 1 skjermet, 0 mangler) for én indikator og 3 år.')).toBeVisible()
    await expect(page.getByRole('table', { name: 'De siste importene, nyeste først' })).toContainText('ssb-13716-inntekt.json')

    // Social background: the imported cell that SSB marked `:` says so, never 0.
    await page.getByRole('link', { name: 'Sosial bakgrunn' }).click()
    await page.getByLabel('Fylke').selectOption({ label: 'Nordland' })
    await page.getByRole('button', { name: 'Vis' }).click()
    const income = page.getByRole('table', { name: /Nordland, per inntektsgruppe og år/ })
    await expect(income.getByRole('row', { name: /Laveste femtedel/ })).toContainText('skjermet')
    await expectNoAxeViolations(page)

    // County → municipalities → schools, each with the national value.
    await page.getByRole('link', { name: 'Fylker og kommuner' }).click()
    await page.getByRole('link', { name: 'Nordland', exact: true }).click()
    await expect(page.getByRole('table', { name: /for kommunene i Nordland/ })).toContainText('Bodø')
    await page.getByRole('link', { name: 'Bodø', exact: true }).click()
    const schools = page.getByRole('table', { name: /for skolene i Bodø/ })
    await expect(schools).toContainText('Hele landet')
    await expectNoAxeViolations(page)

    // The partnership: its owners' municipalities, the combined row computed or withheld with the reason.
    await page.getByRole('link', { name: 'Salten KAN' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Indikatorer for Salten KAN' })).toBeVisible()
    await expect(page.getByRole('table', { name: /Trivsel: landet, Salten KAN og kommunene/ })).toContainText('Beiarn')
    await expectNoAxeViolations(page)

    // The lag view with its rules as settings.
    await page.getByRole('link', { name: 'Etterslep' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Etterslep' })).toBeVisible()
    await page.getByLabel('Risikopoeng minst').fill('1')
    await page.getByLabel('Under landet på minst så mange indikatorer').fill('1')
    await page.getByRole('button', { name: 'Vis' }).click()
    await expect(page.getByRole('table', { name: 'Kommuner med etterslep, flest risikopoeng først' })).toBeVisible()
    await expect(page).toHaveURL(/poeng=1/)
    await expectNoAxeViolations(page)
  })

  test('a principal reads the indicators but is told the import and the lag view are not theirs', async ({ page }) => {
    await loginAs(page, 'Rektor Rita')
    await page.goto('/indikatorer/import')
    await expect(page.getByText('Bare plattformadministratorer og statsforvalterens ansatte kan importere indikatorer.')).toBeVisible()
    await page.goto('/indikatorer/etterslep')
    await expect(page.getByText('Bare statsforvalterens ansatte og plattformadministratorer ser etterslep.')).toBeVisible()
    await page.goto('/indikatorer')
    await expect(page.getByRole('heading', { level: 1, name: 'Resultatindikatorer' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
