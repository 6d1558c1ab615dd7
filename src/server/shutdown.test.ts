import { EventEmitter } from 'node:events'
import { describe, expect, it } from 'vitest'
import { createShutdown, installShutdown, type TShutdownParts } from './shutdown'

function parts(runs: Promise<unknown>[] = []) {
  const events: string[] = []
  const p: TShutdownParts = {
    markShuttingDown: () => events.push('not ready'),
    stopTimers: () => events.push('timers stopped'),
    inFlight: () => [...runs, undefined],
    close: () => {
      events.push('database closed')
      return Promise.resolve()
    },
    log: () => undefined,
  }
  return { p, events }
}

describe('graceful shutdown', () => {
  it('stops the timers at once, waits for the work in flight, and closes the database last, once', async () => {
    let endRun!: () => void
    const run = new Promise<void>((resolve) => {
      endRun = () => {
        events.push('run ended')
        resolve()
      }
    })
    const { p, events } = parts([run])
    const shutdown = createShutdown(p)
    shutdown.begin()
    expect(events).toEqual(['not ready', 'timers stopped'])
    const finished = shutdown.finish()
    const again = shutdown.finish()
    await new Promise((r) => setTimeout(r, 10))
    expect(events).not.toContain('database closed')
    endRun()
    await Promise.all([finished, again])
    expect(events).toEqual(['not ready', 'timers stopped', 'run ended', 'database closed'])
  })

  it('closes the database after the timeout when a run hangs', async () => {
    const { p, events } = parts([new Promise(() => undefined)])
    await createShutdown(p, { timeoutMs: 20 }).finish()
    expect(events).toEqual(['not ready', 'timers stopped', 'database closed'])
  })

  it("on SIGTERM begins at once and finishes before Next's own handler exits the process, with its code", async () => {
    const { p, events } = parts()
    const proc = Object.assign(new EventEmitter(), { exit: (code?: number) => events.push(`exit ${code}`) }) as unknown as NodeJS.Process
    installShutdown(createShutdown(p), proc)
    // Next's handler, registered before ours: it closes the server, then exits.
    proc.on('SIGTERM', () => setTimeout(() => proc.exit(143), 5))
    proc.emit('SIGTERM', 'SIGTERM')
    expect(events).toEqual(['not ready', 'timers stopped'])
    await new Promise((r) => setTimeout(r, 30))
    expect(events).toEqual(['not ready', 'timers stopped', 'database closed', 'exit 143'])
  })

  it('exits by itself when nothing else handles the signal', async () => {
    const { p, events } = parts()
    const proc = Object.assign(new EventEmitter(), { exit: (code?: number) => events.push(`exit ${code}`) }) as unknown as NodeJS.Process
    installShutdown(createShutdown(p), proc)
    proc.emit('SIGTERM', 'SIGTERM')
    await new Promise((r) => setTimeout(r, 10))
    expect(events).toEqual(['not ready', 'timers stopped', 'database closed', 'exit 143'])
  })
})
