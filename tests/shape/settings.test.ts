import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SETTING_NAMES } from '@/server/settings'
import { walk } from './source-files'

/**
 * Settings are read in one place (src/server/settings.ts, ADR 023) and listed in docs/settings.md:
 * a variable read elsewhere would skip the check at start, and one missing from the table would
 * be a setting nobody can find.
 */
const root = process.cwd()

/** Reads of process.env allowed outside the settings module: Next's own flags, which Next inlines where it compiles them. */
const allowed: Record<string, string[]> = {
  'src/instrumentation.ts': ['NEXT_RUNTIME', 'NEXT_PHASE'],
  'next.config.ts': ['SAMKOMP_TYPECHECKED'],
}

describe('settings', () => {
  it('are read from process.env only by src/server/settings.ts', () => {
    const files = [...walk(path.join(root, 'src')).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`)), path.join(root, 'next.config.ts')]
    const reads: string[] = []
    for (const file of files) {
      const rel = path.relative(root, file)
      if (rel === path.join('src', 'server', 'settings.ts')) continue
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/process\.env(?:\.([A-Z_]+)|\[|\b)/g)) {
        if (!match[1] || !allowed[rel]?.includes(match[1])) reads.push(`${rel}: ${match[0]}`)
      }
    }
    expect(reads).toEqual([])
  })

  it('are each listed in docs/settings.md, and the table lists nothing the schema does not know', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'settings.md'), 'utf8')
    const documented = [...doc.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1])
    expect([...new Set(documented)].sort()).toEqual([...SETTING_NAMES].sort())
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('docs/settings.md')
  })
})
