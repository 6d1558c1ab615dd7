import type { TEntryDeclaration } from './access'

/**
 * A server action that is no use case over tenant data (choosing the language, logging in and
 * out), declared with who may call it so the surface lists it.
 */
export function declareAction<F extends (...args: never[]) => Promise<unknown>>(
  declaration: { name: string; access: 'public' | 'demo-mode' },
  action: F,
): F & { declaration: TEntryDeclaration } {
  return Object.assign(action, { declaration })
}
