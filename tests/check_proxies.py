#!/usr/bin/env python3
"""Haul through real proxies on 127.0.0.1: tinyproxy with Basic auth (plain http and
https by CONNECT) and microsocks (SOCKS5), each started here with its own config, log and
pid in a temporary folder and stopped by that pid; never a system service.

Covers: a 407 fixed by `setcredentials JOB proxy` + `resume` finishes with the origin's
exact bytes; credentials in http_proxy's URL; all_proxy=socks5h:// (the proxy looks the
name up) and socks5:// (Haul does); no_proxy and a job's bypass list go direct (the
origin sees the request, the proxy's log does not); a job's override beats the
environment; the proxy password never reaches the origin (its log of request headers)
nor the job store (the SQLite files); setproxysettings refuses bad input with exit 2
and changes nothing.

  tests/check_proxies.py HAUL_BINARY CERT_DIR
A missing program fails the run and names its Debian package
(installer/setup-debian.sh --tests installs them).
"""
import hashlib
import http.server
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

USER, PASSWORD = "alice", "pr0xy-s3cret-7f3a"
WAIT = 60  # seconds: the bound of every wait


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def payload(name):
    """The origin's bytes for a path: deterministic, 300 kB, different per name."""
    seed = hashlib.sha256(name.encode()).digest()
    out = bytearray()
    while len(out) < 300_000:
        seed = hashlib.sha256(seed).digest()
        out += seed
    return bytes(out[:300_000])


class Origin:
    """An HTTP (or HTTPS) origin that logs every request line and header as JSON."""

    def __init__(self, work, tls_dir=None):
        self.log = work / ("origin-tls.log" if tls_dir else "origin.log")
        self.lock = threading.Lock()
        origin = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                with origin.lock, open(origin.log, "a") as f:
                    f.write(json.dumps({"line": self.requestline,
                                        "headers": dict(self.headers.items())}) + "\n")
                body = payload(self.path.split("?")[0])
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Content-Type", "application/octet-stream")
                self.end_headers()
                self.wfile.write(body)

        self.port = free_port()
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        if tls_dir:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(tls_dir / "server.pem", tls_dir / "server.key")
            self.server.socket = ctx.wrap_socket(self.server.socket, server_side=True)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def text(self):
        return self.log.read_text() if self.log.exists() else ""

    def requests_for(self, marker):
        return [json.loads(l) for l in self.text().splitlines() if marker in l]


class Daemon:
    """A program started here, in the foreground, and stopped by its own pid."""

    def __init__(self, argv, log, package):
        if not shutil.which(argv[0]):
            raise SystemExit(f"FAIL: {argv[0]} is missing: apt-get install {package} "
                             "(installer/setup-debian.sh --tests)")
        self.log = log
        # stdbuf: microsocks logs with stdio; without it its lines come at exit only.
        self.proc = subprocess.Popen(["stdbuf", "-oL", "-eL"] + argv, stdout=open(log, "ab"),
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)

    def wait_port(self, port):
        deadline = time.time() + WAIT
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"FAIL: {self.proc.args} exited: {self.log.read_text()[-2000:]}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    return
            time.sleep(0.05)
        raise SystemExit(f"FAIL: nothing listens on {port}")

    def text(self):
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def stop(self):
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                os.kill(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


class Check:
    def __init__(self, haul, certs):
        self.haul = haul
        self.certs = Path(certs)
        self.work = Path(tempfile.mkdtemp(prefix="haul-proxies-"))
        self.failures = []
        self.daemons = []
        self.serves = []
        self.origin = Origin(self.work)
        self.tls_origin = Origin(self.work, self.certs)
        self.tinyproxy_port = free_port()
        conf = self.work / "tinyproxy.conf"
        conf.write_text(f"""Port {self.tinyproxy_port}
Listen 127.0.0.1
Timeout 60
PidFile "{self.work}/tinyproxy.pid"
LogFile "{self.work}/tinyproxy.log"
LogLevel Info
MaxClients 64
BasicAuth {USER} {PASSWORD}
DisableViaHeader Yes
""")
        self.tinyproxy = self.start(["tinyproxy", "-d", "-c", str(conf)], "tinyproxy.out",
                                    "tinyproxy", self.tinyproxy_port)
        self.socks_port = free_port()
        self.socks = self.start(["microsocks", "-i", "127.0.0.1", "-p", str(self.socks_port)],
                                "microsocks.log", "microsocks", self.socks_port)

    def start(self, argv, log, package, port):
        d = Daemon(argv, self.work / log, package)
        self.daemons.append(d)
        d.wait_port(port)
        return d

    def tinyproxy_log(self):
        p = self.work / "tinyproxy.log"
        return p.read_text(errors="replace") if p.exists() else ""

    # -- haul -------------------------------------------------------------------------
    def env(self, name, extra):
        env = {k: v for k, v in os.environ.items()
               if k.lower() not in ("http_proxy", "https_proxy", "all_proxy", "no_proxy")}
        home = self.work / name / "home"
        home.mkdir(parents=True, exist_ok=True)
        env.update(HAUL_STORE=str(self.work / name / "jobs.sqlite"), HOME=str(home),
                   XDG_CONFIG_HOME=str(home / ".config"), LANGUAGE="en", LC_ALL="C.UTF-8",
                   QT_QPA_PLATFORM="offscreen", SSL_CERT_FILE=str(self.certs / "ca.pem"),
                   DBUS_SESSION_BUS_ADDRESS="disabled:")
        env.update(extra)
        return env

    def run(self, env, *args, stdin=None):
        p = subprocess.run([self.haul, *args], env=env, input=stdin, capture_output=True,
                           text=True, timeout=WAIT)
        return p.returncode, p.stdout, p.stderr

    def serve(self, env, name):
        log = self.work / name / "serve.log"
        proc = subprocess.Popen([self.haul, "serve"], env=env, stdout=open(log, "w"),
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        self.serves.append(proc)
        deadline = time.time() + WAIT
        while time.time() < deadline and "serving" not in log.read_text():
            if proc.poll() is not None:
                break
            time.sleep(0.05)
        if "serving" not in log.read_text():
            raise SystemExit(f"FAIL: haul serve did not start: {log.read_text()}")
        return proc

    def info(self, env, job):
        code, out, err = self.run(env, "info", job, "--json")
        if code != 0:
            raise AssertionError(f"haul info {job}: exit {code}: {err}")
        return json.loads(out)["job"]

    def wait_state(self, env, job, states):
        deadline = time.time() + WAIT
        j = {}
        while time.time() < deadline:
            j = self.info(env, job)
            if j["state"] in states:
                return j
            time.sleep(0.2)
        raise AssertionError(f"job {job} stayed {j.get('state')} ({j.get('error')}), "
                             f"not {states}")

    def new_job(self, env, *urls):
        code, out, err = self.run(env, "create", "--name", "p")
        assert code == 0, err
        job = out.strip()
        for url in urls:
            code, out, err = self.run(env, "addfile", job, url, str(self.work / "out"))
            assert code == 0, f"addfile {url}: {err}"
        return job

    def finish(self, env, job, urls):
        j = self.wait_state(env, job, ["Transferred", "Error"])
        if j["state"] == "Error" and j["error"]["codeName"] == "HAUL_E_CERTIFICATE_REJECTED":
            # The origin's test certificate: trusted the way a user does, for that host.
            code, _, err = self.run(env, "trustcert", job)
            assert code == 0, err
            code, _, err = self.run(env, "resume", job)
            assert code == 0, err
        self.wait_state(env, job, ["Transferred"])
        code, _, err = self.run(env, "complete", job)
        assert code == 0, err
        j = self.info(env, job)
        for f, url in zip(j["files"], urls):
            path = url.split("/", 3)[3].split("?")[0]
            got = Path(f["localPath"]).read_bytes()
            assert got == payload("/" + path), f"{f['localPath']} differs from the origin's bytes"

    def transfer(self, env, url):
        code, out, err = self.run(env, "transfer", "--dest", str(self.work / "out"), url)
        assert code == 0, f"haul transfer {url}: exit {code}: {err}"
        path = url.split("/", 3)[3].split("?")[0]
        matches = [p for p in (self.work / "out").iterdir() if p.name.startswith(Path(path).stem)]
        assert any(p.read_bytes() == payload("/" + path) for p in matches), "bytes differ"

    def store_is_clean(self, name):
        for suffix in ("", "-wal", "-shm", "-journal"):
            f = self.work / name / ("jobs.sqlite" + suffix)
            if not f.is_file():
                continue
            data = f.read_bytes()
            assert PASSWORD.encode() not in data, f"the proxy password is in {f.name}"

    def origin_never_saw_the_password(self):
        for origin in (self.origin, self.tls_origin):
            text = origin.text()
            assert "Proxy-Authorization" not in text and "proxy-authorization" not in text, \
                "the origin saw a Proxy-Authorization header"
            assert PASSWORD not in text, "the origin saw the proxy password"

    # -- scenarios ----------------------------------------------------------------------
    def test_407_then_setcredentials_proxy_then_resume_finishes(self):
        env = self.env("auth", {"http_proxy": f"http://127.0.0.1:{self.tinyproxy_port}",
                                "https_proxy": f"http://127.0.0.1:{self.tinyproxy_port}"})
        (self.work / "out").mkdir(exist_ok=True)
        self.serve(env, "auth")
        urls = [f"http://127.0.0.1:{self.origin.port}/auth-plain.bin?m=auth",
                f"https://localhost:{self.tls_origin.port}/auth-tls.bin?m=auth"]
        job = self.new_job(env, *urls)
        code, _, err = self.run(env, "resume", job)
        assert code == 0, err
        j = self.wait_state(env, job, ["Error"])
        assert j["error"]["codeName"] == "BG_E_HTTP_ERROR_407", j["error"]
        code, out, err = self.run(env, "setcredentials", job, "proxy", "basic", USER,
                                  stdin=PASSWORD + "\n")
        assert code == 0, err
        code, _, err = self.run(env, "resume", job)
        assert code == 0, err
        self.finish(env, job, urls)
        log = self.tinyproxy_log()
        assert f"127.0.0.1:{self.origin.port}/auth-plain.bin" in log, "tinyproxy saw no GET"
        assert f"CONNECT localhost:{self.tls_origin.port}" in log, "tinyproxy saw no CONNECT"
        assert self.origin.requests_for("auth-plain"), "the origin saw no request"
        assert self.tls_origin.requests_for("auth-tls"), "the TLS origin saw no request"
        _, out, _ = self.run(env, "info", job, "--json")
        assert PASSWORD not in out
        self.store_is_clean("auth")

    def test_credentials_in_http_proxys_url_are_used_never_stored_nor_printed(self):
        env = self.env("urlauth", {
            "http_proxy": f"http://{USER}:{PASSWORD}@127.0.0.1:{self.tinyproxy_port}"})
        self.transfer(env, f"http://127.0.0.1:{self.origin.port}/urlauth.bin?m=urlauth")
        assert "/urlauth.bin" in self.tinyproxy_log(), "tinyproxy saw no request"
        code, out, err = self.run(env, "list", "--json")
        assert PASSWORD not in out + err
        self.store_is_clean("urlauth")

    def test_all_proxy_socks5h_lets_the_proxy_resolve_the_name(self):
        env = self.env("socks5h", {"ALL_PROXY": f"socks5h://127.0.0.1:{self.socks_port}"})
        self.transfer(env, f"http://localhost:{self.origin.port}/socks5h.bin?m=socks5h")
        self.serve(env, "socks5h")
        url = f"https://localhost:{self.tls_origin.port}/socks5h-tls.bin"
        job = self.new_job(env, url)
        code, _, err = self.run(env, "resume", job)
        assert code == 0, err
        self.finish(env, job, [url])
        log = self.socks.text()
        assert f"connected to localhost:{self.origin.port}" in log, log
        assert f"connected to localhost:{self.tls_origin.port}" in log, log

    def test_all_proxy_socks5_resolves_the_name_in_haul(self):
        env = self.env("socks5", {"all_proxy": f"socks5://127.0.0.1:{self.socks_port}"})
        self.transfer(env, f"http://localhost:{self.origin.port}/socks5.bin?m=socks5")
        log = self.socks.text()
        assert f"connected to 127.0.0.1:{self.origin.port}" in log \
            or f"connected to ::1:{self.origin.port}" in log, log

    def test_no_proxy_goes_direct(self):
        env = self.env("noproxy", {
            "http_proxy": f"http://{USER}:{PASSWORD}@127.0.0.1:{self.tinyproxy_port}",
            "no_proxy": "example.org, 127.0.0.1"})
        self.transfer(env, f"http://127.0.0.1:{self.origin.port}/direct-env.bin?m=direct-env")
        assert self.origin.requests_for("direct-env"), "the origin saw no request"
        assert "direct-env" not in self.tinyproxy_log(), "the request went through the proxy"

    def test_a_jobs_override_beats_the_environment_and_its_bypass_list_goes_direct(self):
        dead = free_port()  # nothing listens there: the environment's proxy would fail
        env = self.env("override", {"http_proxy": f"http://127.0.0.1:{dead}",
                                    "all_proxy": f"http://127.0.0.1:{dead}"})
        self.serve(env, "override")
        seen = len(self.socks.text())
        urls = [f"http://localhost:{self.origin.port}/override.bin?m=override",
                f"http://127.0.0.1:{self.origin.port}/bypassed.bin?m=bypassed"]
        job = self.new_job(env, *urls)
        code, out, err = self.run(env, "setproxysettings", job, "override",
                                  f"socks5h://127.0.0.1:{self.socks_port}", "127.0.0.1")
        assert code == 0, err
        proxy = self.info(env, job)["proxy"]
        assert proxy == {"mode": "override",
                         "proxies": [f"socks5h://127.0.0.1:{self.socks_port}"],
                         "bypass": ["127.0.0.1"]}, proxy
        code, out, _ = self.run(env, "info", job)
        assert f"override socks5h://127.0.0.1:{self.socks_port}" in out, out
        code, _, err = self.run(env, "resume", job)
        assert code == 0, err
        self.finish(env, job, urls)
        log = self.socks.text()[seen:]
        assert f"connected to localhost:{self.origin.port}" in log, log
        assert self.origin.requests_for("bypassed"), "the bypassed file did not come direct"
        assert f"connected to 127.0.0.1:{self.origin.port}" not in log

    def test_setproxysettings_refuses_bad_input_with_exit_2_and_changes_nothing(self):
        env = self.env("bad", {})
        job = self.new_job(env)
        before = self.info(env, job)
        bad = [["autodetect"], ["override"], ["override", "ftp://h:21"],
               ["override", "http://:3128"], ["override", "http://h:99999"],
               ["override", "http://h:port"], ["override", f"http://{USER}:{PASSWORD}@h:3128"],
               ["preconfig", "http://h:1"], ["override", "http://h:1;https://h:2"]]
        for args in bad:
            code, out, err = self.run(env, "setproxysettings", job, *args)
            assert code == 2, f"setproxysettings {args}: exit {code}"
            assert err.strip() and "\n" not in err.strip(), f"{args}: message {err!r}"
            assert PASSWORD not in err + out
            after = self.info(env, job)
            assert after["proxy"] == before["proxy"], f"{args} changed {after['proxy']}"
            assert after["modificationTime"] == before["modificationTime"], f"{args} touched it"
        self.store_is_clean("bad")

    def main(self):
        tests = [getattr(self, n) for n in dir(self) if n.startswith("test_")]
        try:
            for t in sorted(tests, key=lambda t: t.__code__.co_firstlineno):
                try:
                    t()
                    print(f"PASS {t.__name__}")
                except Exception as e:  # noqa: BLE001 - every failure is reported
                    self.failures.append(t.__name__)
                    print(f"FAIL {t.__name__}: {e}\n{traceback.format_exc(limit=-2)}")
            try:
                self.origin_never_saw_the_password()
                print("PASS the_origins_never_saw_the_proxy_password")
            except AssertionError as e:
                self.failures.append("origin")
                print(f"FAIL the_origins_never_saw_the_proxy_password: {e}")
        finally:
            for proc in self.serves:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
                    try:
                        proc.wait(20)
                    except subprocess.TimeoutExpired:
                        proc.kill()
                        proc.wait(10)
            for d in self.daemons:
                d.stop()
            self.origin.server.shutdown()
            self.tls_origin.server.shutdown()
        if self.failures:
            print(f"logs kept in {self.work}")
            return 1
        shutil.rmtree(self.work, ignore_errors=True)
        return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    sys.exit(Check(sys.argv[1], sys.argv[2]).main())
