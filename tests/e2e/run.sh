#!/usr/bin/env bash
# Runs the web approver's end-to-end test (approver.test.mjs) against a mid-server binary:
#   run.sh /path/to/mid-server [output-dir]
# Installs playwright-core from package-lock.json (npm ci) when node_modules is missing or
# older than the lock file. No browser is downloaded: the test drives Debian's Chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
server="${1:?usage: run.sh /path/to/mid-server [output-dir]}"
out="${2:-$PWD/e2e-output}"

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
chromium="${MID_E2E_CHROMIUM:-/usr/bin/chromium}"
for tool in node npm "$chromium"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "e2e: $tool is missing; run scripts/install-deps.sh" >&2
    exit 1
  fi
done

if [ ! -f "$here/node_modules/.package-lock.json" ] ||
   [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  echo "e2e: npm ci in $here"
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

mkdir -p "$out"
rm -f "$out"/*.png
exec node "$here/approver.test.mjs" --server "$server" --out "$out"
