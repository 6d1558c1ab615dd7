import { pageDeclaration, pageFiles } from '@/server/authz/matrix/surface'
import { rolePermissions, type Permission } from '@/server/authz/permissions'
import type { Role } from '@/generated/prisma/client'

/**
 * Which pages a person may open, read from the pages' own declarations (the reader the surface
 * test uses), so a new page is checked without anyone listing it here.
 */
const declarations = pageFiles.map(pageDeclaration).map((d) => ({ route: d.name, access: d.access }))

const isDynamic = (route: string) => route.includes('[')
const isPublic = (access: string) => access === 'public' || access === 'demo-mode'

/** The routes without a parameter: the addresses a person can type. */
export const staticRoutes = new Set(declarations.filter((d) => !isDynamic(d.route)).map((d) => d.route))

/** The pages anyone may open without logging in (the front page, the statement, the answer pages). */
export const publicStaticRoutes = declarations.filter((d) => isPublic(d.access) && !isDynamic(d.route)).map((d) => d.route).sort()

/**
 * A role's pages: the static ones it may open (public ones are left to the visitor without login),
 * and the patterns of its pages with a parameter (public ones included: a decision's public page is
 * found through the forum), reached by following links.
 */
export function pagesOf(role: Role) {
  const allowed = new Set<string>(rolePermissions[role] satisfies readonly Permission[])
  const mine = declarations.filter((d) => allowed.has(d.access) || (isPublic(d.access) && isDynamic(d.route)))
  return {
    routes: mine.filter((d) => !isDynamic(d.route)).map((d) => d.route).sort(),
    patterns: mine.filter((d) => isDynamic(d.route)).map((d) => ({ route: d.route, match: patternOf(d.route) })),
  }
}

/** '/okonomi/[grantYearId]' → /^\/okonomi\/[^/]+$/ (a path, not a download under it). */
function patternOf(route: string): RegExp {
  const source = route
    .split('/')
    .map((segment) => (/^\[.+\]$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${source}$`)
}

/**
 * The first link on a page to each pattern not yet reached, for the pages with a parameter. Paths
 * that are static routes themselves (/personale/import beside /personale/[unitId]) are not taken.
 */
export function firstLinks(paths: string[], patterns: { route: string; match: RegExp }[], reached: Set<string>): Map<string, string> {
  const found = new Map<string, string>()
  for (const { route, match } of patterns) {
    if (reached.has(route)) continue
    const path = paths.find((p) => match.test(p) && !staticRoutes.has(p))
    if (path) found.set(route, path)
  }
  return found
}

/**
 * Another page of a reached pattern, for a pattern below it that no link has led to yet: the first
 * page taken of a pattern may have nothing under it (a network without gatherings), another may.
 * `seen` holds every same-origin path the crawl has seen on a page; `visited` those it opened.
 */
export function anotherParent(unreached: string[], reached: Set<string>, patterns: { route: string; match: RegExp }[], seen: Set<string>, visited: Set<string>): string | undefined {
  for (const route of unreached) {
    const parents = patterns.filter((p) => reached.has(p.route) && route.startsWith(`${p.route}/`))
    for (const parent of parents) {
      const path = [...seen].find((p) => parent.match.test(p) && !visited.has(p) && !staticRoutes.has(p))
      if (path) return path
    }
  }
  return undefined
}
