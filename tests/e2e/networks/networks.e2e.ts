import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('learning networks and gatherings', () => {
  test('the secretariat creates a network, adds a unit and a coordinator, and plans a gathering with pre-work', async ({ page }) => {
    test.setTimeout(90_000)
    await loginAs(page, 'Sekretær Salten')
    await page.goto('/nettverk')
    await expect(page.getByRole('heading', { level: 1, name: 'Lærende nettverk' })).toBeVisible()
    await expect(page.getByRole('table', { name: 'Nettverk' })).toContainText('Regionalt nettverk lesing')
    await expectNoAxeViolations(page)

    // Bad input is refused with what was typed kept; then the network is created.
    const name = `Fagnettverk matematikk e2e ${Date.now()}`
    const create = page.locator('details').filter({ has: page.getByText('Opprett nettverk', { exact: true }) })
    if ((await create.getAttribute('open')) === null) await create.locator('summary').click()
    await page.getByLabel('Navn', { exact: true }).fill('M')
    await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Fagnettverk' })
    await page.getByRole('button', { name: 'Opprett nettverk' }).click()
    await expect(page.getByText('Sjekk feltet.')).toBeVisible()
    await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('M')
    await page.getByLabel('Navn', { exact: true }).fill(name)
    await page.getByRole('button', { name: 'Opprett nettverk' }).click()
    await expect(page.getByText('Nettverket er opprettet.')).toBeVisible()
    await page.getByRole('link', { name }).click()
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByText('Legg til enhet', { exact: true }).first().click()
    await page.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Aspmyra skole' })
    await page.getByRole('button', { name: 'Legg til enhet' }).click()
    await expect(page.getByRole('table', { name: 'Enheter i nettverket' })).toContainText('Aspmyra skole')

    await page.getByText('Legg til person eller endre rolle').click()
    await page.getByLabel('E-postadresse', { exact: true }).fill('ukjent@kommune.no')
    await page.getByLabel('Rolle i nettverket', { exact: true }).selectOption({ label: 'Koordinator' })
    await page.getByRole('button', { name: 'Lagre person' }).click()
    await expect(page.getByText('Ingen bruker har denne e-postadressen.')).toBeVisible()
    await page.getByLabel('E-postadresse', { exact: true }).fill('ola.nord@demo.samkomp.no')
    await page.getByRole('button', { name: 'Lagre person' }).click()
    await expect(page.getByText('Koordinator: Ola Utviklingsveileder')).toBeVisible()

    // Planning: the end before the start is refused; then the gathering is planned and invitations queued.
    const title = `Dialogkonferanse e2e ${Date.now()}`
    await page.getByLabel('Tittel på samlingen', { exact: true }).fill(title)
    await page.getByLabel('Program', { exact: true }).fill('09.00 Velkommen\n10.00 Dialoggrupper')
    await page.getByLabel('Sted', { exact: true }).fill('Bodø rådhus')
    await page.getByLabel('Starter (norsk tid)', { exact: true }).fill('2027-03-10T09:00')
    await page.getByLabel('Slutter (norsk tid)', { exact: true }).fill('2027-03-10T08:00')
    await page.getByLabel('Antall plasser', { exact: true }).fill('25')
    await page.getByRole('button', { name: 'Planlegg og send invitasjon' }).click()
    await expect(page.getByText('Slutt må være etter start.')).toBeVisible()
    await page.getByLabel('Slutter (norsk tid)', { exact: true }).fill('2027-03-10T15:00')
    await page.getByRole('button', { name: 'Planlegg og send invitasjon' }).click()
    await expect(page.getByText(/Samlingen er planlagt, og \d+ invitasjoner er sendt\./)).toBeVisible()
    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
    await expect(page.getByText('0 av 25 plasser')).toBeVisible()

    await page.getByLabel('Slag oppgave', { exact: true }).selectOption({ label: 'Forarbeid' })
    await page.getByLabel('Oppgavetekst', { exact: true }).fill('Kartlegg regnestrategier på mellomtrinnet.')
    await page.getByLabel('Frist', { exact: true }).fill('2027-03-01')
    await page.getByRole('button', { name: 'Legg til oppgave' }).click()
    await expect(page.getByRole('table', { name: 'Enhet × oppgave: levert eller mangler' })).toContainText('Mangler')
    await expectNoAxeViolations(page)
  })

  test('a principal registers, gets the calendar file, hands in pre-work, and lands on a full gathering’s waiting list', async ({ page }) => {
    test.setTimeout(90_000)
    await loginAs(page, 'Rektor Rita')
    await page.goto('/nettverk')
    await page.getByRole('link', { name: 'Regionalt nettverk lesing' }).click()
    await expect(page.getByText('Koordinator: Ola Utviklingsveileder')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Dialogkonferanse: lesing på tvers av fag (del 2)' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Program' })).toBeVisible()

    await page.getByRole('button', { name: 'Meld meg på' }).click()
    await expect(page.getByText('Du er påmeldt.')).toBeVisible()
    const calendar = page.getByRole('link', { name: 'Last ned kalenderfil (.ics)' })
    await expect(calendar).toBeVisible()
    const ics = await page.request.get((await calendar.getAttribute('href'))!)
    expect(ics.headers()['content-type']).toContain('text/calendar')
    const text = await ics.text()
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    // Long lines are folded at 75 octets (CRLF and a space); unfolded, the summary is whole.
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Dialogkonferanse: lesing på tvers av fag (del 2) (Regionalt nettverk lesing)')

    // The unit's pre-work: empty text refused, then handed in.
    const unit = page.getByRole('heading', { level: 3, name: /^Arbeid for / })
    await expect(unit).toBeVisible()
    const pre = page.getByLabel(/^Forarbeid: Kartlegg hvordan lesing/)
    const preForm = page.locator('form').filter({ has: pre })
    await pre.fill('  ')
    await preForm.getByRole('button', { name: 'Lever' }).click()
    await expect(page.getByText('Sjekk feltet.')).toBeVisible()
    await pre.fill('Vi kartla lesing i norsk og naturfag på 6. trinn.')
    await preForm.getByRole('button', { name: 'Lever' }).click()
    await expect(page.getByText('Arbeidet er levert.')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Meld meg av' }).click()
    await expect(page.getByText('Du er meldt av.')).toBeVisible()

    // The leader network's gathering is full: the principal is put on the waiting list, after Ola.
    await page.goto('/nettverk')
    await page.getByRole('link', { name: 'Regionalt ledernettverk (skole, SFO, barnehage, PPT)' }).click()
    await page.getByRole('link', { name: 'Ledersamling: ledelse av profesjonelle læringsfellesskap' }).click()
    await page.getByRole('button', { name: 'Meld meg på' }).click()
    await expect(page.getByText('Samlingen er full. Du står på ventelisten.')).toBeVisible()
    await expect(page.getByText('Du står som nummer 2 på ventelisten.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('the coordinator sees which units have done the pre-work and sends a reminder; a school owner cannot', async ({ page }) => {
    test.setTimeout(60_000)
    await loginAs(page, 'Ola Utviklingsveileder')
    await page.goto('/nettverk')
    await page.getByRole('link', { name: 'Regionalt nettverk lesing' }).click()
    await page.getByRole('link', { name: 'Dialogkonferanse: lesing på tvers av fag (del 2)' }).click()
    const progress = page.getByRole('table', { name: 'Enhet × oppgave: levert eller mangler' })
    await expect(progress).toContainText('Levert')
    await expect(progress).toContainText('Mangler')
    await page.getByRole('button', { name: 'Send påminnelse om forarbeid' }).click()
    await expect(page.getByText(/Påminnelse sendt til \d+ personer ved \d+ enheter\./)).toBeVisible()
    await expect(page.getByRole('table', { name: 'Påmeldte og venteliste' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a school owner reads the network but neither coordinates nor registers', async ({ page }) => {
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/nettverk')
    await page.getByRole('link', { name: 'Regionalt nettverk lesing' }).click()
    await page.getByRole('link', { name: 'Dialogkonferanse: lesing på tvers av fag (del 2)' }).click()
    await expect(page.getByText('Påmelding er for nettverkets personer og ledere for enhetene i nettverket.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Meld meg på' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Send påminnelse om forarbeid' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
