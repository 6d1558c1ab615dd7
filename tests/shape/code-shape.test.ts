import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { isProduction, walk } from './source-files'

/**
 * The shape the team keeps (issue 13): no production file in src/ over 400 lines and no function
 * over 80, so a newcomer reads any piece in one screen or two. Tests, generated code and test
 * support (the matrix's probe tables) are left out.
 */
const MAX_FILE_LINES = 400
const MAX_FUNCTION_LINES = 80

const root = path.join(process.cwd(), 'src')
/** Every function-like node's length in lines, named by where it starts. */
export function longFunctions(file: string, limit: number): string[] {
  const text = fs.readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line
      if (end - start + 1 > limit) found.push(`${path.relative(process.cwd(), file)}:${start + 1} (${end - start + 1} lines)`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

const files = walk(root).filter(isProduction)

describe('code shape', () => {
  it(`has no production file over ${MAX_FILE_LINES} lines`, () => {
    const long = files.filter((f) => fs.readFileSync(f, 'utf8').split('\n').length > MAX_FILE_LINES).map((f) => path.relative(process.cwd(), f))
    expect(long).toEqual([])
  })

  it(`has no production function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f, MAX_FUNCTION_LINES))).toEqual([])
  })
})
