#!/usr/bin/env bash
# The headless haul (cmake --preset nogui, HAUL_GUI=OFF) is one a server can install:
#   - it links neither Qt Widgets nor Qt Gui, and links Qt DBus (in qt6-base) for its D-Bus
#     interface io.github.haul.Haul1, which `haul serve` exports;
#   - --version, create, info --json and a transfer from a local python3 -m http.server
#     work, with the translations embedded (a Spanish message in Spanish);
#   - `haul` alone exits non-zero and says that this build has no window.
#   check_nogui.sh [HAUL_BINARY]   (default: build/nogui/bin/haul)
set -euo pipefail
haul=$(realpath "${1:-$(dirname "$0")/../build/nogui/bin/haul}")
work=$(mktemp -d)
server=
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail=0
problem() { echo "FAIL: $*" >&2; fail=1; }
# Settings and the job store of this check only, in English unless asked otherwise.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
store=$work/jobs.sqlite

libs=$(ldd "$haul")
for lib in libQt6Widgets libQt6Gui; do
    ! grep -q "$lib" <<<"$libs" || problem "$haul links $lib"
done
needed=$(readelf -d "$haul" | grep NEEDED)
grep -q libQt6DBus <<<"$needed" || problem "$haul does not link libQt6DBus (its D-Bus interface)"

version=$("$haul" --version) || problem "haul --version failed"
grep -qx 'haul [0-9.]*' <<<"$version" || problem "haul --version printed \"$version\""

id=$("$haul" --store "$store" create --name headless) || problem "haul create failed"
info=$("$haul" --store "$store" info --json "$id") || problem "haul info --json failed"
python3 -c 'import json, sys; a = json.load(sys.stdin); assert a["code"] == "0x00000000" and a["job"]["name"] == "headless" and a["job"]["state"] == "Suspended", a' <<<"$info" \
    || problem "haul info --json answered: $info"

# A small file from a real HTTP server on 127.0.0.1; the port is the one it found free.
mkdir -p "$work/site"
head -c 300000 /dev/urandom >"$work/site/small.bin"
python3 -u -m http.server 0 --bind 127.0.0.1 --directory "$work/site" >"$work/server.log" 2>&1 &
server=$!
port=
for _ in $(seq 100); do
    port=$(sed -n 's/.*port \([0-9]*\).*/\1/p' "$work/server.log" | head -1)
    [ -n "$port" ] && break
    sleep 0.1
done
if [ -z "$port" ]; then
    problem "python3 -m http.server did not start: $(cat "$work/server.log")"
else
    timeout 60 "$haul" --store "$store" transfer "http://127.0.0.1:$port/small.bin" \
        "$work/small.bin" 2>"$work/transfer.log" || problem "haul transfer failed: $(cat "$work/transfer.log")"
    cmp -s "$work/site/small.bin" "$work/small.bin" || problem "the transferred file differs from the server's"
fi

# No verb: no window here, said clearly, in the user's language.
# Bounded: a haul that opened a window instead would never return.
if timeout 20 "$haul" --store "$store" >"$work/out" 2>"$work/err"; then
    problem "haul with no verb exited 0"
fi
grep -q "has no window" "$work/err" || problem "haul with no verb said: $(cat "$work/err")"
grep -q "haul serve" "$work/err" || problem "haul with no verb does not suggest haul serve"
LANGUAGE=es LC_ALL=es_ES.UTF-8 timeout 20 "$haul" --store "$store" 2>"$work/err.es" && problem "haul with no verb exited 0 in Spanish"
grep -q "ventana" "$work/err.es" || problem "haul with no verb is not translated to Spanish: $(cat "$work/err.es")"

[ "$fail" = 0 ] && echo "the headless haul: no Widgets, no Gui; every check passed"
exit "$fail"
