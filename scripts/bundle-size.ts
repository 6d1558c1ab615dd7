/**
 * `npx tsx scripts/bundle-size.ts [--budget KiB] [--json]`: the first-load JavaScript of every
 * page route, gzip, read from the production build's manifests (run `next build` first). Fails
 * (exit 1) when a route is over the budget (default 150 KiB, issue 14).
 *
 * First load = the runtime chunks every App Router page loads (`rootMainFiles` in
 * .next/build-manifest.json) plus the chunks of the route's layouts and page
 * (`entryJSFiles` in the page's client reference manifest), each chunk counted once. That is
 * what the HTML's script tags ask for before the page is interactive; chunks loaded later by
 * `next/dynamic` with `ssr: false` are not in it, nor the nomodule polyfills.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import zlib from 'node:zlib'

export interface TRouteSize {
  route: string
  chunks: number
  gzipKiB: number
  rawKiB: number
}

type TClientManifest = Record<string, { entryJSFiles?: Record<string, string[]> }>

const KiB = 1024

/** Every page_client-reference-manifest.js under .next/server/app, with its route. */
function pageManifests(appDir: string): { route: string; file: string }[] {
  const found: { route: string; file: string }[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'page_client-reference-manifest.js') {
        const route = `/${path.relative(appDir, dir).split(path.sep).join('/')}`.replace(/\/$/, '')
        found.push({ route: route === '' ? '/' : route, file: full })
      }
    }
  }
  walk(appDir)
  return found.sort((a, b) => a.route.localeCompare(b.route))
}

/** The manifest is a script that assigns `globalThis.__RSC_MANIFEST[entry]`: run it in a sandbox. */
function readClientManifest(file: string): TClientManifest {
  const sandbox = { globalThis: {} as { __RSC_MANIFEST?: TClientManifest }, self: {} }
  sandbox.globalThis = sandbox as never
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox)
  return sandbox.globalThis.__RSC_MANIFEST ?? {}
}

export function measureBuild(nextDir = path.join(process.cwd(), '.next')): TRouteSize[] {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] }
  const sizes = new Map<string, { gzip: number; raw: number }>()
  const sizeOf = (chunk: string) => {
    let size = sizes.get(chunk)
    if (!size) {
      const bytes = fs.readFileSync(path.join(nextDir, chunk))
      size = { gzip: zlib.gzipSync(bytes, { level: 9 }).length, raw: bytes.length }
      sizes.set(chunk, size)
    }
    return size
  }
  return pageManifests(path.join(nextDir, 'server', 'app'))
    .filter(({ route }) => !route.startsWith('/_'))
    .map(({ route, file }) => {
      const manifest = readClientManifest(file)
      const chunks = new Set(buildManifest.rootMainFiles)
      for (const entry of Object.values(manifest)) {
        for (const files of Object.values(entry.entryJSFiles ?? {})) for (const chunk of files) if (chunk.endsWith('.js')) chunks.add(chunk)
      }
      const total = [...chunks].map(sizeOf).reduce((sum, s) => ({ gzip: sum.gzip + s.gzip, raw: sum.raw + s.raw }), { gzip: 0, raw: 0 })
      return { route, chunks: chunks.size, gzipKiB: total.gzip / KiB, rawKiB: total.raw / KiB }
    })
}

function main() {
  const args = process.argv.slice(2)
  const budgetAt = args.indexOf('--budget')
  const budget = budgetAt >= 0 ? Number(args[budgetAt + 1]) : 150
  if (!Number.isFinite(budget) || budget <= 0) throw new Error('--budget takes a number of KiB')
  if (!fs.existsSync(path.join('.next', 'build-manifest.json'))) throw new Error('No production build: run `next build` first.')
  const routes = measureBuild()
  if (args.includes('--json')) {
    console.log(JSON.stringify(routes, null, 2))
  } else {
    console.log('| route | chunks | first-load JS gzip KiB | raw KiB |\n|---|---:|---:|---:|')
    for (const r of routes) console.log(`| ${r.route} | ${r.chunks} | ${r.gzipKiB.toFixed(1)} | ${r.rawKiB.toFixed(1)} |`)
  }
  const over = routes.filter((r) => r.gzipKiB > budget)
  if (over.length > 0) {
    console.error(`${over.length} route(s) over the budget of ${budget} KiB gzip: ${over.map((r) => `${r.route} ${r.gzipKiB.toFixed(1)}`).join(', ')}`)
    process.exit(1)
  }
  console.error(`Every route within ${budget} KiB gzip (largest ${Math.max(...routes.map((r) => r.gzipKiB)).toFixed(1)}).`)
}

if (import.meta.url === `file://${process.argv[1]}`) main()
