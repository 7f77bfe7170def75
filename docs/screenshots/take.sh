#!/usr/bin/env bash
# Takes the README's screenshots: mid-console --demo under Xvfb, every panel, light and dark.
#   docs/screenshots/take.sh [build-dir]   (default build/release)
# Needs xvfb, xdotool and imagemagick (import).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build/release}
console="$build/app/mid-console"
panels=(dashboard clients consents qr-presenter audit settings)
for theme in light dark; do
  data=$(mktemp -d)
  export HOME=$data XDG_CONFIG_HOME=$data/config MID_CONSOLE_THEME=$theme
  Xvfb :77 -screen 0 1440x900x24 >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  DISPLAY=:77 "$console" --data-dir "$data/mid" --listen 127.0.0.1:0 --demo >/dev/null 2>&1 &
  app=$!
  sleep 6
  win=$(DISPLAY=:77 xdotool search --sync --onlyvisible --name "MID Console" | head -1)
  DISPLAY=:77 xdotool windowsize "$win" 1440 900 windowmove "$win" 0 0
  for i in "${!panels[@]}"; do
    # No window manager under bare Xvfb, so keys may not reach the window: click the sidebar.
    DISPLAY=:77 xdotool mousemove 90 $((47 + 42 * i)) click 1
    sleep 2.5
    DISPLAY=:77 import -window root "$here/${panels[$i]}-$theme.png"
  done
  kill $app; wait $app 2>/dev/null || true
  kill $xvfb; wait $xvfb 2>/dev/null || true
  rm -rf "$data"
done
