import type { emailTranslator } from './translator'

/**
 * The plain text of every email: the greeting, then each block (a paragraph, or a paragraph and its
 * link) with an empty line between, then the line that says the message is automatic. An empty, false or
 * null line in a block is left out (a meeting without a place).
 */
export function plainTextEmail(t: ReturnType<typeof emailTranslator>, greeting: string, ...blocks: (string | false | null)[][]): string {
  return [greeting, ...blocks.map((lines) => lines.filter(Boolean).join('\n')), t('Email.automatic')].join('\n\n')
}
