import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { surface } from './surface'

const root = path.join(process.cwd(), 'src')

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full) : [full]
  })
}

const files = walk(root).filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`))
const appDir = path.join(root, 'app')
const routeOf = (file: string) => {
  const route = path.dirname(path.relative(appDir, file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join('/')
  return route === '.' ? '/' : `/${route}`
}

describe('the authorization surface', () => {
  it('lists every page', () => {
    const pages = files.filter((f) => f.startsWith(appDir) && path.basename(f) === 'page.tsx').map(routeOf).sort()
    expect(pages).toEqual(Object.keys(surface.pages).sort())
  })

  it('lists every route handler', () => {
    const routes = files.filter((f) => f.startsWith(appDir) && path.basename(f) === 'route.ts').map(routeOf).sort()
    expect(routes).toEqual(Object.keys(surface.routes).sort())
  })

  it("lists every server action (every export of a 'use server' file)", () => {
    const actions = files
      .filter((f) => /^\s*['"]use server['"]/.test(fs.readFileSync(f, 'utf8')))
      .flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/export async function (\w+)/g)].map((m) => m[1]!))
      .sort()
    expect(actions).toEqual(Object.keys(surface.actions).sort())
  })

  it('checks the permission it declares in every protected page', () => {
    for (const [route, access] of Object.entries(surface.pages)) {
      if (access === 'public' || access === 'demo-mode') continue
      const file = path.join(appDir, route, 'page.tsx')
      const source = fs.readFileSync(file, 'utf8')
      expect(source, route).toContain('getActor()')
      expect(source, route).toContain(`'${access}'`)
    }
  })
})
