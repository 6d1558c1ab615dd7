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
const vitest = read('test-results/vitest.json') as {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[]
} | null
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests
  skipped += vitest.numPendingTests + vitest.numTodoTests
}
type TPlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
const playwright = read('test-results/playwright.json') as TPlaywrightReport | null
// The two-instance test's own run (tests/e2e/operations/playwright.config.ts).
const instances = read('test-results/playwright-instances.json') as TPlaywrightReport | null
for (const report of [playwright, instances]) {
  if (!report) continue
  passed += report.stats.expected + report.stats.flaky
  failed += report.stats.unexpected
  skipped += report.stats.skipped
}
console.log(`unit/integration: ${vitest ? vitest.numPassedTests : 0} passed; e2e: ${playwright ? playwright.stats.expected : 0} passed; two instances: ${instances ? instances.stats.expected : 0} passed`)
if (vitest) {
  // The role × action × tenant matrix (src/server/authz/matrix/<area>.matrix.test.ts, one
  // describe per area): its size, as the issue asks.
  const matrix = vitest.testResults
    .flatMap((f) => f.assertionResults)
    .filter((a) => a.ancestorTitles[0]?.startsWith('role × action × tenant matrix') && a.title.includes(' × '))
  console.log(`authorization matrix: ${matrix.filter((a) => a.status === 'passed').length} of ${matrix.length} role × action × tenant cases passed`)
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
