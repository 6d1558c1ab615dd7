import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'
import { osloLocalIn } from '../dates'

test.describe('collaboration forum', () => {
  test('the secretariat plans a meeting, adds items, records a consensus decision and a vote; the journal shows them', async ({ page }) => {
    // Note: a long flow (a meeting, two items, two decisions, minutes, five axe runs).
    test.setTimeout(90_000)
    await loginAs(page, 'Sekretær Salten')
    await page.getByRole('link', { name: 'Samarbeidsforum', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Samarbeidsforum' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Samarbeidsforum for Salten' }).click()
    await expect(page.getByRole('table', { name: /Medlemmer med representasjon/ })).toContainText('Representant for statsforvalteren')

    // Plan a meeting: a bad video link is refused, with what was typed kept.
    const title = `Forummøte e2e ${Date.now()}`
    // The form starts open while the forum has no meetings; other runs may have planned some.
    const plan = page.locator('details').filter({ has: page.getByText('Planlegg et møte') })
    if ((await plan.getAttribute('open')) === null) await page.getByText('Planlegg et møte').click()
    await page.getByLabel('Tittel').fill(title)
    // Tomorrow: the meeting is held (marked below) before its time, so its decisions may be recorded.
    await page.getByLabel('Dato og klokkeslett').fill(osloLocalIn(1))
    await page.getByLabel('Videolenke (valgfritt, https)').fill('http://usikker.example')
    await page.getByRole('button', { name: 'Planlegg møtet' }).click()
    await expect(page.getByText('Skriv en nettadresse som begynner med https://, for eksempel https://www.udir.no.')).toBeVisible()
    await expect(page.getByLabel('Tittel')).toHaveValue(title)
    await page.getByLabel('Videolenke (valgfritt, https)').fill('')
    await page.getByRole('button', { name: 'Planlegg møtet' }).click()
    await expect(page.getByText('Møtet er planlagt.')).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()

    for (const item of ['Fordeling av årets midler', 'Valg av tema for regionalt nettverk']) {
      await page.getByLabel('Sak', { exact: true }).fill(item)
      await page.getByRole('button', { name: 'Legg til sak' }).click()
      await expect(page.getByRole('heading', { level: 3, name: new RegExp(item) })).toBeVisible()
    }

    // A paper for item 1: a program dressed as a PDF is refused, a real PDF is kept and downloads.
    await page.getByText('Legg ved saksdokument i sak 1').click()
    const paper = page.locator('form').filter({ has: page.getByRole('button', { name: 'Last opp' }) }).first()
    await paper.getByLabel('Saksdokument', { exact: true }).setInputFiles({ name: 'program.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00]) })
    await paper.getByRole('button', { name: 'Last opp' }).click()
    await expect(paper.getByText(/Filtypen er ikke tillatt/)).toBeVisible()
    const pdfBytes = Buffer.from('%PDF-1.4\n% Saksframlegg e2e\n')
    await paper.getByLabel('Saksdokument', { exact: true }).setInputFiles({ name: 'Saksframlegg fordeling.pdf', mimeType: 'application/pdf', buffer: pdfBytes })
    await paper.getByRole('button', { name: 'Last opp' }).click()
    const paperLink = page.getByRole('link', { name: 'Saksframlegg fordeling.pdf' })
    await expect(paperLink).toBeVisible()
    const downloaded = await page.request.get((await paperLink.getAttribute('href'))!)
    expect(downloaded.headers()['content-disposition']).toMatch(/^attachment/)
    expect(await downloaded.body()).toEqual(pdfBytes)

    // Not held yet: no decision form, only the way to get there (issue 19).
    await expect(page.getByText('Registrer vedtak i sak 1')).toHaveCount(0)
    await expect(page.getByText(/Vedtak registreres når møtet er holdt/).first()).toBeVisible()
    await page.getByRole('button', { name: 'Merk møtet som holdt' }).click()
    await expect(page.getByRole('button', { name: 'Merk møtet som holdt' })).toHaveCount(0)
    await expect(page.getByText('Registrer vedtak i sak 1')).toBeVisible()

    // Item 1 by consensus.
    const stamp = String(Date.now()).slice(-4)
    await page.getByText('Registrer vedtak i sak 1').click()
    const first = page.locator('form').filter({ has: page.getByLabel('Saksnummer') }).first()
    await first.getByLabel('Saksnummer').fill(`2026/${stamp}`)
    await first.getByLabel('Forslag').fill('Fordeling etter elevtall.')
    await first.getByLabel('Vedtak', { exact: true }).fill('Forumet slutter seg til fordelingen.')
    await first.getByRole('button', { name: 'Registrer vedtak' }).click()
    // The form gives way to the recorded decision.
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(`Vedtak 2026/${stamp} · Konsensus`) })).toBeVisible()

    // Item 2 by vote: one member declares a conflict and may not vote; then the vote goes through.
    await page.getByText('Registrer vedtak i sak 2').click()
    const second = page.locator('form').filter({ has: page.getByLabel('Saksnummer') }).first()
    await second.getByLabel('Saksnummer').fill(`2026/${Number(stamp) + 1}`)
    await second.getByLabel('Forslag').fill('Lesing som tema.')
    await second.getByRole('radio', { name: 'Avstemning' }).check()
    const votes = second.getByRole('combobox', { name: /^Stemme fra / })
    await votes.nth(0).selectOption({ label: 'For' })
    await votes.nth(1).selectOption({ label: 'Mot' })
    await votes.nth(2).selectOption({ label: 'For' })
    const conflicted = ((await votes.nth(1).getAttribute('name')) ?? '').replace('vote.', '')
    await second.locator(`input[name="conflict.${conflicted}"]`).fill('Søker selv midler til temaet')
    await second.getByLabel('Vedtak', { exact: true }).fill('Lesing velges som tema.')
    await second.getByRole('button', { name: 'Registrer vedtak' }).click()
    await expect(second.getByText(/har meldt inhabilitet og kan ikke stemme/)).toBeVisible()
    await expectNoAxeViolations(page)
    await votes.nth(1).selectOption({ label: 'Ingen stemme' })
    await second.getByRole('button', { name: 'Registrer vedtak' }).click()
    await expect(page.getByRole('heading', { level: 4, name: new RegExp(`· Avstemning`) })).toBeVisible()
    await expect(page.getByText(/2 for, 0 mot, 0 avstår/)).toBeVisible()
    await expect(page.getByText(/fratrådte: Søker selv midler til temaet/)).toBeVisible()
    await expectNoAxeViolations(page)

    // Attendance, which the first draft of the minutes then lists.
    await page.getByText('Registrer oppmøte').click()
    const attendance = page.getByRole('group', { name: 'Hvem var til stede?' })
    await attendance.getByRole('checkbox').nth(0).check()
    await attendance.getByRole('checkbox').nth(1).check()
    await page.getByRole('button', { name: 'Lagre oppmøtet' }).click()
    await expect(page.getByText(/^Til stede: .+, .+/)).toBeVisible()

    // Minutes: drafted from the meeting, approved by the forum, then locked; the PDF downloads.
    const minutes = page.getByRole('textbox', { name: 'Referat' })
    await expect(minutes).toHaveValue(new RegExp(`2026/${stamp}: Forumet slutter seg til fordelingen.`))
    await minutes.fill(`${await minutes.inputValue()}\nMøtet ble hevet kl. 12.`)
    await page.getByRole('button', { name: 'Lagre utkastet' }).click()
    await expect(page.getByRole('heading', { level: 3, name: /Versjon 1 – utkast/ })).toBeVisible()
    // Approval cannot be undone: a dialog asks first, and Cancel changes nothing.
    await page.getByRole('button', { name: 'Godkjenn referatet' }).click()
    const confirm = page.getByRole('dialog', { name: 'Godkjenne versjon 1 av referatet?' })
    await expect(confirm).toBeVisible()
    await confirm.getByRole('button', { name: 'Avbryt' }).click()
    await expect(page.getByRole('heading', { level: 3, name: /Versjon 1 – utkast/ })).toBeVisible()
    await page.getByRole('button', { name: 'Godkjenn referatet' }).click()
    await confirm.getByRole('button', { name: 'Ja, godkjenn og lås referatet' }).click()
    await expect(page.getByRole('heading', { level: 3, name: /Versjon 1 – godkjent/ })).toBeVisible()
    await expect(page.getByText('Referatet er godkjent: sakslisten er låst.')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Legg til sak' })).toHaveCount(0)
    const pdfHref = await page.getByRole('link', { name: 'Last ned som PDF, versjon 1' }).getAttribute('href')
    const pdf = await page.request.get(pdfHref!)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
    await expectNoAxeViolations(page)

    // The public journal, without logging in.
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await page.goto('/vedtak/salten-kan')
    const journal = page.getByRole('table', { name: 'Vedtak, nyeste først' })
    await expect(journal.getByRole('row').filter({ hasText: `2026/${stamp}` })).toContainText('Forumet slutter seg til fordelingen.')
    await expect(journal).toContainText('2 for, 0 mot, 0 avstår')
    await expect(journal).not.toContainText('Representant')
    await expectNoAxeViolations(page)
  })

  test("another partnership's secretariat finds nothing of it, and an owner has no forum", async ({ page }) => {
    await loginAs(page, 'Sekretær Salten')
    await page.goto('/forum')
    const href = await page.getByRole('link', { name: 'Samarbeidsforum for Salten' }).getAttribute('href')
    await page.getByRole('button', { name: 'Logg ut' }).click()

    await loginAs(page, 'Sekretær Sunnmøre')
    await page.goto('/forum')
    await expect(page.getByRole('link', { name: 'Samarbeidsforum for Salten' })).toHaveCount(0)
    await page.goto(href!)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden')
    await page.getByRole('button', { name: 'Logg ut' }).click()

    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/forum')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til samarbeidsforumet')
    await expectNoAxeViolations(page)
  })

  test('the secretariat adds a member and ends the period; the county governor gets no vote', async ({ page }) => {
    await loginAs(page, 'Sekretær Sunnmøre')
    await page.goto('/forum')
    await page.getByRole('link', { name: 'Samarbeidsforum Nordre Sunnmøre' }).click()
    const name = `Vilde Vara ${Date.now()}`
    await page.getByText('Legg til medlem').first().click()
    await page.getByLabel('Navn', { exact: true }).fill(name)
    await page.getByLabel('Organisasjon', { exact: true }).selectOption({ index: 1 })
    await page.getByLabel('Representerer').selectOption({ label: 'Statsforvalteren' })
    await page.getByRole('checkbox', { name: 'Varamedlem' }).check()
    await page.getByRole('button', { name: 'Legg til medlem' }).click()
    await expect(page.getByText('Medlemmet er lagt til.')).toBeVisible()
    const row = page.getByRole('table', { name: /Medlemmer med representasjon/ }).getByRole('row').filter({ hasText: name })
    // Ticked or not, the county governor's representative has no vote.
    await expect(row).toContainText('(Vara)')
    await expect(row.getByRole('cell').nth(3)).toHaveText('Nei')
    await expectNoAxeViolations(page)
    await row.getByLabel(`Sluttdato for ${name}`).fill('2020-01-01')
    await row.getByRole('button', { name: 'Avslutt' }).click()
    await expect(row.getByText('Sluttdatoen kan ikke være før startdatoen.')).toBeVisible()
    await row.getByLabel(`Sluttdato for ${name}`).fill('2030-06-30')
    await row.getByRole('button', { name: 'Avslutt' }).click()
    await expect(row).toContainText('30. juni 2030')
    await expect(row.getByRole('button', { name: 'Avslutt' })).toHaveCount(0)
  })
})
