#!/usr/bin/env bash
# Takes the README's screenshots of the window under Xvfb: the main window with jobs in
# several states, its speed graph, and the error pane for a 403, in a light and a dark
# palette and in every language, and in English on a 1280x720 screen. Needs a built haul
# (Release or Debug) and the Debian packages xvfb, xauth, imagemagick, xdotool and python3.
#   tests/screenshots/take.sh [LANG ...]     default: en es fr ru
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
haul=${HAUL:-$root/build/release/bin/haul}
[ -x "$haul" ] || haul=$root/build/debug/bin/haul
[ -x "$haul" ] || { echo "build Haul first (cmake --build --preset release)" >&2; exit 2; }
out=$root/resources/screenshots
mkdir -p "$out"
languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(en es fr ru)

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

port=$((20000 + RANDOM % 20000))
python3 "$root/tests/screenshots/demoserver.py" --port "$port" --lifetime 900 &
pids+=($!)
base=http://127.0.0.1:$port
screen_pid=
start_screen() { # WIDTHxHEIGHT: a new Xvfb screen of that size, replacing the last one
    [ -z "$screen_pid" ] || { kill "$screen_pid"; wait "$screen_pid" 2>/dev/null || true; }
    display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 "$1x24" -nolisten tcp >/dev/null 2>&1 &
    screen_pid=$!
    pids+=($screen_pid)
    export DISPLAY=$display
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}

shoot() { # language palette [size suffix]
    local lang=$1 palette=$2 suffix
    suffix=$lang; [ "$palette" = dark ] && suffix=$lang-dark
    suffix=$suffix${3:-}
    local store=$work/$suffix/jobs.sqlite dl=$work/$suffix/dl
    mkdir -p "$dl"
    local locale
    case $lang in en) locale=en_US ;; es) locale=es_ES ;; fr) locale=fr_FR ;; ru) locale=ru_RU ;; *) locale=$lang ;; esac
    export HAUL_STORE=$store LANGUAGE=$locale LC_ALL=$locale.UTF-8 HAUL_PALETTE=$palette
    export XDG_CONFIG_HOME=$work/$suffix/config XDG_RUNTIME_DIR=$work/$suffix/run
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    "$haul" >"$work/$suffix/window.log" 2>&1 &
    local window=$!
    pids+=($window)
    for _ in $(seq 100); do xdotool search --pid "$window" >/dev/null 2>&1 && break; sleep 0.1; done
    sleep 1
    newjob() { "$haul" create --json "$@" | python3 -c 'import json,sys; print(json.load(sys.stdin)["job"]["id"])'; }
    local a b c d e f
    a=$(newjob --name "Ubuntu 24.04 desktop"); "$haul" addfile "$a" "$base/slow/ubuntu-24.04-desktop-amd64.iso" "$dl" >/dev/null
    b=$(newjob --name "Holiday photos"); "$haul" addfile "$b" "$base/holiday-photos.zip" "$dl" >/dev/null
    "$haul" addfile "$b" "$base/fonts.tar.xz" "$dl" >/dev/null
    c=$(newjob); "$haul" addfile "$c" "$base/report-2026.pdf" "$dl" >/dev/null
    d=$(newjob); "$haul" addfile "$d" "$base/slow/podcast-episode-112.mp3" "$dl" >/dev/null
    "$haul" resume "$a" >/dev/null; "$haul" resume "$c" >/dev/null; "$haul" resume "$d" >/dev/null
    sleep 3
    "$haul" suspend "$d" >/dev/null
    e=$(newjob --name "Debian netinst" --priority high); "$haul" addfile "$e" "$base/slow/debian-12-netinst.iso" "$dl" >/dev/null
    "$haul" resume "$e" >/dev/null
    sleep 2
    f=$(newjob); "$haul" addfile "$f" "$base/forbidden/quarterly-sales.xlsx" "$dl" >/dev/null
    "$haul" resume "$f" >/dev/null
    sleep 3
    local pane
    pane=$(xdotool search --onlyvisible --pid "$window" --name "—" | tail -1)
    import -window "$pane" "$out/error-pane-$suffix.png"
    xdotool windowunmap "$pane"
    sleep 1
    local main
    main=$(xdotool search --onlyvisible --pid "$window" --name "^Haul$" | head -1)
    # Select the newest transferring job (Debian netinst, second row) to fill the details.
    xdotool mousemove --window "$main" 420 102 click 1
    sleep 4
    import -window "$main" "$out/main-window-$suffix.png"
    kill "$window"; wait "$window" 2>/dev/null || true
}

start_screen 1280x800
for lang in "${languages[@]}"; do
    shoot "$lang" light
done
shoot en dark
# The smallest screen the window is made for: everything must fit, status bar included.
start_screen 1280x720
shoot en light -1280x720
echo "screenshots in $out"
