'use client'

import { useEffect, useLayoutEffect, useRef, useState, type ComponentRef, type MouseEvent } from 'react'
import { fieldId } from './field-id'

export interface TFieldProblemText {
  name: string
  message: string
}

interface TTarget {
  id: string
  label: string
  index: number
}

/** What a person reads as the field's name: a group's legend for a checkbox or radio button, else its label. */
function labelOf(control: HTMLInputElement): string {
  const group = (control.type === 'checkbox' || control.type === 'radio') && control.closest('fieldset')
  const label = group ? group.querySelector('legend') : control.closest('.ds-field')?.querySelector('label')
  return (label?.textContent ?? control.getAttribute('aria-label') ?? '').trim()
}

/**
 * Where a field's problem is shown when the form has no control of that name (a group's own
 * message, as the forum's votes): the element in the form, outside the summary, that says it.
 */
function shownMessage(form: HTMLFormElement, message: string): HTMLElement | undefined {
  return [...form.querySelectorAll<HTMLElement>('.ds-alert, [data-field="validation"]')].find((e) => !e.closest('ds-error-summary') && e.textContent?.trim() === message)
}

/**
 * The first visible control of each named field, with its label and place in the form. A control
 * without an id, or with the one the design system's field behaviour made up (`:ds:N`), gets the
 * id the summary's link names; that behaviour follows the change and points its label at it. A
 * field without a control is linked to where its message is shown (named by its group's legend),
 * and left out when the form shows it nowhere.
 */
function findTargets(form: HTMLFormElement, problems: TFieldProblemText[], formId: string): Record<string, TTarget> {
  const controls = [...form.elements] as HTMLInputElement[]
  const found: Record<string, TTarget> = {}
  for (const { name, message } of problems) {
    const index = controls.findIndex((c) => c.name === name && c.type !== 'hidden' && !c.hidden)
    const control = controls[index]
    if (control) {
      const label = labelOf(control)
      if (!control.id || control.id.startsWith(':ds:')) control.id = fieldId(formId, name)
      found[name] = { id: control.id, label, index }
      continue
    }
    const shown = shownMessage(form, message)
    if (!shown) continue
    shown.id ||= fieldId(formId, name)
    shown.tabIndex = -1
    const next = controls.findIndex((c) => shown.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)
    found[name] = { id: shown.id, label: shown.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '', index: next < 0 ? controls.length : next - 0.5 }
  }
  return found
}

/**
 * Has the design system's field behaviour read each checkbox's and radio button's group error
 * again. Note: it ties a group's error (the fieldset's ValidationMessage) to a checkbox only when
 * something inside that checkbox's own field changes, so after a refusal only some boxes of a group
 * named the error, and after the next save they kept `aria-invalid` and an aria-describedby to a
 * message that was gone. Writing an id again is such a change.
 */
function rereadGroupErrors(form: HTMLFormElement | null | undefined) {
  for (const control of form?.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox], fieldset input[type=radio]') ?? []) {
    if (control.id) control.setAttribute('id', control.id)
  }
}

/** The field in view with its label (a group with its legend), and the focus in it; the link's own jump does not focus. */
function followLink(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const control = document.getElementById(id)
  if (!control) return
  event.preventDefault()
  // A checkbox, a radio button or a group's own message: its group's legend.
  const grouped = control.matches('input[type=checkbox], input[type=radio]') || !control.matches('input, select, textarea')
  const shown = (grouped ? control.closest('fieldset')?.querySelector('legend') : control.closest('.ds-field')) ?? control
  shown.scrollIntoView({ block: 'start' })
  control.focus({ preventScroll: true })
}

/**
 * Designsystemet's error summary above a refused form: a heading, then one link per field in the
 * form's order, named by the field's label, each moving the focus to its field, where its message
 * is (and is read with it: aria-describedby). Note: the label, not the message, because the
 * messages say what to do without naming the field ("Fyll ut feltet.") and each is under its
 * field already; a second copy here would only be read twice. It takes the focus
 * itself when shown and again after each refusal (`result` is the refused action's result), so
 * the person hears what to put right, whichever field they were in.
 *
 * Server-rendered (after a post without JavaScript) the links name the ids the fields take from
 * their names (`field(name)`, SelectField, FileField) and say the message (no label is known
 * there); in the browser they are read from the form after rendering: every field's label, and an
 * id for every field.
 */
export default function FormErrorSummary({ heading, problems, formId, result }: { heading: string; problems: TFieldProblemText[]; formId: string; result: unknown }) {
  const ref = useRef<ComponentRef<'ds-error-summary'>>(null)
  // Null until read from the form (on the server, and in the browser's first render).
  const [targets, setTargets] = useState<Record<string, TTarget> | null>(null)
  // Note: keyed by the result, which is new after each action; `problems` is rebuilt every render.
  useLayoutEffect(() => {
    const form = ref.current?.closest('form')
    if (form) setTargets(findTargets(form, problems, formId))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [result, formId])
  useEffect(() => {
    const form = ref.current?.closest('form')
    ref.current?.focus()
    rereadGroupErrors(form)
    // Again once this refusal is over: after the next one, or when the summary goes (a save).
    return () => rereadGroupErrors(form)
  }, [result])
  const place = (name: string) => targets?.[name]?.index ?? Number.MAX_SAFE_INTEGER
  const headingId = `${formId}-summary`
  // Designsystemet's markup on plain elements (its ErrorSummary renders this element), named and
  // focused here: its behaviour (role, name, focus) is not loaded on every page with a form
  // (designsystemet-web.ts), and its React Heading, List and Link would add nothing.
  const items = [...problems]
    .sort((a, b) => place(a.name) - place(b.name))
    .map(({ name, message }) => {
      const target = targets?.[name]
      const id = target?.id ?? fieldId(formId, name)
      // A field the form does not show (nothing ticked in a list that is searched): no link to nowhere.
      if (targets && !target) return <li key={name}>{message}</li>
      return (
        <li key={name}>
          <a href={`#${id}`} className="ds-link" data-color="neutral" onClick={(event) => followLink(event, id)}>
            {target?.label || message}
          </a>
        </li>
      )
    })
  return (
    <ds-error-summary ref={ref} className="ds-error-summary" role="group" tabIndex={-1} aria-labelledby={headingId} suppressHydrationWarning>
      <h2 id={headingId} className="ds-heading" data-size="xs">
        {heading}
      </h2>
      <ul className="ds-list">{items}</ul>
    </ds-error-summary>
  )
}
