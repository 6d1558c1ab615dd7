/** `npm run demo`, step one: migrate the embedded database and add the demo data once. */
import { setupDatabase } from './lib/setup-database'

const started = performance.now()
const { seeded } = await setupDatabase({ seed: 'demo' })
console.log(
  `[demo] database ${seeded ? 'migrated and seeded' : 'migrated (demo data already there)'} in ${Math.round(performance.now() - started)} ms`,
)
console.log('[demo] starting Samkomp on http://localhost:3000')
