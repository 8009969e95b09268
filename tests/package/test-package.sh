#!/usr/bin/env bash
# The Debian package, end to end, as a user meets it:
#   1. builds it (cmake --preset package && cmake --build --preset package);
#   2. lintian reports no error on it;
#   3. installs it with apt-get install ./haul_*.deb, which pulls its dependencies;
#   4. runs the installed /usr/bin/haul: --version, a transfer from a loopback server
#      (the bytes must equal the server's), the man page, the window under xvfb-run until
#      it maps;
#   5. removes it (purge) and checks that none of its files is left.
# Needs root or sudo (it installs and removes a package) and installer/setup-debian.sh
# --package, which it runs. Only the processes it starts are stopped, by pid.
#   tests/package/test-package.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

bash installer/setup-debian.sh --package
# The package preset is the Release build without the test suites.
cmake --preset package >/dev/null
cmake --build --preset package
version=$(sed -n 's/^project(Haul VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
deb=$(ls "$root"/build/package/haul_"$version"_*.deb)
echo "== package: $deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'

echo "== dependencies"
# What dpkg-shlibdeps found, and what it cannot see: Qt's SQLite and platform plugins, the
# SVG icon engine, Qt's own translations, the keychain library.
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    qt6-qpa-plugins libqt6svg6 qt6-translations-l10n libqt6keychain1 libc6; do
    [[ ", $depends," == *", $needed"[\ ,]* ]] \
        || { echo "FAIL: the package does not depend on $needed: $depends" >&2; exit 1; }
done
echo "depends on: $depends"

echo "== lintian"
# Run as a normal user when we can: lintian warns when run as root.
lintian --fail-on error --display-level '>=warning' "$deb"

work=$(mktemp -d)
server_pid=""
window_pid=""
cleanup() {
    [ -n "$window_pid" ] && kill "$window_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

echo "== install"
if dpkg-query -W -f='${Status}' haul 2>/dev/null | grep -q "install ok installed"; then
    echo "note: a haul package was installed before this test; it is replaced" >&2
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q "$deb"
dpkg-query -L haul | sort > "$work/files.txt"
for f in /usr/bin/haul /usr/share/applications/io.github.haul.Haul.desktop \
    /usr/share/metainfo/io.github.haul.Haul.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.haul.Haul.svg \
    /usr/share/icons/hicolor/48x48/apps/io.github.haul.Haul.png \
    /usr/share/icons/hicolor/128x128/apps/io.github.haul.Haul.png \
    /usr/share/icons/hicolor/256x256/apps/io.github.haul.Haul.png \
    /usr/share/man/man1/haul.1.gz /usr/share/bash-completion/completions/haul \
    /usr/share/doc/haul/copyright /usr/share/doc/haul/changelog.gz; do
    grep -qx "$f" "$work/files.txt" || { echo "FAIL: the package lacks $f" >&2; exit 1; }
done

echo "== the installed haul"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" HAUL_STORE="$work/store.sqlite"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
[ "$(/usr/bin/haul --version)" = "haul $version" ] || { echo "FAIL: haul --version" >&2; exit 1; }
MANWIDTH=80 man -l /usr/share/man/man1/haul.1.gz 2>/dev/null | grep -q "setnoprogresstimeout" \
    || { echo "FAIL: the manual page does not render" >&2; exit 1; }

mkdir -p "$work/www" "$work/out"
head -c $((3 * 1024 * 1024 + 17)) /dev/urandom > "$work/www/payload.bin"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/www" "$port" >/dev/null 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/payload.bin')" \
        2>/dev/null && break
    sleep 0.1
done
timeout 60 /usr/bin/haul transfer "http://127.0.0.1:$port/payload.bin" "$work/out/payload.bin" 2>/dev/null
cmp "$work/www/payload.bin" "$work/out/payload.bin" || { echo "FAIL: transferred bytes differ" >&2; exit 1; }
echo "transfer: $(stat -c %s "$work/out/payload.bin") bytes, equal to the server's"

# The browser's way in: the host manifests name /usr/bin/haul, which answers the extension's
# hello in native messaging's framing; the extension folder is installed.
for m in /etc/chromium/native-messaging-hosts/io.github.haul.json \
    /etc/opt/chrome/native-messaging-hosts/io.github.haul.json \
    /usr/lib/mozilla/native-messaging-hosts/io.github.haul.json; do
    python3 -c 'import json,sys; m=json.load(open(sys.argv[1])); assert m["path"]=="/usr/bin/haul" and m["name"]=="io.github.haul", m' "$m" \
        || { echo "FAIL: $m is missing or wrong" >&2; exit 1; }
done
[ -f /usr/share/haul/browser/manifest.json ] || { echo "FAIL: the extension is not installed" >&2; exit 1; }
id=$(python3 -c 'import json; print(json.load(open("/etc/chromium/native-messaging-hosts/io.github.haul.json"))["allowed_origins"][0])')
hello=$(python3 -c '
import json, struct, subprocess, sys
body = b"{\"type\":\"hello\"}"
out = subprocess.run(["/usr/bin/haul", sys.argv[1]], input=struct.pack("=I", len(body)) + body,
                     capture_output=True, timeout=30, env={"HAUL_STORE": sys.argv[2], "HOME": sys.argv[3]}).stdout
n = struct.unpack("=I", out[:4])[0]
print(json.loads(out[4:4 + n])["ok"])' "$id" "$work/browser-store.sqlite" "$work")
[ "$hello" = True ] || { echo "FAIL: the installed host did not answer hello: $hello" >&2; exit 1; }
echo "browser: host manifests for Chromium, Chrome and Firefox; the host answers"

# The window: started from the installed binary under a virtual X server, it must map a
# top-level window titled Haul within 20 seconds.
cat > "$work/window.sh" <<'WINDOW'
set -u
/usr/bin/haul >"$1/window.log" 2>&1 &
pid=$!
echo "$pid" > "$1/window.pid"
for _ in $(seq 200); do
    # A top-level window named Haul, viewable and of a real size (not Qt's 1x1 leader).
    for id in $(xwininfo -root -tree 2>/dev/null | awk '/"Haul/ { print $1 }'); do
        info=$(xwininfo -id "$id" 2>/dev/null) || continue
        width=$(echo "$info" | awk '/Width:/ { print $2 }')
        if echo "$info" | grep -q "Map State: IsViewable" && [ "${width:-0}" -ge 200 ]; then
            echo "window mapped: $(echo "$info" | grep -E 'xwininfo:|geometry' | xargs)"
            kill "$pid"; wait "$pid" 2>/dev/null
            exit 0
        fi
    done
    kill -0 "$pid" 2>/dev/null || { echo "the window exited:"; cat "$1/window.log"; exit 1; }
    sleep 0.1
done
echo "no window mapped in 20 s"; cat "$1/window.log"; kill "$pid"; exit 1
WINDOW
timeout 60 xvfb-run -a bash "$work/window.sh" "$work" || { echo "FAIL: the installed window did not map" >&2; exit 1; }

echo "== remove"
$sudo apt-get remove --purge -y -q haul
if dpkg-query -W -f='${Status}' haul 2>/dev/null | grep -q "installed"; then
    echo "FAIL: haul is still installed" >&2; exit 1
fi
left=0
while read -r f; do
    # Shared folders (/usr/share/icons/...) stay; haul's own files and folders must not.
    if [ -e "$f" ] && { [ ! -d "$f" ] || [[ "$f" == */haul ]]; }; then
        echo "left behind: $f" >&2; left=1
    fi
done < "$work/files.txt"
# The manifest postinst put where Google Chrome looks goes with the package too.
[ -e /etc/opt/chrome/native-messaging-hosts/io.github.haul.json ] && { echo "left behind: /etc/opt/chrome/native-messaging-hosts/io.github.haul.json" >&2; left=1; }
[ $left -eq 0 ] || { echo "FAIL: files of the package are left" >&2; exit 1; }
echo "package test: built, lintian clean, installed, ran (version, transfer, browser host, man page, window), removed without a trace"
