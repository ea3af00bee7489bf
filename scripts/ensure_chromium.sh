#!/bin/sh
# Make sure the browser tests (tests/test_review_browser.py) have a headless Chromium that can
# render Arabic: Debian's chromium package, plus Noto's Arabic fonts when no Arabic font exists
# (without one, Arabic renders as empty boxes and the screenshot proves nothing).
# Installs only as root; otherwise says what to run and exits non-zero.
set -eu

missing=""
[ -x /usr/bin/chromium ] || missing=" chromium"
if ! command -v fc-list >/dev/null 2>&1 || [ -z "$(fc-list :lang=ar family 2>/dev/null)" ]; then
    missing="$missing fonts-noto-core"
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure_chromium.sh: missing$missing; run as root: apt-get update && apt-get install -y$missing" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure_chromium.sh: missing$missing and apt-get is not available; install them with your package manager" >&2
    exit 1
fi
echo "ensure_chromium.sh: installing$missing" >&2
apt-get update -qq
# shellcheck disable=SC2086  # word splitting of the package list is intended
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
