import fc from 'fast-check'
import type { z } from 'zod'

/**
 * fast-check arbitraries for what a browser could post to a form built on a zod 4 schema: every
 * value is form text (or a list of texts, as repeated keys or ticked checkboxes send). Read from
 * the schema's own definition (`_zod.def`), so a schema change changes what is generated. Used by
 * the action fuzz (src/server/usecase/action-fuzz.test.ts). Two kinds of value:
 * - near-valid: what the schema asks for (lengths, formats, enums, number ranges), so a body gets
 *   past the parse into the use case itself;
 * - garbage: unicode, huge strings, numbers-as-text, empty, unknown uuids, ids of other rows.
 */
export type TFormValue = string | string[] | File

type TDef = { type: string; [key: string]: unknown }
type TCheck = { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string }

const defOf = (schema: unknown): TDef => (schema as z.ZodType)._zod.def as unknown as TDef
const checksOf = (def: TDef): TCheck[] => ((def.checks as { _zod: { def: TCheck } }[] | undefined) ?? []).map((c) => c._zod.def)

/** Ids to aim at: valid rows of the database (`pool`), by field name when one fits (`unitId` → units). */
export type TIdPool = { any: string[]; byField: Record<string, string[]> }
const noIds: TIdPool = { any: [], byField: {} }

function uuidArb(pool: TIdPool, field: string): fc.Arbitrary<string> {
  const known = pool.byField[field] ?? pool.any
  return known.length ? fc.oneof(fc.uuid(), fc.constantFrom(...known)) : fc.uuid()
}

/** Form text that breaks most schemas: the generator's half of "garbage in". */
export function garbageArb(pool: TIdPool = noIds, field = ''): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom('', ' ', '\u0000', '\u202e', 'NaN', 'Infinity', '-0', '1e309', '0x10', 'null', 'undefined', 'true', '__proto__', '{"a":1}', '[]', '2026-02-30', '<script>'),
    fc.integer().map(String),
    fc.double().map(String),
    fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'å'.repeat(n)),
    uuidArb(pool, field),
  )
}

const lengthBounds = (def: TDef) => {
  let min = 0
  let max = 60
  for (const c of checksOf(def)) {
    if (c.check === 'min_length' && c.minimum !== undefined) min = c.minimum
    if (c.check === 'max_length' && c.maximum !== undefined) max = c.maximum
    if (c.check === 'length_equals' && c.value !== undefined) min = max = c.value
  }
  return { min, max: Math.max(min, Math.min(max, min + 200)) }
}

function stringArb(def: TDef, pool: TIdPool, field: string): fc.Arbitrary<string> {
  const format = (def.format as string | undefined) ?? checksOf(def).find((c) => c.check === 'string_format')?.format
  if (format === 'uuid' || format === 'guid') return uuidArb(pool, field)
  if (format === 'email') return fc.tuple(ascii(1, 12), ascii(1, 12)).map(([a, b]) => `${a}@${b}.no`)
  if (format === 'url') return word(1, 20).map((w) => `https://example.org/${w}`)
  if (format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
  if (format === 'datetime') return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
  if (format) return garbageArb(pool, field)
  const { min, max } = lengthBounds(def)
  // A refinement is opaque: offer the texts forms send (days, times, amounts) beside letters.
  if (checksOf(def).some((c) => c.check === 'custom')) return fc.oneof(word(min, max), formShapedFor(field))
  return fc.oneof({ arbitrary: word(min, max), weight: 3 }, { arbitrary: wild(min, max), weight: 1 })
}

// Letters only, so trim() and non-blank refinements keep the length the bounds asked for.
const word = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'abcæøåXYZ'), minLength: min, maxLength: max })

// One UTF-16 code unit each (so zod's lengths hold), NUL and lone surrogates included.
const codeUnit = fc.oneof(fc.constantFrom('\u0000', '\ud800', '\u202e', '\u00a0'), fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)))

/** Any code units (NUL, lone surrogates, right-to-left marks) between two letters, within the bounds: valid to the schema, hard on what is behind it. */
const wild = (min: number, max: number) =>
  max < 3 ? word(min, max) : fc.string({ unit: codeUnit, minLength: Math.max(0, min - 2), maxLength: max - 2 }).map((inside) => `a${inside}a`)

const ascii = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'abcxyz019'), minLength: min, maxLength: max })

/** The form-shaped texts a field's name suggests (startsOn, periodEnd, amount, hours, reference), else any of them. */
function formShapedFor(field: string): fc.Arbitrary<string> {
  if (/(On|At|Start|End|Date|Day)$/.test(field)) return fc.oneof(day.map((d) => d.slice(0, 10)), day.map((d) => d.slice(0, 16)))
  if (/amount|Amount|hours|Hours|Rate|Percent|Weight|minutes/.test(field)) return fc.oneof(fc.integer({ min: 0, max: 100_000 }).map(String), fc.integer({ min: 0, max: 10_000_000 }).map((n) => `${n.toLocaleString('nb-NO')},50`))
  return formShapedText
}

/** What date, datetime-local, number and amount fields send, for strings whose checks cannot be read. */
const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
const formShapedText = fc.oneof(
  day.map((d) => d.slice(0, 10)),
  day.map((d) => d.slice(0, 16)),
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => `${n.toLocaleString('nb-NO')},50`),
  fc.tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 999 })).map(([y, n]) => `${y}/${n}`),
)

function numberArb(def: TDef): fc.Arbitrary<string> {
  let min = -1000
  let max = 1000
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than' && typeof c.value === 'number') min = c.inclusive ? c.value : c.value + 1
    if (c.check === 'less_than' && typeof c.value === 'number') max = c.inclusive ? c.value : c.value - 1
  }
  max = Math.max(min, Math.min(max, min + 100_000))
  return fc.integer({ min: Math.ceil(min), max: Math.floor(max) }).map(String)
}

const tinyFile = fc.oneof(
  fc.string({ maxLength: 30 }).map((text) => new File([text], 'fuzz.txt', { type: 'text/plain' })),
  fc.string({ maxLength: 30 }).map((text) => new File([`orgNumber;name\n${text}`], 'fuzz.csv', { type: 'text/csv' })),
)

/** A near-valid form value for one schema (undefined: the field left out). */
export function nearArb(schema: unknown, pool: TIdPool = noIds, field = ''): fc.Arbitrary<TFormValue | undefined> {
  const def = defOf(schema)
  const inner = (key: string) => nearArb(def[key], pool, field)
  switch (def.type) {
    case 'string': return stringArb(def, pool, field)
    case 'number': case 'bigint': return numberArb(def)
    case 'boolean': return fc.constantFrom('on', 'true', 'false', '1', '0')
    case 'date': return stringArb({ type: 'string', format: 'date' }, pool, field)
    case 'enum': return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>).map(String))
    case 'literal': return fc.constantFrom(...(def.values as unknown[]).map(String))
    case 'optional': case 'nullable': case 'nullish': return fc.oneof(inner('innerType'), fc.constant(undefined))
    case 'default': case 'prefault': case 'catch': case 'readonly': case 'nonoptional': return inner('innerType')
    // z.preprocess is a pipe from a transform: what the form sends is the `out` side's input.
    case 'pipe': {
      const [from, to] = [defOf(def.in), defOf(def.out)]
      if (from.type === 'transform' || (from.type === 'string' && defOf(def.out).type === 'string')) return inner('out')
      if (from.type === 'string' && to.type === 'transform' && checksOf(from).length === 0) return fc.oneof(inner('in'), formShapedFor(field))
      return inner('in')
    }
    case 'custom': return fc.oneof(tinyFile, garbageArb(pool, field))
    case 'lazy': return nearArb((def.getter as () => unknown)(), pool, field)
    case 'union': return fc.oneof(...(def.options as unknown[]).map((o) => nearArb(o, pool, field)))
    case 'array': case 'set': return fc.array(nearArb(def.element ?? def.valueType, pool, field), { maxLength: 4 }).map((list) => list.filter((v): v is string => typeof v === 'string'))
    default: return garbageArb(pool, field)
  }
}

/** The field names of a use case's input: its object's shape, through pipes, wrappers and unions. */
export function shapeOf(schema: unknown): Record<string, unknown> {
  const def = defOf(schema)
  if (def.type === 'object') return def.shape as Record<string, unknown>
  if (def.type === 'pipe') return shapeOf(def.in)
  if (['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly'].includes(def.type)) return shapeOf(def.innerType)
  if (def.type === 'union' || def.type === 'intersection') {
    const parts = def.type === 'union' ? (def.options as unknown[]) : [def.left, def.right]
    return Object.assign({}, ...parts.map(shapeOf)) as Record<string, unknown>
  }
  return {}
}

/** One field's value in a fuzzed body: near-valid, garbage, left out, repeated, or a file. */
function fieldArb(schema: unknown, pool: TIdPool, field: string): fc.Arbitrary<TFormValue | undefined> {
  const near = nearArb(schema, pool, field)
  const garbage = garbageArb(pool, field)
  return fc.oneof(
    { arbitrary: near, weight: 4 },
    { arbitrary: garbage, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
    { arbitrary: fc.array(fc.oneof(near, garbage), { minLength: 2, maxLength: 3 }).map((l) => l.filter((v): v is string => typeof v === 'string')), weight: 1 },
    { arbitrary: tinyFile, weight: 1 },
  )
}

/** Names a form could carry beside its own: random ones, Next's action fields, prototype keys. */
const extraName = fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('__proto__', 'constructor', 'toString', '$ACTION_ID_fuzz', 'id', 'partnershipId', 'ok'))

/**
 * A whole posted body for `schema`: either every field near-valid (to reach the use case's own
 * checks), or fields mixed near-valid, garbage, missing and repeated, with random extra fields.
 */
export function formBodyArb(schema: unknown, pool: TIdPool = noIds): fc.Arbitrary<Record<string, TFormValue>> {
  const shape = shapeOf(schema)
  const names = Object.keys(shape)
  const build = (valueOf: (name: string) => fc.Arbitrary<TFormValue | undefined>, extras: number) =>
    fc.tuple(fc.tuple(...names.map(valueOf)), fc.array(fc.tuple(extraName, garbageArb(pool)), { maxLength: extras })).map(([values, extra]) => {
      // A null prototype: '__proto__' is then a field like any other.
      const body = Object.create(null) as Record<string, TFormValue>
      names.forEach((name, i) => {
        if (values[i] !== undefined) body[name] = values[i]
      })
      for (const [name, value] of extra) body[name] = body[name] === undefined ? value : [...[body[name]].flat().filter((v): v is string => typeof v === 'string'), value]
      return body
    })
  return fc.oneof(build((name) => nearArb(shape[name], pool, name), 0), build((name) => fieldArb(shape[name], pool, name), 3))
}
