/** `npm run db:seed`: migrates the configured database and adds the demo data if it is empty. */
import { setupDatabase } from '../scripts/lib/setup-database'

const { seeded } = await setupDatabase({ seed: 'demo' })
console.log(seeded ? 'Demo data added.' : 'The database already has partnerships; nothing added.')
