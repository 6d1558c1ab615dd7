/**
 * Designsystemet's markup-only components, as plain components that render the same elements and
 * classes as `@digdir/designsystemet-react`.
 *
 * Why: the React package marks every component 'use client', so a server page that renders its
 * Heading or Paragraph ships that component's code (and Radix's Slot, for `asChild`) to the browser
 * and refers to it in the RSC payload, although the markup needs no JavaScript at all. These have no
 * hooks and no 'use client': in a server component they are HTML only, and in a client component
 * they cost a few bytes. The CSS is the design system's own (`ds-heading`, `ds-table`, …).
 *
 * Button is here too: the app's buttons use none of the package's loading spinner, `asChild` or
 * popover props, which are what its code (and the Spinner's) is for.
 * Card is here without its click delegation (a card whose heading holds a link is clickable as a
 * whole): none of the app's cards has such a link; one that does should use the package's Card.
 * Components with behaviour ( Textfield, Checkbox, ErrorSummary,
 * Search) stay the design system's. `asChild` is not supported here; nothing in the app uses it with
 * these. ESLint (no-restricted-imports) points imports of the package's versions here.
 */
import type {
  AlertProps,
  ButtonProps,
  CardProps,
  SkipLinkProps,
  HeadingProps,
  ParagraphProps,
  TableBodyProps,
  TableCellProps,
  TableFootProps,
  TableHeadProps,
  TableHeaderCellProps,
  TableProps,
  TableRowProps,
  TagProps,
} from '@digdir/designsystemet-react'

type TNoSlot<T> = Omit<T, 'asChild'>

/** The class list, as the design system joins it (clsx/lite: strings only). */
function cl(base: string, extra: string | undefined): string {
  return extra ? `${base} ${extra}` : base
}

export function Heading({ level = 2, className, ...rest }: TNoSlot<HeadingProps>) {
  const Element = `h${level}` as const
  return <Element className={cl('ds-heading', className)} {...rest} />
}

export function Paragraph({ className, variant, ...rest }: TNoSlot<ParagraphProps>) {
  return <p className={cl('ds-paragraph', className)} data-variant={variant} {...rest} />
}

/** `ref`: a plain prop since React 19 (the form frame focuses its alert). */
export function Alert({ 'data-color': color = 'info', className, ...rest }: AlertProps & { ref?: React.Ref<HTMLDivElement> }) {
  return <div className={cl('ds-alert', className)} data-color={color} {...rest} />
}

/** A `type="button"` unless told otherwise, as the design system's. */
export function Button({ className, icon = false, variant, ...rest }: Omit<ButtonProps, 'asChild' | 'loading' | 'popoverTarget' | 'popovertarget' | 'commandfor' | 'commandFor'> & { ref?: React.Ref<HTMLButtonElement> }) {
  return <button className={cl('ds-button', className)} data-icon={icon || undefined} data-variant={variant} type="button" {...rest} />
}

export function Card({ className, variant, ...rest }: Omit<CardProps, 'asChild'>) {
  return <div className={cl('ds-card', className)} data-variant={variant} {...rest} />
}

export function SkipLink({ className, ...rest }: SkipLinkProps) {
  return <a className={cl('ds-skip-link', className)} {...rest} />
}

export function Tag({ className, variant, ...rest }: TNoSlot<TagProps>) {
  return <span className={cl('ds-tag', className)} data-variant={variant} {...rest} />
}

export function Table({ zebra = false, stickyHeader = false, border = false, hover = false, className, ...rest }: TableProps) {
  return (
    <table
      className={cl('ds-table', className)}
      data-border={border || undefined}
      data-hover={hover || undefined}
      data-sticky-header={stickyHeader || undefined}
      data-zebra={zebra || undefined}
      {...rest}
    />
  )
}

export function TableHead(props: TableHeadProps) {
  return <thead {...props} />
}

export function TableBody(props: TableBodyProps) {
  return <tbody {...props} />
}

export function TableFoot(props: TableFootProps) {
  return <tfoot {...props} />
}

export function TableRow(props: TableRowProps) {
  return <tr {...props} />
}

export function TableCell(props: TableCellProps) {
  return <td {...props} />
}

/** A sortable header holds a button, as the design system's does (the page handles the sorting). */
export function TableHeaderCell({ sort, children, ...rest }: TableHeaderCellProps) {
  return (
    <th aria-sort={sort} {...rest}>
      {sort ? <button type="button">{children}</button> : children}
    </th>
  )
}
