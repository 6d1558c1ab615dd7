import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { lockDataDir, unlockDataDir } from './pglite'

const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samkomp-lock-')), 'pglite')
afterEach(() => unlockDataDir(dir))

describe('PGlite data directory lock', () => {
  it('refuses a directory held by another live process, naming it', () => {
    const other = spawn('sleep', ['10'])
    fs.writeFileSync(`${dir}.lock`, String(other.pid))
    try {
      expect(() => lockDataDir(dir)).toThrow(new RegExp(`in use by process ${other.pid}`))
    } finally {
      other.kill()
      fs.rmSync(`${dir}.lock`, { force: true })
    }
  })

  it('takes over a lock left by a process that died', () => {
    const dead = spawnSync('true')
    fs.writeFileSync(`${dir}.lock`, String(dead.pid))
    lockDataDir(dir)
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid))
  })

  it('lets the same process lock again and releases the file on unlock', () => {
    lockDataDir(dir)
    lockDataDir(dir)
    unlockDataDir(dir)
    expect(fs.existsSync(`${dir}.lock`)).toBe(false)
  })
})
