import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin({
  requestConfig: './src/i18n/request.ts',
  // Messages compiled at build time: the browser gets a small formatter instead of the ICU
  // message parser (about 7 KiB gzip of every page with a form, issue 14), and the server
  // formats without parsing. Plain strings stay strings.
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
})

const config: NextConfig = {
  // PGlite loads its WebAssembly and data files relative to its own package: bundling breaks that.
  // pdfkit reads data files next to its own source (the sRGB profile for PDF/A); pdfkit and exceljs
  // are large CommonJS packages that only run on the server, so bundling them just slows the build.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pdfkit', 'exceljs'],
  poweredByHeader: false,
  typescript: {
    // scripts/test.sh runs `next typegen` and then `tsc --noEmit` over the whole project (route
    // types included) before the build, and says so in this variable: checking again here would
    // repeat that work. A plain `next build` (no variable) still type-checks.
    ignoreBuildErrors: process.env.SAMKOMP_TYPECHECKED === '1',
  },
  // Note: the design system's index is one 'use client' module. A server component that imports
  // `Heading` from it makes the whole index a client reference, and Turbopack then ships every
  // component (70 KiB gzip on every page, measured in issue 14; optimizePackageImports does not
  // split it under Turbopack). So each import names the component's own file, which is a
  // 'use client' module of its own: `@ds/…` is tsconfig's alias for the package's component folder
  // (its exports field lists only the index). A component not listed here fails the build with
  // "Module not found: @ds/not-listed-in-next-config/<Name>": add it with its file.
  modularizeImports: {
    '@digdir/designsystemet-react': {
      transform: {
        '^Table(Body|Cell|Foot|Head|HeaderCell|Row)?$': '@ds/table',
        '^Card(Block)?$': '@ds/card',
        '^Field(Affix|Affixes|Counter|Description)?$': '@ds/field',
        '^Fieldset(Description|Legend)?$': '@ds/fieldset',
        '^Select(Optgroup|Option)?$': '@ds/select',
        '^Search(Button|Clear|Input)?$': '@ds/search',
        '^ErrorSummary(Heading|Item|Link|List)?$': '@ds/error-summary',
        '^(Alert|Button|Checkbox|Heading|Input|Label|Paragraph|Radio|SkipLink|Spinner|Tag|Textarea|Textfield|ValidationMessage)$':
          '@ds/{{ kebabCase member }}/{{ kebabCase member }}',
        '.*': '@ds/not-listed-in-next-config/{{ member }}',
      },
      skipDefaultConversion: true,
    },
  },
  turbopack: {
    // Only the design system's behaviours that our components use (src/components/ui/designsystemet-web.ts).
    resolveAlias: { '@digdir/designsystemet-web': './src/components/ui/designsystemet-web.ts' },
  },
  experimental: {
    // The design system imports its few icons from the icon set's index: without this the client
    // bundle carried all ~1,000 icon components (issue 14, measured 213 KiB gzip in one chunk).
    // Listed, the design system's own modules count as free of side effects: its components'
    // bare imports of its hooks index (pagination, roving focus, media queries) are dropped.
    optimizePackageImports: ['@navikt/aksel-icons', '@digdir/designsystemet-react'],
    // Papers for agenda items are up to 10 MB (src/features/forum/paper-types.ts); the default is 1 MB.
    serverActions: { bodySizeLimit: '11mb' },
  },
  // Note: one place for each header. The ones that are the same on every response are here: they
  // cost nothing and reach every path, the build's static files and /api included (nosniff matters
  // most on files). The two that differ per request are set by src/proxy.ts and nowhere else: the
  // Content-Security-Policy (a fresh nonce per page) and Strict-Transport-Security (only when the
  // request came over https through a proxy the app trusts, TRUSTED_PROXY_HOPS; a `has` rule here
  // would believe an X-Forwarded-Proto any client wrote). ADR 032.
  headers() {
    return Promise.resolve([
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Older browsers' frame-ancestors 'none' (the policy from src/proxy.ts says it for the others).
          { key: 'X-Frame-Options', value: 'DENY' },
          // No page uses these browser features; a script that got in cannot either (issue 22).
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
          // Logins are redirects, never popups: no other window keeps a handle on ours.
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
    ])
  },
}

export default withNextIntl(config)
