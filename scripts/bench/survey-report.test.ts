import { describe, expect, it } from 'vitest'
import { parseBenchFlags } from './flags'
import { renderSurveyReport, surveyVerdicts } from './survey-report'
import type { TSurveyFigures } from './survey-stage'

const figures = (over: { load?: Partial<TSurveyFigures['load']>; stored?: Partial<TSurveyFigures['stored']>; again?: Partial<TSurveyFigures['again']>; firstResultsMs?: number; closeMs?: number } = {}): TSurveyFigures => ({
  partnershipName: 'Kompetanseregion Test',
  wave: { schools: 2, classes: 3, smallClasses: 1, codes: 40, pages: 4, items: 40, prepareS: 1 },
  load: { answers: 40, connections: 20, postsPerAnswer: 5, seconds: 0.2, answersPerSecond: 200, postsPerSecond: 1000, p50: 10, p90: 20, p99: 30, max: 40, wrong: 0, errors: 0, timeouts: 0, submitted: 40, codesUsed: Array.from({ length: 40 }, (_, i) => `C${i}`), samples: [], ...over.load },
  light: { rps: 300, p99: 50 },
  perAnswer: { cpuMs: 25, statements: 35, transactions: 5 },
  stored: { answers: 40, spent: 40, unspent: 0, drafts: 0, ...over.stored },
  again: { tried: 10, refused: 10, answersAfter: 40, ...over.again },
  closeMs: over.closeMs ?? 1200,
  firstResultsMs: over.firstResultsMs ?? 300,
  timings: { tableMs: 100, pageDataMs: 120, indicators: 5, cells: 50, suppressedCells: 10 },
  county: { ms: 4, cells: 1475 },
  answerPages: new Map(),
  resultPages: [],
})

describe('the survey verdicts', () => {
  it('meets every target when all is well, and the report says so', () => {
    const v = surveyVerdicts(figures())
    expect([v.throughput, v.p99, v.errors, v.lost, v.spentOnce, v.results]).toEqual([true, true, true, true, true, true])
    expect(renderSurveyReport(figures())).not.toContain('missed')
  })

  it('misses on slow answers, a slow p99, a wrong response, a lost answer, a code used twice or slow results', () => {
    expect(surveyVerdicts(figures({ load: { answersPerSecond: 99.9 } })).throughput).toBe(false)
    expect(surveyVerdicts(figures({ load: { p99: 501 } })).p99).toBe(false)
    expect(surveyVerdicts(figures({ load: { wrong: 1 } })).errorCount).toBe(1)
    expect(surveyVerdicts(figures({ stored: { answers: 39, spent: 39 } }))).toMatchObject({ lost: false, lostCount: 1 })
    expect(surveyVerdicts(figures({ load: { codesUsed: ['A', 'A'] } })).spentOnce).toBe(false)
    expect(surveyVerdicts(figures({ again: { refused: 9 } })).spentOnce).toBe(false)
    expect(surveyVerdicts(figures({ firstResultsMs: 5001 })).results).toBe(false)
    // Results within 5 s of closing: the closing itself (it computes them) counts.
    expect(surveyVerdicts(figures({ closeMs: 4000, firstResultsMs: 1500 })).results).toBe(false)
    expect(renderSurveyReport(figures({ load: { p99: 900 } }))).toContain('| **missed** |')
  })
})

describe('the survey flags', () => {
  it('runs 20,000 answers by default, 2,000 with --quick, and refuses a count the connections do not divide', () => {
    expect(parseBenchFlags(['--surveys'])).toMatchObject({ surveys: true, pages: true, surveyAnswers: 20_000, surveyConnections: 20 })
    expect(parseBenchFlags(['--surveys', '--no-pages', '--quick'])).toMatchObject({ pages: false, surveyAnswers: 2000 })
    expect(parseBenchFlags([])).toMatchObject({ surveys: false })
    expect(() => parseBenchFlags(['--surveys', '--survey-answers', '1001'])).toThrow(/must divide/)
    expect(() => parseBenchFlags(['--no-pages'])).toThrow(/nothing to measure/)
  })
})

describe('the results pages in the survey report', () => {
  it('says "none done" for a page of which no request finished under load, not a latency of 0', () => {
    const target = { name: 'results PRINCIPAL', persona: 'PRINCIPAL', url: 'http://x/kartlegging/1' }
    const probe = { status: 200, bytes: 2048, statements: 15, transactions: 1, firstMs: 900 }
    const report = renderSurveyReport({ ...figures(), resultPages: [{ target, probe, rps: 0, p50: 0, p99: 0, bad: 0 }, { target: { ...target, persona: 'SCHOOL_OWNER' }, probe }] })
    expect(report).toContain('| /kartlegging/[waveId] | PRINCIPAL | 200 | 2.0 | 15 (1) | 0 | none done in the measurement |')
    expect(report).toContain('| /kartlegging/[waveId] | SCHOOL_OWNER | 200 | 2.0 | 15 (1) | – | – |')
  })
})
