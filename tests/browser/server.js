// The loopback web site the browser tests visit (127.0.0.1, a random port): its page sets a
// session cookie, and its files are served only with that cookie (else 403 and an HTML login
// page, as real sites do). Every request is logged for the tests to check.
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');

// Deterministic bytes, different at every offset, so a file spliced wrong never equals.
function contentOf(name, size) {
    const out = Buffer.alloc(size);
    let block = Buffer.alloc(0);
    for (let offset = 0, counter = 0; offset < size; offset += block.length, ++counter) {
        block = crypto.createHash('sha256').update(`${name}:${counter}`).digest();
        block.copy(out, offset, 0, Math.min(block.length, size - offset));
    }
    return out;
}

function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

class TestSite {
    constructor() {
        this.cookieValue = crypto.randomBytes(12).toString('hex');
        this.log = [];
        this.files = new Map(); // name -> Buffer
        // The expired-link scenario: the first link breaks off after 40 % and then answers
        // 403; the page then offers a fresh link to the same bytes.
        this.renewal = { expired: false, offerFresh: false, cutFraction: 0.4 };
        this.lastModified = new Date(Date.UTC(2024, 0, 2, 3, 4, 5)).toUTCString();
        this.server = http.createServer((req, res) => this.handle(req, res));
        this.sockets = new Set();
        this.server.on('connection', (socket) => {
            this.sockets.add(socket);
            socket.on('close', () => this.sockets.delete(socket));
        });
    }

    addFile(name, size) {
        this.files.set(name, contentOf(name, size));
        return this.files.get(name);
    }

    async start() {
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(0, '127.0.0.1', resolve);
        });
        this.origin = `http://127.0.0.1:${this.server.address().port}`;
        return this.origin;
    }

    async stop() {
        for (const socket of this.sockets) socket.destroy();
        await new Promise((resolve) => this.server.close(resolve));
    }

    requestsFor(path) {
        return this.log.filter((entry) => entry.path === path);
    }

    hasCookie(req) {
        return (req.headers.cookie || '').split(/;\s*/).includes(`haulsession=${this.cookieValue}`);
    }

    page(res, body, setCookie) {
        const headers = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
        if (setCookie)
            headers['Set-Cookie'] =
                `haulsession=${this.cookieValue}; Path=/; HttpOnly; SameSite=Lax`;
        res.writeHead(200, headers);
        res.end(
            `<!doctype html><html><head><meta charset="utf-8"><title>Test site</title></head><body>${body}</body></html>`,
        );
    }

    forbidden(res) {
        res.writeHead(403, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
            '<!doctype html><html><body><h1>Please log in</h1><form><input name="user"></form></body></html>',
        );
    }

    // A file, whole or from a Range, with a validator so a renewed link can be checked as
    // the same entity; `cutAt` sends that many bytes of a whole answer and breaks off.
    file(req, res, name, { cutAt = -1, attachment = true, rate = 0 } = {}) {
        const data = this.files.get(name);
        const etag = `"${crypto.createHash('sha256').update(data).digest('hex').slice(0, 16)}"`;
        const headers = {
            'Content-Type': name.endsWith('.pdf') ? 'application/pdf' : 'application/octet-stream',
            'Accept-Ranges': 'bytes',
            // Every download asks the server: no answer from the browser's cache.
            'Cache-Control': 'no-store',
            ETag: etag,
            'Last-Modified': this.lastModified,
        };
        if (attachment) headers['Content-Disposition'] = `attachment; filename="${name}"`;
        const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range || '');
        const ifRange = req.headers['if-range'];
        if (range && (!ifRange || ifRange === etag || ifRange === this.lastModified)) {
            const start = Number(range[1]);
            const end =
                range[2] === '' ? data.length - 1 : Math.min(Number(range[2]), data.length - 1);
            if (start >= data.length || start > end) {
                res.writeHead(416, { 'Content-Range': `bytes */${data.length}` });
                res.end();
                return;
            }
            headers['Content-Range'] = `bytes ${start}-${end}/${data.length}`;
            headers['Content-Length'] = end - start + 1;
            res.writeHead(206, headers);
            this.send(req, res, data.subarray(start, end + 1), rate);
            return;
        }
        headers['Content-Length'] = data.length;
        res.writeHead(200, headers);
        if (req.method === 'HEAD') {
            res.end();
        } else if (cutAt >= 0) {
            res.write(data.subarray(0, cutAt), () =>
                setTimeout(() => res.socket && res.socket.destroy(), 200),
            );
        } else {
            this.send(req, res, data, rate);
        }
    }

    // The body, at `rate` bytes a second when that is set (a download that lasts a while).
    send(req, res, body, rate) {
        if (req.method === 'HEAD') return res.end();
        if (rate <= 0) return res.end(body);
        const chunk = 16 * 1024;
        let offset = 0;
        let timer = null;
        res.once('close', () => clearTimeout(timer));
        const next = () => {
            if (res.destroyed || offset >= body.length) return res.end();
            res.write(body.subarray(offset, offset + chunk));
            offset += chunk;
            timer = setTimeout(next, (chunk / rate) * 1000);
            return undefined;
        };
        return next();
    }

    handle(req, res) {
        const url = new URL(req.url, this.origin);
        this.log.push({
            method: req.method,
            path: url.pathname,
            range: req.headers.range || '',
            ifRange: req.headers['if-range'] || '',
            referer: req.headers.referer || '',
            userAgent: req.headers['user-agent'] || '',
            cookie: this.hasCookie(req),
            // Browsers send Sec-Fetch-* headers; Haul does not.
            fromBrowser: req.headers['sec-fetch-mode'] !== undefined,
            time: Date.now(),
        });
        if (url.pathname === '/favicon.ico') {
            res.writeHead(404);
            res.end();
        } else if (url.pathname === '/') {
            this.page(res, this.indexBody(), true);
        } else if (url.pathname === '/renew') {
            this.page(res, this.renewBody(), true);
        } else if (url.pathname.startsWith('/files/')) {
            const name = decodeURIComponent(url.pathname.slice('/files/'.length));
            if (!this.files.has(name)) return this.notFound(res);
            if (!this.hasCookie(req)) return this.forbidden(res);
            this.file(req, res, name, { rate: name.startsWith('slow') ? 256 * 1024 : 0 });
        } else if (
            url.pathname === '/expiring/first/big.bin' ||
            url.pathname === '/expiring/fresh/big.bin'
        ) {
            this.expiring(req, res, url.pathname.includes('/first/'));
        } else {
            this.notFound(res);
        }
        return undefined;
    }

    // The browser's own request for the first link is answered whole (the extension cancels
    // it); Haul's first one breaks off after 40 %, and every later one answers 403.
    expiring(req, res, first) {
        if (!this.hasCookie(req)) return this.forbidden(res);
        if (first) {
            if (req.headers['sec-fetch-mode'] !== undefined) return this.file(req, res, 'big.bin');
            if (this.renewal.expired) return this.forbidden(res);
            this.renewal.expired = true;
            const data = this.files.get('big.bin');
            return this.file(req, res, 'big.bin', {
                cutAt: Math.floor(data.length * this.renewal.cutFraction),
            });
        }
        if (!this.renewal.offerFresh) return this.notFound(res);
        return this.file(req, res, 'big.bin');
    }

    notFound(res) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        res.end('not found');
    }

    indexBody() {
        const links = [...this.files.keys()]
            .filter((name) => name !== 'big.bin')
            .map(
                (name) =>
                    `<li><a id="${escapeHtml(name.replace(/\W/g, '_'))}" href="/files/${encodeURIComponent(name)}">${escapeHtml(name)}</a></li>`,
            )
            .join('');
        return (
            `<h1>Test site</h1><ul id="links">${links}</ul>` +
            '<p id="selection">Several: <a href="/files/data.bin">one</a>, <a href="/files/small.bin">two</a>, ' +
            '<a href="javascript:alert(1)">not a file</a>, <a href="data:text/plain,x">data</a>.</p>' +
            '<p id="outside"><a href="/files/outside.bin">outside the selection</a></p>' +
            '<p><a id="expiring" href="/expiring/first/big.bin">big.bin</a></p>' +
            '<video id="video" src="/files/data.bin" preload="none" width="160" height="90"></video>'
        );
    }

    renewBody() {
        this.renewal.offerFresh = true;
        return '<h1>Your new link</h1><p><a id="fresh" href="/expiring/fresh/big.bin">big.bin</a></p>';
    }
}

module.exports = { TestSite, contentOf };
