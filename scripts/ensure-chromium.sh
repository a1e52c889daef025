#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when it is missing and we may (root);
# otherwise say what to run. Never downloads a browser of its own.
set -euo pipefail
browser=/usr/bin/chromium
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $browser: run 'sudo apt-get install -y chromium'." >&2
exit 1
