#!/usr/bin/env bash
# Installs the Debian packages Annals needs beyond the Swift toolchain, when missing:
# SQLite's headers (the event store links SQLite) and, with --browser, headless Chromium
# for the web page test. Needs root (or sudo) only when something is missing.
set -euo pipefail
missing=()
dpkg -s libsqlite3-dev >/dev/null 2>&1 || missing+=(libsqlite3-dev)
if [ "${1:-}" = "--browser" ]; then
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
