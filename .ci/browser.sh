#!/usr/bin/env bash
# Makes Debian's chromium available for the page tests (tests/test_web.py drives it through
# Playwright with executable_path=/usr/bin/chromium; Playwright's own browser download is not used).
# Installs it if missing. Override the binary with EVENTWIRE_CHROMIUM=/path/to/chromium.
set -euo pipefail
bin="${EVENTWIRE_CHROMIUM:-/usr/bin/chromium}"
if [[ -x "$bin" ]]; then
    echo "browser: $("$bin" --version 2>/dev/null || echo "$bin")"
    exit 0
fi
SUDO=""
if [[ "$(id -u)" != 0 ]]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
/usr/bin/chromium --version
