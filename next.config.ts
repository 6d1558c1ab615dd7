import type { NextConfig } from 'next'
import createNextIntlPlugin from 'next-intl/plugin'

const withNextIntl = createNextIntlPlugin('./src/i18n/request.ts')

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
  experimental: {
    // The design system imports its few icons from the icon set's index: without this the client
    // bundle carried all ~1,000 icon components (issue 14, measured 213 KiB gzip in one chunk).
    optimizePackageImports: ['@navikt/aksel-icons', '@digdir/designsystemet-react'],
    // Papers for agenda items are up to 10 MB (src/features/forum/paper-types.ts); the default is 1 MB.
    serverActions: { bodySizeLimit: '11mb' },
  },
  headers() {
    return Promise.resolve([
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          // No page uses these browser features; a script that got in cannot either (issue 22).
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
          // Logins are redirects, never popups: no other window keeps a handle on ours.
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
        ],
      },
      {
        // HSTS only over https (the proxy says so in X-Forwarded-Proto; Next sets it for its own TLS).
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }],
      },
    ])
  },
}

export default withNextIntl(config)
