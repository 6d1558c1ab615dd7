import fs from 'node:fs'
import { describe, expect, it } from 'vitest'

/**
 * The runtime is Node 24 LTS (ADR 022; Node 20 reached its end of life in April 2026, issue 22):
 * declared where tools read it, and the one the suite itself runs on.
 */
describe('the Node.js runtime', () => {
  const major = (version: string) => Number(/^v?(\d+)/.exec(version)?.[1])

  it('is declared as Node 24 in .nvmrc and in package.json engines', () => {
    expect(major(fs.readFileSync('.nvmrc', 'utf8').trim())).toBe(24)
    const engines = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { engines?: { node?: string } }).engines?.node ?? ''
    expect(engines).toMatch(/^>=24(\.\d+)* <25$/)
  })

  it('is what the tests run on', () => {
    expect(major(process.versions.node)).toBe(24)
  })
})
