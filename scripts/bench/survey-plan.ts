export interface TPlannedClass { unitId: string; grade: number; name: string; size: number }

/**
 * The wave's classes: `total` pupils shared among the schools by their pupil counts, each school's
 * share split into classes of 8.–10. trinn of about 25 (20–29), the last one of a trinn what is
 * left — sometimes under the threshold, so the results have small groups to suppress, as a real
 * wave has. Every school gets at least one pupil; the sizes add up to `total` exactly.
 */
export function planClasses(schools: { id: string; pupils: number }[], total: number, random: () => number): TPlannedClass[] {
  if (schools.length === 0 || total < schools.length) throw new Error(`cannot share ${total} pupils among ${schools.length} schools`)
  const weight = schools.reduce((a, s) => a + Math.max(1, s.pupils), 0)
  const shares = schools.map((s) => 1 + Math.floor(((total - schools.length) * Math.max(1, s.pupils)) / weight))
  // What rounding down left over goes to the largest schools first, one pupil each.
  let left = total - shares.reduce((a, b) => a + b, 0)
  for (const i of [...shares.keys()].sort((a, b) => schools[b]!.pupils - schools[a]!.pupils || a - b)) {
    if (left === 0) break
    shares[i]! += 1
    left--
  }
  const classes: TPlannedClass[] = []
  schools.forEach((school, i) => {
    let pupils = shares[i]!
    for (let g = 0; g < 3; g++) {
      let inGrade = g === 2 ? pupils : Math.round(shares[i]! / 3)
      pupils -= inGrade
      for (let c = 0; inGrade > 0; c++) {
        const size = Math.min(inGrade, 20 + Math.floor(random() * 10))
        classes.push({ unitId: school.id, grade: 8 + g, name: `${8 + g}${String.fromCharCode(65 + c)}`, size })
        inGrade -= size
      }
    }
  })
  return classes
}
