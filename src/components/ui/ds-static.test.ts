import { createElement, type ComponentType } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- the test compares the twins with the package's own components
import * as Package from '@digdir/designsystemet-react'
import * as Static from './ds-static'

// The static twins are only worth having if the page looks exactly as it did: same elements,
// classes and data attributes for the props the app passes.
const cases: { name: keyof typeof Static; props: Record<string, unknown>[] }[] = [
  { name: 'Heading', props: [{}, { level: 1, 'data-size': 'lg', id: 'h' }, { level: 3, className: 'mt-2' }] },
  { name: 'Paragraph', props: [{}, { 'data-size': 'sm', variant: 'long', className: 'whitespace-pre-line' }] },
  { name: 'Alert', props: [{}, { 'data-color': 'danger', role: 'alert' }] },
  { name: 'Tag', props: [{ 'data-color': 'success' }, { variant: 'outline', 'data-size': 'sm' }] },
  { name: 'Card', props: [{}, { 'data-color': 'accent', className: 'h-full', variant: 'tinted' }] },
  { name: 'SkipLink', props: [{ href: '#main' }] },
  { name: 'Button', props: [{}, { type: 'submit', variant: 'secondary', 'data-size': 'sm', disabled: true }, { icon: true, 'aria-label': 'Fjern' }] },
  { name: 'Table', props: [{}, { zebra: true, border: true, hover: true, stickyHeader: true, className: 'w-full', 'data-size': 'sm' }] },
  { name: 'TableHeaderCell', props: [{ scope: 'col' }, { sort: 'ascending' }] },
]

function markup(component: unknown, props: Record<string, unknown>) {
  return renderToStaticMarkup(createElement(component as ComponentType<Record<string, unknown>>, props, 'Innhold'))
}

describe("the static twins render the design system's markup", () => {
  for (const { name, props } of cases) {
    it.each(props)(`${name} %o`, (p) => {
      const ours = markup(Static[name], p)
      expect(ours).toBe(markup(Package[name as keyof typeof Package], p))
      expect(ours).toContain('Innhold')
    })
  }

  it('renders table parts as their plain elements', () => {
    for (const [name, tag] of [['TableHead', 'thead'], ['TableBody', 'tbody'], ['TableFoot', 'tfoot'], ['TableRow', 'tr'], ['TableCell', 'td']] as const) {
      expect(markup(Static[name], { className: 'x' })).toBe(markup(Package[name], { className: 'x' }))
      expect(markup(Static[name], {})).toMatch(new RegExp(`^<${tag}>`))
    }
  })
})
