#!/usr/bin/env bash
# npm run test:e2e [-- playwright args]: build, drive Chromium against the server as shipped, then
# scan the server's log of that run for customer data and tokens (tests/e2e/scan-log.ts).
set -euo pipefail
npx next build
npx playwright test "$@"
npx tsx tests/e2e/scan-log.ts
