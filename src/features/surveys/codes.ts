import { createHash, randomInt } from 'node:crypto'

// Single-use survey codes, printed or shared per unit (and per class once classes exist). Ten
// characters from 31 that cannot be misread on paper (no 0/O, 1/I/L): about 50 bits, so guessing
// one is hopeless online. Only the SHA-256 of the code is stored: a database copy does not hand
// out codes, and the code, once spent, is never joined to the answer it allowed (ADR 026).

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const CODE_LENGTH = 10

export function newSurveyCode(): string {
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)]
  return `${code.slice(0, 5)}-${code.slice(5)}`
}

/** What a person typed, as the code it means: case, spaces and dashes do not matter. */
export function normaliseSurveyCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== CODE_LENGTH || [...code].some((c) => !ALPHABET.includes(c))) return null
  return code
}

export function hashSurveyCode(typed: string): string | null {
  const code = normaliseSurveyCode(typed)
  return code && createHash('sha256').update(code).digest('hex')
}
