import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isProduction, walk } from './source-files'

/**
 * Imports point one way (issue 13): app → features → server/components/lib. A server module that
 * imports a feature (as the login once imported the Feide onboarding) ties the platform's core to
 * one area and makes cycles easy; a feature that imports a route file does the same one level up.
 * The matrix's probe tables are test support that calls every area, so they are left out, as are
 * tests.
 */
const root = path.join(process.cwd(), 'src')

/** Those of `files` that import from one of `forbidden` (as `@/<name>/…`). */
function upwardImports(files: string[], forbidden: string[]): string[] {
  const pattern = new RegExp(`from '@/(${forbidden.join('|')})/`)
  return files.filter((file) => pattern.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(process.cwd(), file))
}

const productionIn = (layer: string) => walk(path.join(root, layer)).filter(isProduction)

describe('import direction', () => {
  it.each(['server', 'components', 'lib', 'i18n'])('src/%s imports no feature and no route', (layer) => {
    expect(upwardImports(productionIn(layer), ['features', 'app'])).toEqual([])
  })

  it('no feature imports a route file', () => {
    expect(upwardImports(productionIn('features'), ['app'])).toEqual([])
  })

  it('finds an upward import when there is one', () => {
    // The check itself must be able to fail: the matrix (left out above) does import features.
    const matrix = walk(path.join(root, 'server', 'authz', 'matrix')).filter((f) => !/\.test\.ts$/.test(f))
    expect(upwardImports(matrix, ['features']).length).toBeGreaterThan(0)
  })
})
