import { describe, expect, it } from 'vitest'
import { priorityFields, ZSavePriorities } from './schemas'

describe('priority fields', () => {
  it("marks a refused field on the form's own row, also after a blank row was skipped", () => {
    const input = { assessmentId: crypto.randomUUID(), priorities: [{ theme: 'READING', title: 'Lesing', goal: 'Alle leser mer.', row: 1 }, { theme: 'ICT', title: 'x', goal: 'Alle bruker IKT godt.', row: 3 }] }
    const parsed = ZSavePriorities.safeParse(input)
    expect(parsed.success).toBe(false)
    expect(priorityFields(parsed.error!, input)).toEqual(['title.3'])
    // Called from code, without row numbers: the rows are numbered in order.
    const bare = { ...input, priorities: input.priorities.map(({ row: _row, ...p }) => p) }
    expect(priorityFields(ZSavePriorities.safeParse(bare).error!, bare)).toEqual(['title.2'])
  })
})
