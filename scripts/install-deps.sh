#!/usr/bin/env bash
# Installs every Debian 12 package the build, the programs and the tests need.
# Idempotent: packages already present are skipped, so it is cheap on a warm machine.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libxkbcommon-dev
  libssl-dev libqrencode-dev libsqlite3-dev libhttp-parser-dev
  clang-14 libclang-rt-14-dev llvm-14
  zbar-tools librsvg2-bin xvfb xauth wrk sqlite3 openssl curl
  chromium nodejs libnss3-tools
)
# npm comes with NodeSource's nodejs, which conflicts with Debian's npm package.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-deps: all packages present"
fi
