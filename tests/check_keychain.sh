#!/usr/bin/env bash
# Credentials in a real system keychain: a private D-Bus session with GNOME Keyring's
# Secret Service (an empty, unlocked keyring in a temporary home), a loopback server that
# demands Basic auth, and the real `haul serve`:
#   1. the job fails with 401; `haul setcredentials` says the keychain keeps them;
#   2. the store's bytes hold neither the user nor the secret;
#   3. the owner stops and a new one starts: Resume succeeds with the credentials it read
#      back from the keychain (nobody typed them again);
#   4. Complete forgets them: the store's credential_refs is empty again.
#   check_keychain.sh HAUL_BINARY
# Needs dbus-run-session (dbus) and gnome-keyring-daemon (gnome-keyring).
set -euo pipefail
haul=$1
if [ -z "${HAUL_IN_SESSION:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon python3; do
        command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing (installer/setup-debian.sh --tests)" >&2; exit 1; }
    done
    HAUL_IN_SESSION=1 timeout 120 dbus-run-session -- bash "$0" "$@" 2>&1 \
        | grep -v -e "Failed to set fd limit" -e "SystemPrompter" -e "cannot open display"
    exit "${PIPESTATUS[0]}"
fi

work=$(mktemp -d)
server_pid=""
owner_pid=""
cleanup() {
    [ -n "$owner_pid" ] && kill "$owner_pid" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "${keyring_pid:-}" ] && kill "$keyring_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# A login keyring with a password (an empty one is not created), unlocked, as after login.
keyring=$(printf 'haul-test' | gnome-keyring-daemon --unlock --components=secrets)
while IFS= read -r line; do [ -n "$line" ] && export "$line"; done <<<"$keyring"
keyring_pid=${GNOME_KEYRING_PID:-}
export HAUL_STORE=$work/jobs.sqlite HAUL_KEYCHAIN_SERVICE=haul-test-$$ LANGUAGE=en LC_ALL=C.UTF-8

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 - "$port" >/dev/null 2>&1 <<'PY' &
import base64, http.server, sys
want = "Basic " + base64.b64encode(b"dora:open sesame").decode()
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.headers.get("Authorization") != want:
            self.send_response(401); self.send_header("WWW-Authenticate", 'Basic realm="vault"')
            self.send_header("Content-Length", "0"); self.end_headers(); return
        body = b"the treasure\n" * 1000
        self.send_response(200); self.send_header("Content-Length", str(len(body)))
        self.end_headers(); self.wfile.write(body)
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()
PY
server_pid=$!

start_owner() {
    "$haul" serve >>"$work/serve.log" 2>&1 &
    owner_pid=$!
    for _ in $(seq 100); do grep -q serving "$work/serve.log" 2>/dev/null && return; sleep 0.1; done
    echo "FAIL: haul serve did not start" >&2; cat "$work/serve.log" >&2; exit 1
}
stop_owner() { # SIGTERM stops haul serve cleanly (exit 0); a crash or sanitizer abort does not
    kill "$owner_pid"
    local status=0
    wait "$owner_pid" 2>/dev/null || status=$?
    owner_pid=""
    if [ "$status" -ne 0 ]; then
        echo "FAIL: haul serve exited $status on SIGTERM" >&2; cat "$work/serve.log" >&2; exit 1
    fi
    if grep -qa -e "open sesame" -e "dora" "$work/serve.log"; then
        echo "FAIL: the owner's log holds the user name or the secret" >&2; exit 1
    fi
    : >"$work/serve.log"
}
state() { "$haul" info --json "$1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["job"]["state"])'; }
wait_state() { # job state
    for _ in $(seq 150); do [ "$(state "$1")" = "$2" ] && return; sleep 0.1; done
    echo "FAIL: job did not reach $2 (it is $(state "$1"))" >&2; exit 1
}
refs() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from credential_refs').fetchone()[0])" "$HAUL_STORE"; }

start_owner
mkdir -p "$work/out"
job=$("$haul" create --name vault)
"$haul" addfile "$job" "http://127.0.0.1:$port/treasure.txt" "$work/out" >/dev/null
"$haul" resume "$job" >/dev/null
wait_state "$job" Error
said=$(printf 'open sesame\n' | "$haul" setcredentials "$job" server basic dora 2>&1)
echo "$said" | grep -q "system keychain" || { echo "FAIL: setcredentials did not use the keychain: $said" >&2; exit 1; }
for _ in $(seq 50); do [ "$(refs)" = 1 ] && break; sleep 0.1; done
[ "$(refs)" = 1 ] || { echo "FAIL: the store does not record that the job has credentials" >&2; exit 1; }
stop_owner
for f in "$HAUL_STORE" "$HAUL_STORE-wal"; do
    if [ -f "$f" ] && grep -qa -e "open sesame" -e "dora" "$f"; then
        echo "FAIL: $f holds the user name or the secret" >&2; exit 1
    fi
done

start_owner # a new process: the credentials can only come from the keychain
"$haul" resume "$job" >/dev/null
wait_state "$job" Transferred
"$haul" complete "$job" >/dev/null
[ "$(cat "$work/out/treasure.txt" | wc -l)" = 1000 ] || { echo "FAIL: wrong bytes" >&2; exit 1; }
[ "$(refs)" = 0 ] || { echo "FAIL: the credentials were not forgotten at Complete" >&2; exit 1; }
stop_owner
echo "keychain: stored in the Secret Service, read back by a new owner after a restart, forgotten at Complete; never in the store"
