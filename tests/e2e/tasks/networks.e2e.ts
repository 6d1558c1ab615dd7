import { expect, test } from '../fixtures'
import { loginAs } from '../login'
import { startTask } from './clicks'

// The demo's held gathering of the reading network has four seats, Anne's not yet marked as
// present (prisma/seed/demo-networks.ts); no other test reads or writes its attendance.
test.describe('usability: learning networks', () => {
  test('the coordinator registers who came to a held gathering', async ({ page }, testInfo) => {
    await loginAs(page, 'Ola Utviklingsveileder')
    const task = await startTask(page, testInfo, 'register attendance at a gathering', 'network coordinator')
    await task.click(page.getByRole('region', { name: 'Lærende nettverk' }).getByRole('link', { name: 'Regionalt nettverk lesing' }))
    await expect(page.getByRole('heading', { level: 1, name: 'Regionalt nettverk lesing' })).toBeVisible()
    await task.click(page.getByRole('link', { name: 'Dialogkonferanse: lesing på tvers av fag (del 1)' }))
    const present = page.getByRole('group', { name: 'Hvem møtte?' })
    await task.check(present.getByRole('checkbox', { name: 'Anne Ressurslærer' }))
    await task.click(page.getByRole('button', { name: 'Lagre oppmøte' }))
    await expect(page.getByRole('table', { name: 'Påmeldte og venteliste' }).getByRole('row').filter({ hasText: 'Anne Ressurslærer' })).toContainText('Ja')
    await task.done(5)
  })
})
