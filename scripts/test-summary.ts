/**
 * Prints one closing line for the whole suite, `tests: N passed, N failed, N skipped`, from the
 * JSON reports Vitest and Playwright write during `npm test`.
 */
import fs from 'node:fs'

function read(file: string): unknown {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null
}

let passed = 0
let failed = 0
let skipped = 0
const vitest = read('test-results/vitest.json') as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number } | null
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}
const playwright = read('test-results/playwright.json') as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } } | null
if (playwright) {
  passed += playwright.stats.expected + playwright.stats.flaky
  failed += playwright.stats.unexpected
  skipped += playwright.stats.skipped
}
console.log(`unit/integration: ${vitest ? vitest.numPassedTests : 0} passed; e2e: ${playwright ? playwright.stats.expected : 0} passed`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
