import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

// Issue 15: the schools' own people. In Nordre Sunnmøre a teacher and a resource teacher at the
// same school (both seeded with logins) do their unit's tasks for the network gathering (a
// task the unit already handed in shows "Oppdater" instead of "Lever", and the two tests run side
// by side); in
// Salten the principal sets up a class for the demo teacher, who finds it on the dashboard.
const GATHERING = 'Nettverkssamling: djupnelæring i fagfornyinga (del 2)'

test.describe("the unit's staff in networks and classes", () => {
  test('a teacher registers for her unit’s gathering and hands in the pre-work; reads her unit’s plans and visits', async ({ page }) => {
    test.setTimeout(90_000)
    await loginAs(page, 'Lærar Liv')
    await expect(page.getByText(/^Lærer – /)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto('/nettverk')
    await page.getByRole('link', { name: 'Regionalt nettverk fagfornyinga' }).click()
    await page.getByRole('link', { name: GATHERING }).click()
    await expect(page.getByRole('heading', { level: 1, name: GATHERING })).toBeVisible()
    await page.getByRole('button', { name: 'Meld meg på' }).click()
    await expect(page.getByText('Du er påmeldt.')).toBeVisible()

    const pre = page.getByLabel(/^Forarbeid: Vel ein tverrfagleg/)
    const preForm = page.locator('form').filter({ has: pre })
    await pre.fill('  ')
    await preForm.getByRole('button', { name: /^(Lever|Oppdater)$/ }).click()
    await expect(preForm.getByText('Fyll ut feltet.')).toBeVisible()
    await pre.fill('Vi prøvde ei tverrfagleg økt om berekraft i 7. klasse; elevane forklarte samanhengar med eigne ord.')
    await preForm.getByRole('button', { name: /^(Lever|Oppdater)$/ }).click()
    await expect(page.getByText('Arbeidet er levert.')).toBeVisible()
    await expectNoAxeViolations(page)

    for (const path of ['/planer', '/besok']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByText('Du har ikke tilgang')).toHaveCount(0)
      await expectNoAxeViolations(page)
    }
  })

  test('a resource teacher writes the unit’s reflection log for the same gathering', async ({ page }) => {
    test.setTimeout(90_000)
    await loginAs(page, 'Ingrid Ressurslærar')
    await expect(page.getByText(/^Ressurslærer – /)).toBeVisible()
    await page.goto('/nettverk')
    await page.getByRole('link', { name: 'Regionalt nettverk fagfornyinga' }).click()
    await page.getByRole('link', { name: GATHERING }).click()
    const post = page.getByLabel(/^Etterarbeid \(refleksjonslogg\): /)
    await post.fill('Vi endra korleis vi opnar økta: elevane formulerer sjølve spørsmålet dei skal utforske.')
    await page.locator('form').filter({ has: post }).getByRole('button', { name: /^(Lever|Oppdater)$/ }).click()
    await expect(page.getByText('Arbeidet er levert.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the principal sets up a class and assigns the teacher, who sees it on the dashboard', async ({ page }) => {
    test.setTimeout(90_000)
    await loginAs(page, 'Rektor Rita')
    await page.getByRole('link', { name: 'Personale og klasser' }).click()
    await expect(page.getByRole('heading', { level: 1, name: /^Personale ved / })).toBeVisible()
    await expect(page.getByRole('table', { name: /^Personer med rolle ved / })).toContainText('Lærer Lars')

    // A class needs its trinn: refused with the field named, then added.
    await page.getByLabel('Klassens navn', { exact: true }).fill('3C')
    await page.getByRole('button', { name: 'Legg til klasse' }).click()
    await expect(page.getByText('Velg trinnet klassen går på.')).toBeVisible()
    await page.getByLabel('Trinn', { exact: true }).selectOption({ label: '3. trinn' })
    await page.getByRole('button', { name: 'Legg til klasse' }).click()
    await expect(page.getByText('Lagt til.')).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: '3C (3. trinn)' })
    await row.getByLabel('Gi 3C til').selectOption({ label: 'Lærer Lars' })
    await row.getByRole('button', { name: 'Tildel' }).click()
    await expect(page.getByRole('button', { name: 'Ta Lærer Lars av 3C' })).toBeVisible()
    await expectNoAxeViolations(page)

    await loginAs(page, 'Lærer Lars')
    const classes = page.getByRole('table', { name: 'Klasser og grupper du har' })
    await expect(classes).toContainText('3C (3. trinn)')
    await expect(classes).toContainText('5A (5. trinn)')
    await expectNoAxeViolations(page)
  })
})
