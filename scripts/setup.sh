#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian machine, and nothing that is already there:
# Chromium and Firefox ESR (the browsers under test), libfaketime (pins their clock), a CJK font (so
# screenshots show Chinese, not boxes) and the npm dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
[ -e /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 ] || missing+=(faketime)
fc-list 2>/dev/null | grep -qiE 'WenQuanYi|Noto Sans CJK' || missing+=(fonts-wqy-zenhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci unless node_modules already matches the lockfile.
if ! cmp -s package-lock.json node_modules/.package-lock.json.ci 2>/dev/null; then
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.package-lock.json.ci
fi
