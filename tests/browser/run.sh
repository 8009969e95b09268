#!/usr/bin/env bash
# Runs the browser tests with Node's test runner.
#   tests/browser/run.sh BUILD_DIR HAUL_BINARY SUITE...
# SUITE: rules (plain Node: the rules, the messages, the texts), lint (web-ext lint, for
# Firefox), chromium (the system Chromium with the extension: against a stand-in host, the
# pages in four languages), firefox (firefox-esr with the extension, against the stand-in),
# haul (both browsers, the real `haul browser-host` of HAUL_BINARY and Haul, end to end).
# puppeteer-core and web-ext come from npm into BUILD_DIR/browser-test, installed again only
# when package.json or package-lock.json change. A missing program fails, naming its package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ $# -ge 3 ] || { echo "usage: $0 BUILD_DIR HAUL_BINARY SUITE..." >&2; exit 2; }
build=$(mkdir -p "$1" && cd "$1" && pwd)
haul=$2
shift 2

fail() { echo "FAIL: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is missing: install the Debian package $2 (installer/setup-debian.sh --tests)"; }
need node nodejs
need flock util-linux

files=()
npm_needed=0
for suite in "$@"; do
    case "$suite" in
        rules) files+=("$here/rules.test.js" "$here/locales.test.js") ;;
        lint) files+=("$here/lint.test.js"); npm_needed=1 ;;
        chromium)
            need chromium chromium
            [ -x "$haul" ] || fail "the haul binary $haul is missing: build it first"
            files+=("$here/extension.test.js" "$here/pages.test.js")
            npm_needed=1 ;;
        firefox)
            need firefox-esr firefox-esr
            files+=("$here/firefox.test.js")
            npm_needed=1 ;;
        haul)
            need chromium chromium
            need firefox-esr firefox-esr
            [ -x "$haul" ] || fail "the haul binary $haul is missing: build it first"
            files+=("$here/haul.test.js")
            npm_needed=1 ;;
        *) echo "unknown suite $suite" >&2; exit 2 ;;
    esac
done

modules="$build/browser-test"
if [ $npm_needed = 1 ]; then
    need npm npm
    mkdir -p "$modules"
    # Two suites may start at once under ctest --parallel: one installs, the other waits.
    exec 9>"$modules/.lock"
    flock -w 280 9 || fail "another install in $modules did not finish"
    wanted=$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -d' ' -f1)
    if [ "$(cat "$modules/.installed" 2>/dev/null)" != "$wanted" ] || [ ! -d "$modules/node_modules" ]; then
        cp "$here/package.json" "$here/package-lock.json" "$modules/"
        echo "Installing puppeteer-core and web-ext into $modules" >&2
        (cd "$modules" && npm ci --no-audit --no-fund --loglevel=error >&2) \
            || fail "npm ci in $modules failed (the npm registry must be reachable)"
        echo "$wanted" >"$modules/.installed"
    fi
    flock -u 9
fi

export NODE_PATH="$modules/node_modules"
export HAUL_BINARY="$haul"
export HAUL_TEST_OUTPUT="$modules"
# Chromium must not download its own copy; the system one is driven.
export PUPPETEER_SKIP_DOWNLOAD=1
cd "$here"
exec node --test --test-concurrency=1 --test-timeout=120000 "${files[@]}"
