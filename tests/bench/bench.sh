#!/usr/bin/env bash
# Benchmark: one 1 GiB file from nginx on 127.0.0.1, downloaded alternately by
# `haul transfer` and by curl in the same run. Prints the medians of wall time, CPU time and
# peak memory (RSS) and the ratios haul/curl.
#   tests/bench/bench.sh [ROUNDS] [SIZE_MIB]      (defaults: 5 rounds, 1024 MiB)
# Needs the Release build (installer/start.sh builds it) and: installer/setup-debian.sh --bench
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-5}
size_mib=${2:-1024}
root=$(pwd)
haul="$root/build/release/bin/haul"
work="$root/tests/bench/work"

bash installer/setup-debian.sh --bench
if [ ! -x "$haul" ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target haul
fi

mkdir -p "$work/www" "$work/out" "$work/nginx"
chmod -R a+rX "$work"
payload="$work/www/payload.bin"
if [ ! -f "$payload" ] || [ "$(stat -c %s "$payload")" -ne $((size_mib * 1024 * 1024)) ]; then
    echo "Generating a ${size_mib} MiB payload..." >&2
    head -c $((size_mib * 1024 * 1024)) /dev/urandom > "$payload"
    chmod a+r "$payload"
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 64; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        root $work/www;
    }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
trap 'kill $nginx_pid 2>/dev/null; wait $nginx_pid 2>/dev/null; rm -rf "$work/out"' EXIT
for _ in $(seq 50); do
    curl -s -o /dev/null -r 0-0 "http://127.0.0.1:$port/payload.bin" && break
    sleep 0.1
done
url="http://127.0.0.1:$port/payload.bin"
expected=$(sha256sum "$payload" | cut -d' ' -f1)

# One measured run: prints "wall cpu peak_kib".
measure() {
    local out=$1; shift
    rm -f "$out"
    sync
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || {
        cat "$work/stderr.txt" >&2; return 1; }
    read -r wall user sys peak < "$work/time.txt"
    awk -v w="$wall" -v u="$user" -v s="$sys" -v p="$peak" 'BEGIN { printf "%s %.2f %s\n", w, u + s, p }'
}

haul_rows=()
curl_rows=()
for i in $(seq "$rounds"); do
    rm -f "$work/store.sqlite"*
    h=$(measure "$work/out/haul.bin" env HAUL_STORE="$work/store.sqlite" "$haul" transfer "$url" "$work/out/haul.bin")
    [ "$(sha256sum "$work/out/haul.bin" | cut -d' ' -f1)" = "$expected" ] || { echo "haul: wrong bytes" >&2; exit 1; }
    c=$(measure "$work/out/curl.bin" curl -sS -o "$work/out/curl.bin" "$url")
    haul_rows+=("$h")
    curl_rows+=("$c")
    echo "round $i: haul $h | curl $c" >&2
    rm -f "$work/out/haul.bin" "$work/out/curl.bin"
done

python3 - "$size_mib" "${haul_rows[@]}" -- "${curl_rows[@]}" <<'PY'
import statistics, sys
args = sys.argv[2:]
split = args.index("--")
def parse(rows):
    return [tuple(float(x) for x in r.split()) for r in rows]
haul, curl = parse(args[:split]), parse(args[split + 1:])
med = lambda rows, i: statistics.median(r[i] for r in rows)
hw, hc, hm = med(haul, 0), med(haul, 1), med(haul, 2) / 1024
cw, cc, cm = med(curl, 0), med(curl, 1), med(curl, 2) / 1024
size = int(sys.argv[1])
print(f"| {size} MiB from nginx on 127.0.0.1 | wall (s) | CPU (s) | peak RSS (MiB) |")
print("|---|---|---|---|")
print(f"| haul transfer | {hw:.2f} | {hc:.2f} | {hm:.1f} |")
print(f"| curl | {cw:.2f} | {cc:.2f} | {cm:.1f} |")
print(f"| ratio haul/curl | {hw / cw:.2f} | {hc / cc:.2f} | {hm / cm:.2f} |")
ok_wall, ok_mem = hw <= cw * 1.0, hm <= 64
print()
print(f"wall <= 1.0x curl: {'yes' if ok_wall else 'NO'}; peak memory <= 64 MiB: {'yes' if ok_mem else 'NO'}")
PY
