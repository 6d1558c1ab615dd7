import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { settings } from '@/server/settings'

/** Where the embedded database lives when DATABASE_URL is unset. */
export function defaultPgliteDir(): string {
  const configured = settings().PGLITE_DATA_DIR
  return configured ? path.resolve(/*turbopackIgnore: true*/ configured) : path.join(process.cwd(), '.data', 'pglite')
}

const held = new Set<string>()

/**
 * Takes the data directory's lock file for this process.
 *
 * Note: PGlite is a single-connection Postgres running inside this process. Two processes opening
 * the same directory would corrupt it, so a second process is refused with a clear message. A lock
 * left by a dead process (crash, kill -9) is taken over. The same process may re-enter, which
 * happens when Next's dev server reloads modules.
 */
export function lockDataDir(dir: string): void {
  const lockFile = `${dir}.lock`
  if (held.has(lockFile)) return
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' })
      held.add(lockFile)
      process.once('exit', () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile)
        } catch {
          // already gone
        }
      })
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(fs.readFileSync(lockFile, 'utf8'))
      if (owner === process.pid) {
        held.add(lockFile)
        return
      }
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) {
        throw new Error(
          `The embedded database in ${dir} is in use by process ${owner}. ` +
            'Only one process may open a PGlite data directory: stop the other one first.',
          { cause: error },
        )
      }
      fs.rmSync(lockFile, { force: true })
    }
  }
  throw new Error(`Could not lock ${lockFile}`)
}

export function unlockDataDir(dir: string): void {
  const lockFile = `${dir}.lock`
  if (!held.delete(lockFile)) return
  fs.rmSync(lockFile, { force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Opens (creating if needed) the embedded database in `dir`, holding its lock. */
export async function openPglite(dir: string = defaultPgliteDir()): Promise<PGlite> {
  lockDataDir(dir)
  const db = new PGlite(dir)
  await db.waitReady
  return db
}
