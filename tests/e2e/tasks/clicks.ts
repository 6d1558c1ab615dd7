import fs from 'node:fs'
import path from 'node:path'
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test'

/**
 * The usability check of issue 21: a person completes an area's main task from the dashboard,
 * without typing a URL, and we count what they had to do. Every click, check and choice in a list
 * counts one; typing into a field counts nothing (it is the task itself, not the way to it).
 *
 * All steps of the task go through one Task, which counts them and writes down the path. As a
 * guard against a step that went round it (a raw `locator.click()`), the page reports every real
 * pointer press to the test, and done() requires as many presses as the Task counted clicks:
 * pointerdown, not click, since a label's click is forwarded to its input as a second click event.
 */
export type TTask = {
  click(target: Locator, label?: string): Promise<void>
  check(target: Locator, label?: string): Promise<void>
  select(target: Locator, option: string, label?: string): Promise<void>
  /** Not a click: typing is the content of the task. */
  fill(target: Locator, text: string): Promise<void>
  /** Asserts the count is at most `max` (today's count and a little room), prints it and records it. */
  done(max: number): Promise<number>
}

type TRecord = { task: string; role: string; clicks: number; max: number; path: string[] }

/**
 * Starts a task on the dashboard the person landed on after logging in; from here on no URL is
 * typed: page.goto is refused until done().
 */
export async function startTask(page: Page, testInfo: TestInfo, task: string, role: string): Promise<TTask> {
  await expect(page).toHaveURL(/\/oversikt$/)
  const pointer = await pointerPresses(page)
  const pressesBefore = pointer.presses
  const goto = page.goto.bind(page)
  page.goto = () => Promise.reject(new Error(`"${task}" must be done from the dashboard, without typing a URL`))

  const steps: string[] = []
  let clicks = 0
  let choices = 0
  // What the person sees on the control: its label, else its text.
  const name = async (target: Locator, label?: string) =>
    label ??
    (await target.evaluate((el) => {
      const label = (el as HTMLInputElement).labels?.[0]?.cloneNode(true) as HTMLElement | undefined
      // A label may wrap its control: the options of a list are not part of the name.
      label?.querySelectorAll('select, input, textarea').forEach((c) => c.remove())
      return (el.getAttribute('aria-label') || (label ?? (el as HTMLElement)).textContent || '').trim().replace(/\s+/g, ' ').slice(0, 60)
    }))
  return {
    async click(target, label) {
      steps.push(await name(target, label))
      clicks += 1
      await target.click()
    },
    async check(target, label) {
      steps.push(`☑ ${await name(target, label)}`)
      clicks += 1
      await target.check()
    },
    async select(target, option, label) {
      steps.push(`${await name(target, label)}: ${option.length > 40 ? `${option.slice(0, 39)}…` : option}`)
      choices += 1
      await target.selectOption({ label: option })
    },
    async fill(target, text) {
      await target.fill(text)
    },
    async done(max) {
      page.goto = goto
      const total = clicks + choices
      // Presses reach the test asynchronously: wait until the last one has arrived.
      await expect.poll(() => pointer.presses - pressesBefore, { message: 'pointer presses the page saw, against the clicks the task counted' }).toBe(clicks)
      record(testInfo, { task, role, clicks: total, max, path: steps })
      expect(total, `clicks for "${task}" (the path: ${steps.join(' › ')})`).toBeLessThanOrEqual(max)
      return total
    },
  }
}

const watched = new WeakMap<Page, { presses: number }>()

/** Counts the real pointer presses on the page, from now on and across navigations (once per page). */
async function pointerPresses(page: Page): Promise<{ presses: number }> {
  const known = watched.get(page)
  if (known) return known
  const pointer = { presses: 0 }
  watched.set(page, pointer)
  await page.exposeBinding('__samkompPointerPress', () => {
    pointer.presses += 1
  })
  const listen = () => {
    document.addEventListener('pointerdown', (e) => {
      if (e.isTrusted) (window as unknown as { __samkompPointerPress: () => void }).__samkompPointerPress()
    }, { capture: true })
  }
  // The binding and the script apply from the next document on: the one already loaded gets the listener by hand.
  await page.addInitScript(listen)
  await page.evaluate(listen)
  return pointer
}

/** One line per task on the console, and the table of all tasks so far in the output folder. */
function record(testInfo: TestInfo, entry: TRecord) {
  console.log(`clicks: ${entry.task} = ${entry.clicks} (at most ${entry.max}; ${entry.role}: ${entry.path.join(' › ')})`)
  const dir = path.join(testInfo.project.outputDir, 'task-clicks')
  fs.mkdirSync(dir, { recursive: true })
  const slug = entry.task.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-')
  fs.writeFileSync(path.join(dir, `${slug}.json`), JSON.stringify(entry))
  const all = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as TRecord)
    .sort((a, b) => a.task.localeCompare(b.task))
  const table = ['| task | role | clicks | at most | path |', '|---|---|---|---|---|', ...all.map((e) => `| ${e.task} | ${e.role} | ${e.clicks} | ${e.max} | ${e.path.join(' › ')} |`)]
  // Written whole and renamed, so that the other worker never reads half a file; the last test to finish writes all rows.
  const summary = path.join(testInfo.project.outputDir, 'task-clicks.md')
  fs.writeFileSync(`${summary}.${process.pid}`, `${table.join('\n')}\n`)
  fs.renameSync(`${summary}.${process.pid}`, summary)
}
