#!/usr/bin/env python3
"""A loopback HTTP server for the README screenshots: generated files, a slow one, a
forbidden one and a missing one. Listens on 127.0.0.1 only; stops after --lifetime seconds."""
import argparse
import hashlib
import http.server
import threading
import time


def body(name, size):
    seed = hashlib.sha256(name.encode()).digest()
    return (seed * (size // len(seed) + 1))[:size]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    sizes = {"ubuntu-24.04-desktop-amd64.iso": 64 << 20, "debian-12-netinst.iso": 48 << 20,
             "holiday-photos.zip": 12 << 20, "podcast-episode-112.mp3": 9 << 20,
             "report-2026.pdf": 3 << 20, "fonts.tar.xz": 2 << 20}

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.path.lstrip("/")
        if path.startswith("forbidden/"):
            return self.simple(403, b"Forbidden")
        if path.startswith("missing/"):
            return self.simple(404, b"Not Found")
        name = path.split("/")[-1]
        slow = path.startswith("slow/")
        if name not in self.sizes:
            return self.simple(404, b"Not Found")
        data = body(name, self.sizes[name])
        start = 0
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes=") and rng.endswith("-"):
            start = int(rng[6:-1])
            self.send_response(206)
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, len(data) - 1, len(data)))
        else:
            self.send_response(200)
        self.send_header("Content-Length", str(len(data) - start))
        self.send_header("ETag", '"%s"' % hashlib.sha1(name.encode()).hexdigest()[:16])
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        chunk = 16384
        try:
            for i in range(start, len(data), chunk):
                self.wfile.write(data[i:i + chunk])
                if slow:
                    time.sleep(chunk / (300 * 1024))
        except (BrokenPipeError, ConnectionResetError):
            pass

    def simple(self, status, text):
        self.send_response(status)
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--lifetime", type=int, default=600)
    args = parser.parse_args()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()


if __name__ == "__main__":
    main()
