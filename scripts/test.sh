#!/usr/bin/env bash
# The whole test suite, as README and CI run it: static checks, unit/integration tests, then the
# built app in a real browser. Prints the time each stage took.
set -euo pipefail
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "$0")/.."

stage() {
  local name=$1; shift
  local started=$SECONDS
  echo "── $name"
  "$@"
  echo "── $name: $((SECONDS - started)) s"
}

stage "prisma generate" npm run --silent db:generate
stage "typecheck" npx tsc --noEmit
stage "lint" npx eslint --max-warnings 0 .
rm -rf test-results
stage "unit and integration tests" npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
stage "build" npx next build
stage "end-to-end tests" npx tsx scripts/e2e.ts
npx tsx scripts/test-summary.ts
