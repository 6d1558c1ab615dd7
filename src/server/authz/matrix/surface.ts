import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import type { TAccess, TEntryDeclaration } from '@/server/usecase/access'

/**
 * The authorization surface, read from the code itself: every page's `definePage` /
 * `definePublicPage` declaration, every server action's declaration (a declared use case behind
 * `formAction`, or `declareAction`), and every route handler's `defineRoute`. Nothing is listed
 * by hand, so nothing can drift from what runs. Test support: imported by the surface test and
 * the matrix only (it needs the adapter mocks, tests/setup/adapter-mocks.ts).
 */
export interface TSurface {
  pages: Record<string, TAccess>
  routes: Record<string, TAccess>
  actions: Record<string, TAccess>
}

const root = path.join(process.cwd(), 'src')
const appDir = path.join(root, 'app')

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name)
    return e.isDirectory() ? walk(full) : [full]
  })
}

export const sourceFiles = walk(root).filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes(`${path.sep}generated${path.sep}`))

/** The URL route of a page.tsx or route.ts under src/app ((groups) left out). */
export function routeOf(file: string): string {
  const route = path.dirname(path.relative(appDir, file)).split(path.sep).filter((s) => !/^\(.*\)$/.test(s)).join('/')
  return route === '.' ? '/' : `/${route}`
}

export const pageFiles = sourceFiles.filter((f) => f.startsWith(appDir) && path.basename(f) === 'page.tsx')
export const routeFiles = sourceFiles.filter((f) => f.startsWith(appDir) && path.basename(f) === 'route.ts')
export const actionFiles = sourceFiles.filter((f) => /^\s*['"]use server['"]/.test(fs.readFileSync(f, 'utf8')))

/**
 * A page's declaration, read from its default export: `definePage({ route, permission, … }, …)`
 * or `definePublicPage({ route, access? }, …)`, with literal strings. Throws when the default
 * export is anything else, so an undeclared page fails the surface test.
 */
export function pageDeclaration(file: string): TEntryDeclaration {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const exported = source.statements.find(ts.isExportAssignment)
  const call = exported?.expression
  if (!call || !ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || !['definePage', 'definePublicPage'].includes(call.expression.text)) {
    throw new Error(`${path.relative(process.cwd(), file)}: the default export must be definePage(…) or definePublicPage(…)`)
  }
  const [options] = call.arguments
  const literal = (name: string): string | undefined => {
    if (!options || !ts.isObjectLiteralExpression(options)) return undefined
    const property = options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)
    return property && ts.isStringLiteral(property.initializer) ? property.initializer.text : undefined
  }
  const route = literal('route')
  const access = (call.expression.text === 'definePage' ? literal('permission') : (literal('access') ?? 'public')) as TAccess | undefined
  if (!route || !access) throw new Error(`${path.relative(process.cwd(), file)}: route and permission must be written as string literals`)
  return { name: route, access }
}

type TDeclared = { declaration?: TEntryDeclaration; useCase?: { declaration: { name: string; permission: TAccess } } }

/** What an exported server action or handler declares, or null when it declares nothing. */
export function declarationOf(value: unknown): TEntryDeclaration | null {
  if (typeof value !== 'function') return null
  const declared = value as TDeclared
  if (declared.useCase) return { name: declared.useCase.declaration.name, access: declared.useCase.declaration.permission }
  return declared.declaration ?? null
}

/** Every module's exports, imported for real (through the adapter mocks). */
async function exportsOf(files: string[]): Promise<[string, Record<string, unknown>][]> {
  return Promise.all(files.map(async (f) => [f, (await import(/* @vite-ignore */ f)) as Record<string, unknown>] as [string, Record<string, unknown>]))
}

/** The surface, and every entry found without a declaration (each problem names its file). */
export async function loadSurface(): Promise<TSurface & { problems: string[] }> {
  const problems: string[] = []
  const where = (file: string) => path.relative(process.cwd(), file)
  const pages: Record<string, TAccess> = {}
  for (const file of pageFiles) {
    try {
      pages[routeOf(file)] = pageDeclaration(file).access
    } catch (error) {
      problems.push((error as Error).message)
    }
  }
  const actions: Record<string, TAccess> = {}
  for (const [file, module] of await exportsOf(actionFiles)) {
    for (const [name, value] of Object.entries(module)) {
      const declaration = declarationOf(value)
      if (declaration) actions[name] = declaration.access
      else problems.push(`${where(file)}: ${name} is a server action without a declaration (formAction or declareAction)`)
    }
  }
  const routes: Record<string, TAccess> = {}
  for (const [file, module] of await exportsOf(routeFiles)) {
    for (const [method, value] of Object.entries(module)) {
      const declaration = declarationOf(value)
      if (!declaration) problems.push(`${where(file)}: ${method} is a route handler without a declaration (defineRoute)`)
      else if (declaration.name !== routeOf(file)) problems.push(`${where(file)}: declared as ${declaration.name}`)
      else routes[routeOf(file)] = declaration.access
    }
  }
  return { pages, routes, actions, problems }
}
