import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import nb from '../../messages/nb.json'

/**
 * Each page sends its client components exactly the message namespaces they use
 * (src/i18n/client-messages.tsx): read from the code with TypeScript's parser. From a page, the
 * imports are followed (value imports, re-exports and `import()`, as next/dynamic loads) to its
 * client components ('use client' files) and everything they import; there a namespace is used
 * by `useTranslations('X')`, or by `namespace="X"` on an element (ResultForm translates with the
 * namespace its caller names). Any next-intl hook there needs a provider, so the page must
 * declare `messages: clientMessages(…)` (with no namespace when it only formats).
 */
const root = path.join(process.cwd(), 'src')
const appDir = path.join(root, 'app')
const intlHooks = new Set(['useTranslations', 'useFormatter', 'useLocale', 'useNow', 'useTimeZone', 'useMessages'])

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null
  if (!base) return null
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile()) ?? null
}

interface TModule {
  directive: 'use client' | 'use server' | null
  imports: string[]
  namespaces: string[]
  /** `useTranslations(x)` with x not a string: its namespaces come from `namespace="…"` elsewhere. */
  dynamicNamespace: boolean
  usesIntl: boolean
}

const parsed = new Map<string, TModule>()

function parse(file: string): TModule {
  const cached = parsed.get(file)
  if (cached) return cached
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const first = source.statements[0]
  const directive = first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && ['use client', 'use server'].includes(first.expression.text) ? (first.expression.text as TModule['directive']) : null
  const found: TModule = { directive, imports: [], namespaces: [], dynamicNamespace: false, usesIntl: false }
  const addImport = (spec: string) => {
    const target = resolve(file, spec)
    if (target) found.imports.push(target)
  }
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly = clause?.isTypeOnly || (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.every((e) => e.isTypeOnly))
      if (!typeOnly) addImport(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      addImport(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node)) {
      const [arg] = node.arguments
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword && arg && ts.isStringLiteral(arg)) addImport(arg.text)
      if (ts.isIdentifier(node.expression) && intlHooks.has(node.expression.text)) {
        found.usesIntl = true
        if (node.expression.text === 'useTranslations') {
          if (arg && ts.isStringLiteral(arg)) found.namespaces.push(arg.text.split('.')[0]!)
          else found.dynamicNamespace = true
        }
      }
    } else if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'namespace' && node.initializer && ts.isStringLiteral(node.initializer)) {
      found.namespaces.push(node.initializer.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  parsed.set(file, found)
  return found
}

/** What the client part of `entry`'s import graph needs: namespaces, and whether any hook needs a provider. */
function clientNeeds(entry: string) {
  const namespaces = new Set<string>()
  const dynamic: string[] = []
  let usesIntl = false
  const seen = new Set<string>()
  const stack: { file: string; client: boolean }[] = [{ file: entry, client: false }]
  while (stack.length > 0) {
    const { file, client: above } = stack.pop()!
    const parsedFile = parse(file)
    // A server action is a reference in the browser: nothing of its module is sent.
    if (above && parsedFile.directive === 'use server') continue
    const client = above || parsedFile.directive === 'use client'
    const key = `${client}:${file}`
    if (seen.has(key)) continue
    seen.add(key)
    if (client) {
      parsedFile.namespaces.forEach((n) => namespaces.add(n))
      usesIntl ||= parsedFile.usesIntl
      if (parsedFile.dynamicNamespace) dynamic.push(path.relative(process.cwd(), file))
    }
    for (const next of parsedFile.imports) stack.push({ file: next, client })
  }
  return { namespaces: [...namespaces].sort(), usesIntl, dynamic }
}

/** The namespaces in `messages: clientMessages(…)` of a page's definePage / definePublicPage, or undefined without it. */
function declaredMessages(file: string): string[] | undefined {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const call = source.statements.find(ts.isExportAssignment)?.expression
  const options = call && ts.isCallExpression(call) ? call.arguments[0] : undefined
  if (!options || !ts.isObjectLiteralExpression(options)) return undefined
  const property = options.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === 'messages')
  if (!property) return undefined
  const value = property.initializer
  if (!ts.isCallExpression(value) || !ts.isIdentifier(value.expression) || value.expression.text !== 'clientMessages') {
    throw new Error(`${file}: messages must be clientMessages('Namespace', …) with string literals`)
  }
  return value.arguments.map((e) => (ts.isStringLiteral(e) ? e.text : '(not a literal)')).sort()
}

const pages = walk(appDir).filter((f) => path.basename(f) === 'page.tsx')
const rel = (f: string) => path.relative(process.cwd(), f)

describe('client messages', () => {
  it('each page declares exactly the namespaces its client components use', () => {
    expect(pages.length).toBeGreaterThan(20)
    const mismatches = pages.flatMap((page) => {
      const needs = clientNeeds(page)
      const declared = declaredMessages(page)
      const expected = needs.usesIntl || needs.namespaces.length > 0 ? needs.namespaces : undefined
      return JSON.stringify(declared) === JSON.stringify(expected) ? [] : [`${rel(page)}: declares ${JSON.stringify(declared)}, its client components need ${JSON.stringify(expected)}`]
    })
    expect(mismatches).toEqual([])
  })

  it('names only namespaces that exist, and finds the namespace of every dynamic useTranslations', () => {
    const known = new Set(Object.keys(nb))
    for (const page of pages) {
      const needs = clientNeeds(page)
      expect(needs.namespaces.filter((n) => !known.has(n)), rel(page)).toEqual([])
      if (needs.dynamic.length > 0) expect(needs.namespaces.length, `${rel(page)}: ${needs.dynamic.join(', ')}`).toBeGreaterThan(0)
    }
  })

  it('is imported (as a value) by pages only: anywhere else it would put the provider in every page', () => {
    const importers = walk(root).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts') && path.basename(f) !== 'page.tsx')
    const valueImport = /^import\s+(?!type\b)[^'"]*from\s+['"]@\/i18n\/client-messages['"]/m
    expect(importers.filter((f) => valueImport.test(fs.readFileSync(f, 'utf8'))).map(rel)).toEqual([])
  })

  it('leaves the root layout and the not-found page without client intl: they have no provider', () => {
    for (const file of ['layout.tsx', 'not-found.tsx'].map((f) => path.join(appDir, f))) {
      expect(clientNeeds(file), rel(file)).toEqual({ namespaces: [], usesIntl: false, dynamic: [] })
    }
    expect(fs.readFileSync(path.join(appDir, 'layout.tsx'), 'utf8')).not.toMatch(/<NextIntlClientProvider/)
  })
})
