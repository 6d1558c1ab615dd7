/**
 * A decision's versions (issue 19): the text recorded is version 1, each correction a newer one
 * with its reason. Read the same way by the body page, the meeting page and the public journal.
 */
export const DECISION_VERSIONS = {
  text: true,
  corrections: { orderBy: { version: 'desc' }, take: 20, select: { version: true, text: true, reason: true, createdAt: true } },
} as const

export interface TDecisionVersions {
  /** The text in force: the newest correction's, else the one recorded. */
  text: string
  /** The text first recorded, when it has been corrected. */
  originalText: string | null
  /** Corrections, newest first. */
  corrections: { version: number; text: string; reason: string; createdAt: Date }[]
}

export function decisionInForce(d: { text: string; corrections: TDecisionVersions['corrections'] }): TDecisionVersions {
  const latest = d.corrections[0]
  return { text: latest?.text ?? d.text, originalText: latest ? d.text : null, corrections: d.corrections }
}
