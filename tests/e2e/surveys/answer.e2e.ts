import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

// The demo seed's codes for Salten's open wave (prisma/seed/demo-surveys.ts); each test spends its own.
const phone = { width: 390, height: 844 }

async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width)
}

async function start(page: Page, code: string) {
  await page.goto('/svar')
  await page.getByLabel('Kode', { exact: true }).fill(code)
  await page.getByRole('button', { name: 'Start' }).click()
}

test.describe('answering a survey with a code, on a phone', () => {
  test.use({ viewport: phone })

  test('a pupil answers page by page, stops, resumes, submits once; axe finds nothing', async ({ page }) => {
    test.setTimeout(90_000)
    await page.goto('/svar')
    await expect(page.getByRole('heading', { level: 1, name: 'Svar på kartlegging' })).toBeVisible()
    await expectNoAxeViolations(page)
    await fitsThePhone(page)

    await start(page, 'demxa 23452') // typed loosely: case and spaces do not matter
    await expect(page.getByRole('heading', { level: 1, name: 'Læringsmiljøet' })).toBeVisible()
    await expect(page.getByText('Side 1 av 4')).toBeVisible()
    await page.getByRole('group', { name: 'Jeg trives på skolen.' }).getByLabel('Helt enig').check()
    await page.getByRole('group', { name: 'Jeg føler meg trygg på skolen.' }).getByLabel('Litt enig').check()
    await expectNoAxeViolations(page)
    await fitsThePhone(page)
    await page.getByRole('button', { name: 'Lagre og fortsett senere' }).click()
    await expect(page.getByText('Svarene dine er lagret.')).toBeVisible()

    // Resuming with the same code: the saved answers are there.
    await start(page, 'DEMXA-23452')
    await expect(page.getByRole('group', { name: 'Jeg trives på skolen.' }).getByLabel('Helt enig')).toBeChecked()
    // Each click waits for the next page, so no click lands on the page that is being left.
    for (let p = 2; p <= 4; p++) {
      await page.getByRole('button', { name: 'Lagre og gå videre' }).click()
      await expect(page.getByText(`Side ${p} av 4`)).toBeVisible()
    }
    await page.getByRole('group', { name: 'Har du blitt mobbet på skolen de siste månedene?' }).getByLabel('Aldri').check()
    await page.getByRole('button', { name: 'Send inn svarene' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Takk for svarene!' })).toBeVisible()
    await expectNoAxeViolations(page)

    // The code is spent.
    await start(page, 'DEMXA-23452')
    await expect(page.getByText('Denne koden er allerede brukt til å sende inn svar.')).toBeVisible()
  })

  test('works in nynorsk and English too', async ({ page }) => {
    await page.goto('/svar')
    await page.getByRole('button', { name: 'Nynorsk' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Svar på kartlegging' })).toBeVisible()
    await page.getByLabel('Kode', { exact: true }).fill('DEMXA-23453')
    await page.getByRole('button', { name: 'Start' }).click()
    await expect(page.getByRole('group', { name: 'Eg trivst på skulen.' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.getByRole('group', { name: 'I enjoy being at school.' }).getByLabel('Strongly agree')).toBeVisible()
    await expectNoAxeViolations(page)
    await fitsThePhone(page)
  })
})

test.describe('answering without JavaScript', () => {
  test.use({ viewport: phone, javaScriptEnabled: false })

  test('plain forms: start, answer, go on and submit', async ({ page }) => {
    test.setTimeout(90_000)
    await start(page, 'DEMXA-23454')
    await expect(page.getByRole('heading', { level: 1, name: 'Læringsmiljøet' })).toBeVisible()
    await page.getByRole('group', { name: 'Jeg trives på skolen.' }).getByLabel('Litt uenig').check()
    for (let p = 1; p < 4; p++) await page.getByRole('button', { name: 'Lagre og gå videre' }).click()
    await page.getByRole('button', { name: 'Send inn svarene' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Takk for svarene!' })).toBeVisible()
  })
})

test('the secretariat reads a closed wave with suppressed cells shown as hidden, never as 0', async ({ page }) => {
  await loginAs(page, 'Sekretær Salten')
  await page.goto('/kartlegging')
  await page.getByRole('link', { name: 'Kultur for læring, høsten 2025' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Kultur for læring, høsten 2025' })).toBeVisible()
  const table = page.getByRole('table', { name: /Gjennomsnitt/ })
  await expect(table).toContainText('Salten')
  await expect(table).toContainText('Skjult: færre enn 7 svar')
  await expectNoAxeViolations(page)
})
