#!/usr/bin/env bash
# Headless Chromium for the report's browser test (tests/test_report.py): Debian's `chromium` package.
# Idempotent and quiet: does nothing when the browser is there, prints one line when it installs it.
set -euo pipefail

browser="${BAMBOO_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: no apt-get here; install Chromium yourself and set BAMBOO_CHROMIUM to it" >&2
    exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "install-chromium: need root (or sudo) to apt-get install chromium" >&2
        exit 1
    fi
    sudo="sudo -n"
fi

echo "install-chromium: installing Debian's chromium for the report's browser test"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg run instead of failing on its lock.
apt_opts=(-qq -o DPkg::Lock::Timeout=600)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { $sudo apt-get "${apt_opts[@]}" update && $sudo apt-get "${apt_opts[@]}" install -y chromium; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "install-chromium: apt-get failed (output above)" >&2
    exit 1
fi
"/usr/bin/chromium" --version >/dev/null 2>&1 || { echo "install-chromium: chromium installed but does not start" >&2; exit 1; }
