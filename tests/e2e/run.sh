#!/usr/bin/env bash
# Runs one end-to-end test against a mid-server binary:
#   run.sh /path/to/mid-server [output-dir] [test-script]
# test-script is a file in this directory, approver.test.mjs by default (phone-tls.test.mjs:
# the phone's steps over --tls auto). Installs playwright-core from package-lock.json (npm ci)
# when node_modules is missing or older than the lock file, under a lock so that tests started
# together install it once. No browser is downloaded: the tests drive Debian's Chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
server="${1:?usage: run.sh /path/to/mid-server [output-dir] [test-script]}"
out="${2:-$PWD/e2e-output}"
test="${3:-approver.test.mjs}"
[ -f "$here/$test" ] || { echo "e2e: no test $here/$test" >&2; exit 2; }

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
chromium="${MID_E2E_CHROMIUM:-/usr/bin/chromium}"
for tool in node npm "$chromium"; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "e2e: $tool is missing; run scripts/install-deps.sh" >&2
    exit 1
  fi
done

install_modules() {
  if [ ! -f "$here/node_modules/.package-lock.json" ] ||
     [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
    echo "e2e: npm ci in $here"
    (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}
if command -v flock >/dev/null 2>&1; then
  exec 9>"${TMPDIR:-/tmp}/mid-e2e-npm-ci.lock"
  flock 9
  install_modules
  flock -u 9
  exec 9>&-
else
  install_modules
fi

mkdir -p "$out"
rm -f "$out"/*.png
exec node "$here/$test" --server "$server" --out "$out"
