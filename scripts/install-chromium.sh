#!/usr/bin/env bash
# Headless Chromium and a CJK font for the report's browser test (tests/warehouse/test_report.py): Debian's
# `chromium` and `fonts-noto-cjk`. Idempotent and quiet: does nothing when both are there, prints one
# line when it installs them.
set -euo pipefail

browser="${BAMBOO_CHROMIUM:-/usr/bin/chromium}"
packages=()
[ -x "$browser" ] || packages+=(chromium)
# A CJK font, so that Chinese titles in the report draw as glyphs in the browser test and screenshots.
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family | grep -q .; }; then
    packages+=(fonts-noto-cjk)
fi
if [ "${#packages[@]}" -eq 0 ]; then
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

echo "install-chromium: installing Debian's ${packages[*]} for the report's browser test"
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt/dpkg run instead of failing on its lock.
apt_opts=(-qq -o DPkg::Lock::Timeout=600)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! { $sudo apt-get "${apt_opts[@]}" update && $sudo apt-get "${apt_opts[@]}" install -y "${packages[@]}"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "install-chromium: apt-get failed (output above)" >&2
    exit 1
fi
"$browser" --version >/dev/null 2>&1 || { echo "install-chromium: chromium installed but does not start" >&2; exit 1; }
