// Note: stands in for `@digdir/designsystemet-web` (next.config.ts aliases the package name here).
// The design system's React components import that package whole for its side effects: custom
// elements and document observers for every component, with the popover and invoker polyfills,
// the combobox, tabs and tooltip code (29 KiB gzip). Even Card and Button bring it in, through the
// hooks index. This loads only the behaviours of the components we use:
// - ds-field: ties each Field's label, description and validation message to its input (Textfield,
//   SelectField, Checkbox, Radio); without it the labels are not associated;
// - fieldset: names a fieldset by its legend and description;
// - clickdelegatefor: a checkbox or radio field (and a Card with a link) is clickable as a whole.
// ds-error-summary (an ErrorSummary takes focus when shown) is imported by line-errors.tsx, the
// only user of the React ErrorSummary, so that it is not in the first load of every page with a
// field; the form frame's summary (form-feedback.tsx) names and focuses itself.
// A component or attribute not covered here (Dialog, Popover, Tooltip, Tabs, Suggestion,
// read-only fields, …) needs its behaviour imported here too: the package's exports
// list one entry per behaviour.
import '@digdir/designsystemet-web/ds-field'
import '@digdir/designsystemet-web/fieldset'
import '@digdir/designsystemet-web/clickdelegatefor'

/** The React package's usePagination imports this by name; we use no pagination (add ds-pagination then). */
export function pagination(): never {
  throw new Error('Pagination is not loaded: import @digdir/designsystemet-web/ds-pagination in src/components/ui/designsystemet-web.ts')
}
