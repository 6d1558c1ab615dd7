// A published table seen as linear algebra: every cell holds additive figures (respondents, the sum
// of scores, the count per answer option), and every equation says that a total is the sum of its
// parts. Whatever the figure, an attacker who reads the shown cells can only combine these equations,
// so one suppression pattern protects every additive figure of a cell at once (ADR 024).

export type TCellId = string

export interface TCell {
  id: TCellId
  /** Respondents behind the cell. 0 = no answers: public anyway (response rates show spent codes). */
  n: number
  /** A part that is never shown, e.g. answers that belong to no class. Default true. */
  publishable?: boolean
}

export interface TEquation {
  total: TCellId
  parts: TCellId[]
}

export interface TLinearTable {
  cells: TCell[]
  equations: TEquation[]
}

export class SuppressionTableError extends Error {}

/** Refuses a table whose equations do not add up: a missing part would make the proof wrong. */
export function checkTable(table: TLinearTable): Map<TCellId, TCell> {
  const byId = new Map<TCellId, TCell>()
  for (const cell of table.cells) {
    if (byId.has(cell.id)) throw new SuppressionTableError(`duplicate cell ${cell.id}`)
    if (!Number.isInteger(cell.n) || cell.n < 0) throw new SuppressionTableError(`bad count in ${cell.id}`)
    byId.set(cell.id, cell)
  }
  for (const eq of table.equations) {
    const get = (id: TCellId) => {
      const cell = byId.get(id)
      if (!cell) throw new SuppressionTableError(`unknown cell ${id}`)
      return cell
    }
    const sum = eq.parts.reduce((acc, id) => acc + get(id).n, 0)
    if (sum !== get(eq.total).n) throw new SuppressionTableError(`${eq.total} is not the sum of its parts`)
  }
  return byId
}

/** A unit in the hierarchy partnership ⊃ owner ⊃ school ⊃ class; leaves carry counts per group. */
export interface THierarchyNode {
  id: string
  /** Respondents per group (e.g. level band) at a leaf; internal nodes add up their children. */
  counts?: Record<string, number>
  children?: THierarchyNode[]
  publishable?: boolean
}

export const ALL = '*'

export const cellId = (unitId: string, group: string = ALL): TCellId => (group === ALL ? unitId : `${unitId}|${group}`)

/**
 * The table of a hierarchy crossed with groups: a cell per unit and group plus the unit's all-groups
 * cell; equations unit = Σ children (per group and for all) and unit(all) = Σ groups. With a single
 * group the table is a plain tree (the group cells are left out).
 */
export function hierarchyTable(root: THierarchyNode, groups: string[]): TLinearTable {
  const crossed = groups.length > 1
  const cells: TCell[] = []
  const equations: TEquation[] = []
  const visit = (node: THierarchyNode): Record<string, number> => {
    const kids = node.children ?? []
    const counts: Record<string, number> = {}
    if (kids.length === 0) for (const g of groups) counts[g] = node.counts?.[g] ?? 0
    else {
      const childCounts = kids.map(visit)
      for (const g of groups) counts[g] = childCounts.reduce((acc, c) => acc + (c[g] ?? 0), 0)
      const kidIds = kids.map((k) => k.id)
      equations.push({ total: cellId(node.id), parts: kidIds.map((k) => cellId(k)) })
      if (crossed) for (const g of groups) equations.push({ total: cellId(node.id, g), parts: kidIds.map((k) => cellId(k, g)) })
    }
    const publishable = node.publishable ?? true
    const all = groups.reduce((acc, g) => acc + (counts[g] ?? 0), 0)
    cells.push({ id: cellId(node.id), n: all, publishable })
    if (crossed) {
      for (const g of groups) cells.push({ id: cellId(node.id, g), n: counts[g] ?? 0, publishable })
      equations.push({ total: cellId(node.id), parts: groups.map((g) => cellId(node.id, g)) })
    }
    return counts
  }
  visit(root)
  return { cells, equations }
}
