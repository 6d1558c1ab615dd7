import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'

// An unexpected console.error is a bug (Epic Stack habit): fail the test that caused it.
let spy: MockInstance<typeof console.error>
beforeEach(() => {
  spy = vi.spyOn(console, 'error')
})
afterEach(() => {
  const calls = spy.mock.calls
  spy.mockRestore()
  if (calls.length > 0) {
    throw new Error(`console.error was called:\n${calls.map((c: unknown[]) => c.map(String).join(' ')).join('\n')}`)
  }
})
