import type { Browser } from '@playwright/test'
import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

/** Opens a folded form (a <details>) by its summary, unless it is open already. */
async function unfold(page: Page, summary: string) {
  const details = page.locator('details').filter({ has: page.getByText(summary, { exact: true }) })
  if ((await details.getAttribute('open')) === null) await page.getByText(summary, { exact: true }).click()
  return details
}

const escaped = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))

async function session(browser: Browser, name: string) {
  const page = await (await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` } })).newPage()
  await loginAs(page, name)
  return page
}

test.describe('differentiated tracks, the owner’s plans and the spread between units (issue 20)', () => {
  test('an owner creates a unit’s plan and moves the unit to a new track with its reason; the history, the principal and the partnership’s spread show it', async ({ browser }) => {
    test.setTimeout(180_000)
    const stamp = String(Date.now()).slice(-6)

    // ── The school owner creates a plan for one of its units.
    const owner = await session(browser, 'Per Kommunalsjef')
    await owner.goto('/planer')
    await expect(owner.getByRole('heading', { level: 1, name: 'Utviklingsplaner' })).toBeVisible()
    const create = await unfold(owner, 'Ny utviklingsplan')
    const choices = create.getByLabel('Plan for', { exact: true })
    // The owner plans for its own units only: no partnership plan among the choices.
    await expect(choices.locator('option', { hasText: 'Partnerskapets plan' })).toHaveCount(0)
    const unit = (await choices.locator('option').nth(1).textContent())!.trim()
    await choices.selectOption({ label: unit })
    const planTitle = `Skoleeiers plan ${stamp}`
    await create.getByLabel('Tittel på planen', { exact: true }).fill(planTitle)
    await create.getByLabel('Startdato', { exact: true }).fill('2026-08-01')
    await create.getByRole('button', { name: 'Opprett planen' }).click()
    await expect(owner.getByText('Planen er opprettet.')).toBeVisible()
    await expectNoAxeViolations(owner)
    await owner.getByRole('link', { name: planTitle }).click()
    await expect(owner.getByRole('heading', { level: 1, name: planTitle })).toBeVisible()

    // ── On the plan's page: the unit's track now, and the form to move it.
    const track = owner.getByRole('region', { name: 'Spor', exact: true })
    const before = (await track.getByTestId('current-track').textContent())!
    const move = await unfold(owner, `Flytt ${unit} til et annet spor`)
    const choice = move.getByLabel('Nytt spor', { exact: true })
    const newTrack = (await choice.locator('option').nth(1).textContent())!.trim()
    await choice.selectOption({ label: newTrack })
    // Without a reason: refused, nothing moved, the choice kept.
    await move.getByRole('button', { name: 'Flytt enheten' }).click()
    await expect(move.getByText('Fyll ut feltet.')).toBeVisible()
    await expect(track.getByTestId('current-track')).toHaveText(before)
    const reason = `Deler leseopplegget med de andre skolene ${stamp}`
    await move.getByLabel('Begrunnelse', { exact: true }).fill(reason)
    await move.getByRole('button', { name: 'Flytt enheten' }).click()
    await expect(owner.getByText('Enheten er flyttet til det nye sporet.')).toBeVisible()
    await expect(track.getByTestId('current-track')).toHaveText(`${unit} er i sporet «${newTrack}».`)
    const history = track.getByRole('table', { name: `Sporhistorikk for ${unit}` })
    await expect(history.getByRole('row').nth(1)).toContainText(reason)
    await expect(history.getByRole('row').nth(1)).toContainText('Per Kommunalsjef')
    await expectNoAxeViolations(owner)

    // ── The plans list shows the unit's track beside its plan.
    await owner.goto('/planer')
    await expect(owner.getByRole('row', { name: escaped(planTitle) })).toContainText(newTrack)

    // ── The partnership's view: the secretariat sees the unit on its new track, and the spread.
    const secretariat = await session(browser, 'Sekretær Salten')
    await secretariat.goto('/planer')
    await secretariat.getByRole('link', { name: 'Se spredningen mellom enhetene' }).click()
    await expect(secretariat.getByRole('heading', { level: 1, name: 'Spredning mellom enhetene' })).toBeVisible()
    const stages = secretariat.getByRole('table', { name: 'Progresjon per år, Salten KAN' })
    await expect(stages.getByRole('columnheader', { name: 'Etablert' })).toBeVisible()
    await expect(secretariat.getByRole('table', { name: 'Spor per år, Salten KAN' }).getByRole('rowheader', { name: String(new Date().getFullYear()) })).toBeVisible()
    await expect(secretariat.getByRole('table', { name: 'Enhetene nå, Salten KAN' }).getByRole('row', { name: escaped(unit) }).first()).toContainText(newTrack)
    await expectNoAxeViolations(secretariat)
  })

  test('a principal sees the track of their unit on its plan and cannot move it; a forum member reads the spread', async ({ browser }) => {
    const principal = await session(browser, 'Rektor Rita')
    await principal.goto('/planer')
    await principal.getByRole('link', { name: /^Utviklingsplan for/ }).first().click()
    const track = principal.getByRole('region', { name: 'Spor', exact: true })
    await expect(track.getByTestId('current-track')).toContainText('er i sporet')
    await expect(track.getByRole('table', { name: /^Sporhistorikk for/ })).toBeVisible()
    await expect(principal.getByText(/til et annet spor$/)).toHaveCount(0)
    await expect(principal.getByRole('link', { name: 'Se spredningen mellom enhetene' })).toHaveCount(0)
    await expectNoAxeViolations(principal)

    const member = await session(browser, 'Kari KS-representant')
    await member.goto('/planer/spredning')
    await expect(member.getByRole('table', { name: 'Enhetene nå, Salten KAN' })).toBeVisible()
  })

  test('a leader group’s programme: Nordre Sunnmøre’s two years on the new curriculum, with its gatherings and the units’ leaders', async ({ browser }) => {
    const secretariat = await session(browser, 'Sekretær Sunnmøre')
    await secretariat.goto('/nettverk')
    await secretariat.getByRole('link', { name: 'Leiargruppeutvikling i grunnskulen' }).click()
    const programme = secretariat.getByRole('region', { name: 'Program for ledergruppen', exact: true })
    const facts = programme.getByTestId('programme-facts')
    await expect(facts).toContainText('Fagfornyelsen')
    const before = (await facts.textContent())!
    // Four gatherings in the period, under the header row.
    await expect(programme.getByRole('table', { name: 'Samlingene i programmet' }).getByRole('row')).toHaveCount(5)
    await expect(programme.getByRole('table', { name: 'Lederne i nettverket, etter enhet' })).toBeVisible()
    await expectNoAxeViolations(secretariat)
    const form = await unfold(secretariat, 'Endre programmet')
    await form.getByLabel('Til', { exact: true }).fill('2019-01-01')
    await form.getByRole('button', { name: 'Lagre programmet' }).click()
    await expect(form.getByText('Sluttdatoen kan ikke være før startdatoen.')).toBeVisible()
    await expect(facts).toHaveText(before)
    await form.getByLabel('Til', { exact: true }).fill('2021-08-15')
    await form.getByRole('button', { name: 'Lagre programmet' }).click()
    await expect(secretariat.getByText('Programmet er lagret.')).toBeVisible()
    await expect(facts).not.toHaveText(before)
  })
})
