import { allItems, ZInstrumentContent, type TInstrumentContent, type TItem } from '../../src/features/surveys/instruments/schemas'

/**
 * The bench's instrument: the starter library's pupil instrument (17 items in 4 indicator
 * families) grown to `itemCount` items, `perPage` to a page, as a secretariat that copies and
 * adapts the library would. An added item is a copy of a library item under a new key
 * (`le-thrive-2`) and joins its original's mean indicator, so every indicator the results compute
 * reads more items; the share indicator (bullying) keeps its one item. Checked by the instrument's
 * own schema, as a stored version is.
 */
export function benchInstrument(base: TInstrumentContent, itemCount = 40, perPage = 10): TInstrumentContent {
  const library = allItems(base)
  const shared = new Set(base.indicators.flatMap((i) => (i.kind === 'share' ? [i.item] : [])))
  const copyable = library.filter((i) => !shared.has(i.key))
  const items: TItem[] = [...library]
  const copies = new Map<string, string[]>()
  for (let round = 2; items.length < itemCount; round++) {
    for (const item of copyable) {
      if (items.length >= itemCount) break
      const key = `${item.key}-${round}`
      items.push({ ...item, key })
      copies.set(item.key, [...(copies.get(item.key) ?? []), key])
    }
  }
  const pages = Array.from({ length: Math.ceil(items.length / perPage) }, (_, p) => ({
    title: { nb: `Del ${p + 1}`, nn: `Del ${p + 1}`, en: `Part ${p + 1}` },
    items: items.slice(p * perPage, (p + 1) * perPage),
  }))
  const indicators = base.indicators.map((i) => (i.kind === 'mean' ? { ...i, items: i.items.flatMap((k) => [k, ...(copies.get(k) ?? [])]) } : i))
  return ZInstrumentContent.parse({ ...base, pages, indicators })
}
