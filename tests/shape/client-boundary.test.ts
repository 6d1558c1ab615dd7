import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { walk } from './source-files'

/**
 * No client component reaches server code except through a 'use server' file (a server action
 * is a reference, not code). A value import of src/server/** from a form, however indirect, puts
 * server modules in the browser bundle; the tenant context's node:async_hooks broke the build so.
 */
const root = path.join(process.cwd(), 'src')
const importLine = /^import\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null
  if (!base) return null
  return ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => fs.existsSync(f)) ?? null
}

/** The chains from `client` to a server module, each as file paths. */
function serverReach(client: string): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const stack: string[][] = [[client]]
  while (stack.length > 0) {
    const chain = stack.pop()!
    const file = chain[chain.length - 1]!
    if (seen.has(file)) continue
    seen.add(file)
    const text = fs.readFileSync(file, 'utf8')
    if (file !== client && /^\s*['"]use server['"]/.test(text)) continue
    if (file.startsWith(path.join(root, 'server') + path.sep) || (file !== client && text.slice(0, 300).includes("'server-only'"))) {
      found.push(chain.map((f) => path.relative(process.cwd(), f)).join(' → '))
      continue
    }
    for (const match of text.matchAll(importLine)) {
      const next = resolve(file, match[1]!)
      if (next) stack.push([...chain, next])
    }
  }
  return found
}

/**
 * Packages that must not be in any page's first load. zod (about 30 KiB gzip) validates on the
 * server; forms take their option lists from zod-free modules. Recharts (about 100 KiB) is loaded
 * with next/dynamic after the page, only where a chart is drawn (src/components/ui/chart-figure.tsx);
 * `import()` is not followed here, static imports are.
 */
const notOnFirstLoad = ['zod', 'recharts']
const packageImport = /^(?:import|export)\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"./@][^'"]*|@[^'"/]+\/[^'"]+)['"]/gm

/** The chains from a page to a client module that imports one of notOnFirstLoad. */
function heavyReach(page: string): string[] {
  const found: string[] = []
  const seen = new Set<string>()
  const stack: { chain: string[]; client: boolean }[] = [{ chain: [page], client: false }]
  while (stack.length > 0) {
    const { chain, client: above } = stack.pop()!
    const file = chain[chain.length - 1]!
    const text = fs.readFileSync(file, 'utf8')
    if (above && /^\s*['"]use server['"]/.test(text)) continue
    const client = above || /^\s*['"]use client['"]/.test(text)
    if (seen.has(`${client}:${file}`)) continue
    seen.add(`${client}:${file}`)
    if (client) {
      for (const match of text.matchAll(packageImport)) {
        if (notOnFirstLoad.includes(match[1]!)) found.push(`${chain.map((f) => path.relative(process.cwd(), f)).join(' → ')} imports ${match[1]}`)
      }
    }
    for (const match of text.matchAll(importLine)) {
      const next = resolve(file, match[1]!)
      if (next) stack.push({ chain: [...chain, next], client })
    }
  }
  return found
}

describe('the client boundary', () => {
  it('keeps zod and Recharts out of every page’s first load', () => {
    const pages = walk(path.join(root, 'app')).filter((f) => /(page|layout|not-found)\.tsx$/.test(f))
    expect(pages.length).toBeGreaterThan(20)
    expect(pages.flatMap(heavyReach)).toEqual([])
  })

  it('keeps server modules out of every client component', () => {
    const clients = walk(root).filter((f) => /\.tsx?$/.test(f) && /^\s*['"]use client['"]/.test(fs.readFileSync(f, 'utf8')))
    expect(clients.length).toBeGreaterThan(10)
    expect(clients.flatMap(serverReach)).toEqual([])
  })
})
