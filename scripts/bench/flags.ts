import { z } from 'zod'

/** The bench's command line, parsed at the boundary (`npm run bench -- --help` lists it). */
const Flags = z
  .object({
    label: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes').default('run'),
    databaseUrl: z.string().url().optional(),
    demo: z.boolean().default(false),
    duration: z.coerce.number().int().min(1).max(60).default(3),
    connections: z
      .string()
      .default('1,10,50')
      .transform((s) => s.split(',').map((c) => Number(c.trim())))
      .pipe(z.array(z.number().int().min(1).max(200)).min(1).max(5)),
    repeats: z.coerce.number().int().min(1).max(5).default(3),
    quick: z.boolean().default(false),
    only: z.string().optional(),
    port: z.coerce.number().int().min(1024).max(65535).default(3999),
    write: z.boolean().default(true),
    /** The page measurements (the default); `--no-pages` with `--surveys` runs the survey stage alone. */
    pages: z.boolean().default(true),
    /** The survey stage (issue 16): answers through the answering forms, then the closed wave's results. */
    surveys: z.boolean().default(false),
    surveyAnswers: z.coerce.number().int().min(20).max(100_000).optional(),
    surveyConnections: z.coerce.number().int().min(1).max(200).default(20),
    /** A folder to write each view's HTML to, to see what makes a page big. */
    dump: z.string().min(1).optional(),
    /** The report's date (default today, UTC), for a series that belongs to one day. */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).default(() => new Date().toISOString().slice(0, 10)),
  })
  .strict()

export type TBenchFlags = z.infer<typeof Flags> & { surveyAnswers: number }

export const benchHelp = `npm run bench -- [flags]
  --label NAME          names the report docs/benchmarks/YYYY-MM-DD-NAME.md (default: run)
  --database-url URL    PostgreSQL to bench (else BENCH_DATABASE_URL, else samkomp_bench on 127.0.0.1:5432,
                        created, migrated and seeded national when empty)
  --demo                demo-scale data instead (default database samkomp_bench_demo)
  --duration S          seconds per measurement (default 3)
  --connections LIST    connection counts (default 1,10,50)
  --repeats N           interleaved repeats (default 3)
  --quick               one repeat of 2 s each (about two minutes in all)
  --only a,b            only the targets whose name contains one of these
  --port P              port for next start (default 3999; the plain server uses P+1)
  --no-write            print the table without writing docs/benchmarks/
  --surveys             also the survey stage (issue 16): a 40-item wave answered through /svar's forms,
                        closed, its results timed and its results pages measured (about 5 minutes)
  --no-pages            skip the page measurements (with --surveys: the survey stage alone)
  --survey-answers N    answers in the survey stage (default 20000; 2000 with --quick)
  --survey-connections N  connections of the survey load (default 20)
  --dump DIR            also write each view's HTML to DIR (what makes a page big)
  --date YYYY-MM-DD     the report's date (default: today)`

const booleans = new Set(['demo', 'quick', 'write', 'pages', 'surveys'])

export function parseBenchFlags(argv: string[]): TBenchFlags {
  const raw: Record<string, string | boolean> = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument ${arg}\n\n${benchHelp}`)
    const name = arg.slice(2).replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
    if (name.startsWith('no') && booleans.has(name.slice(2).toLowerCase())) raw[name.slice(2).toLowerCase()] = false
    else if (booleans.has(name)) raw[name] = true
    else raw[name] = argv[++i] ?? ''
  }
  const parsed = Flags.safeParse(raw)
  if (!parsed.success) throw new Error(`${z.prettifyError(parsed.error)}\n\n${benchHelp}`)
  const flags = { ...parsed.data, surveyAnswers: parsed.data.surveyAnswers ?? (parsed.data.quick ? 2000 : 20_000) }
  if (!flags.pages && !flags.surveys) throw new Error(`--no-pages leaves nothing to measure without --surveys\n\n${benchHelp}`)
  if (flags.surveyAnswers % flags.surveyConnections) throw new Error(`--survey-answers (${flags.surveyAnswers}) must divide among --survey-connections (${flags.surveyConnections})\n\n${benchHelp}`)
  return flags.quick ? { ...flags, repeats: 1, duration: Math.min(flags.duration, 2) } : flags
}
