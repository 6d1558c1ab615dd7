import type { TCellId, TLinearTable } from './table'

// Which hidden cells can an attacker compute exactly from the shown ones? Move every shown (or empty)
// cell to the right-hand side; what is left is A·x = b over the hidden cells x. A hidden cell h is
// determined iff its unit vector e_h lies in the row space of A, i.e. iff in A's reduced row echelon
// form h is a pivot column whose row has no other entry (ADR 024). Exact integer elimination (rows
// kept primitive by their gcd): no rounding can hide a disclosure. The system splits into components
// of equations that share a hidden cell, and each is solved on its own.

type Row = Map<TCellId, bigint>

const abs = (x: bigint) => (x < 0n ? -x : x)
const gcd = (a: bigint, b: bigint): bigint => {
  a = abs(a)
  b = abs(b)
  while (b) [a, b] = [b, a % b]
  return a
}

function primitive(row: Row): Row {
  let g = 0n
  for (const v of row.values()) g = gcd(g, v)
  if (g > 1n) for (const [k, v] of row) row.set(k, v / g)
  return row
}

function hiddenRows(table: TLinearTable, hidden: ReadonlySet<TCellId>): Row[] {
  const rows: Row[] = []
  for (const eq of table.equations) {
    const row: Row = new Map()
    const add = (id: TCellId, c: bigint) => {
      if (!hidden.has(id)) return
      const v = (row.get(id) ?? 0n) + c
      if (v === 0n) row.delete(id)
      else row.set(id, v)
    }
    add(eq.total, 1n)
    for (const p of eq.parts) add(p, -1n)
    if (row.size > 0) rows.push(row)
  }
  return rows
}

function components(rows: Row[]): Row[][] {
  const parent = rows.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const owner = new Map<TCellId, number>()
  rows.forEach((row, i) => {
    for (const id of row.keys()) {
      const j = owner.get(id)
      if (j === undefined) owner.set(id, i)
      else parent[find(i)] = find(j)
    }
  })
  const groups = new Map<number, Row[]>()
  rows.forEach((row, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), row])
  })
  return [...groups.values()]
}

/** Reduced row echelon form by integer elimination; returns the rows that carry a pivot, by pivot. */
function reduce(rows: Row[]): Map<TCellId, Row> {
  const pivots = new Map<TCellId, Row>()
  const work = rows.map((r) => new Map(r))
  for (let i = 0; i < work.length; i++) {
    const row = work[i]!
    if (row.size === 0) continue
    const col = [...row.keys()].sort()[0]!
    const a = row.get(col)!
    for (const other of [...work.slice(i + 1), ...pivots.values()]) {
      const b = other.get(col)
      if (b === undefined) continue
      // other := a·other − b·row, which clears col and keeps integers.
      for (const [k, v] of other) other.set(k, v * a)
      for (const [k, v] of row) {
        const next = (other.get(k) ?? 0n) - b * v
        if (next === 0n) other.delete(k)
        else other.set(k, next)
      }
      primitive(other)
    }
    pivots.set(col, primitive(row))
  }
  return pivots
}

/** The hidden cells whose values follow exactly from the shown cells and the equations. */
export function determinedCells(table: TLinearTable, hidden: ReadonlySet<TCellId>): Set<TCellId> {
  const determined = new Set<TCellId>()
  for (const component of components(hiddenRows(table, hidden))) {
    for (const [col, row] of reduce(component)) if (row.size === 1) determined.add(col)
  }
  return determined
}
