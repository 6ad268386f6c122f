#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian machine, and nothing that is already there:
# Node.js and npm when absent, Chromium and Firefox ESR (the browsers under test), libfaketime (pins their
# clock), a CJK font (so screenshots show Chinese, not boxes) and the npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok() {
  command -v node >/dev/null && node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 12) ? 0 : 1)'
}

missing=()
command -v node >/dev/null || missing+=(nodejs npm)
command -v chromium >/dev/null || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
compgen -G '/usr/lib/*-linux-gnu/faketime/libfaketime.so.1' >/dev/null || missing+=(faketime)
fc-list 2>/dev/null | grep -qiE 'WenQuanYi|Noto Sans CJK' || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: run as root, or install sudo, to install ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# Debian 13's nodejs is 20; Debian 12's is 18, too old for WXT and Vite: say so rather than fail in npm.
node_ok || { echo "setup: Node.js >= 20.12 is needed, found $(node --version 2>/dev/null || echo none); install Node 20 or newer (nodejs.org, NodeSource) and run again" >&2; exit 1; }

# npm ci unless node_modules already matches the lockfile.
if ! cmp -s package-lock.json node_modules/.package-lock.json.ci 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.ci
fi
