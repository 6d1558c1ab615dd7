import fs from 'node:fs'
import path from 'node:path'

/** Every file below `dir`, depth first: what the shape tests read. */
export function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
}

/**
 * Production TypeScript in src/: not tests, not generated code, and not the matrix's probe tables
 * (test support that calls every area, kept under src/ beside the permissions it checks).
 */
export const isProduction = (file: string) =>
  /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.includes(`${path.sep}generated${path.sep}`) && !file.includes(`${path.sep}authz${path.sep}matrix${path.sep}`)
