// The messages to `haul browser-host` (PROTOCOL.md beside this file), built and checked as
// pure functions: what a page or the browser hands over is trimmed to the protocol's limits
// here, so the host never has to refuse a message for its size or shape.
'use strict';

(function (root) {
    const HOST = 'io.github.haul';
    const MAX_MESSAGE_BYTES = 1024 * 1024;
    const MAX_COOKIES = 300;
    const MAX_COOKIE_PART_BYTES = 4096;
    const MAX_ITEMS = 1000;
    const MAX_TEXT = 4096; // referrer, file name, MIME type, User-Agent
    const SOURCES = ['download', 'link', 'media'];
    // rules.js: loaded before this file in the browser, required in Node.
    const Rules =
        typeof module === 'object' && module.exports ? require('./rules.js') : root.HaulRules;

    function byteLength(text) {
        return new TextEncoder().encode(text).length;
    }

    function text(value, max) {
        return typeof value === 'string' && value !== '' && value.length <= max ? value : null;
    }

    // A cookie as cookies.getAll gives it, reduced to the protocol's fields.
    function cookie(c) {
        if (
            c === null ||
            typeof c !== 'object' ||
            typeof c.name !== 'string' ||
            typeof c.value !== 'string' ||
            typeof c.domain !== 'string'
        )
            return null;
        if (
            byteLength(c.name) > MAX_COOKIE_PART_BYTES ||
            byteLength(c.value) > MAX_COOKIE_PART_BYTES
        )
            return null;
        const out = {
            name: c.name,
            value: c.value,
            domain: c.domain,
            path: typeof c.path === 'string' && c.path !== '' ? c.path : '/',
            secure: c.secure === true,
            hostOnly: c.hostOnly === true,
            httpOnly: c.httpOnly === true,
        };
        if (typeof c.expirationDate === 'number' && Number.isFinite(c.expirationDate))
            out.expirationDate = c.expirationDate;
        return out;
    }

    function cookies(list) {
        if (!Array.isArray(list)) return [];
        const out = [];
        for (const c of list) {
            const kept = cookie(c);
            if (kept !== null) out.push(kept);
            if (out.length === MAX_COOKIES) break;
        }
        return out;
    }

    // The fields of one download (a `download` request without its type, or a `links` item).
    function downloadFields(d) {
        const url = Rules.webUrl(d.url);
        if (url === null) return null;
        const out = { url: url.href };
        const referrer = Rules.webUrl(d.referrer);
        if (referrer !== null) out.referrer = referrer.href;
        const filename = text(Rules.baseName(d.filename), MAX_TEXT);
        if (filename !== null) out.filename = filename;
        const size = Rules.sizeOrUnknown(d.size);
        if (size >= 0) out.size = size;
        const mime = text(d.mime, MAX_TEXT);
        if (mime !== null) out.mime = mime;
        const userAgent = text(d.userAgent, MAX_TEXT);
        if (userAgent !== null) out.userAgent = userAgent;
        out.incognito = d.incognito === true;
        out.cookies = cookies(d.cookies);
        out.source = SOURCES.includes(d.source) ? d.source : 'download';
        return out;
    }

    function download(d) {
        const fields = downloadFields(d);
        return fields === null ? null : Object.assign({ type: 'download' }, fields);
    }

    // "Download all links": the items in as few `links` messages as fit the host's limits
    // (1,000 items, 1 MiB each); normally one. Items that alone exceed the limit are dropped.
    function links(items) {
        const messages = [];
        let batch = [];
        let batchBytes = byteLength('{"type":"links","items":[]}');
        for (const item of items) {
            const fields = downloadFields(item);
            if (fields === null) continue;
            const bytes = byteLength(JSON.stringify(fields)) + 1;
            if (bytes + byteLength('{"type":"links","items":[]}') > MAX_MESSAGE_BYTES) continue;
            if (batch.length === MAX_ITEMS || batchBytes + bytes > MAX_MESSAGE_BYTES) {
                messages.push({ type: 'links', items: batch });
                batch = [];
                batchBytes = byteLength('{"type":"links","items":[]}');
            }
            batch.push(fields);
            batchBytes += bytes;
        }
        if (batch.length > 0) messages.push({ type: 'links', items: batch });
        return messages;
    }

    // The error code of an answer: '' when it says ok, else one of PROTOCOL.md's codes or the
    // extension's own 'not_installed' (no host manifest) and 'no_answer' (no object came back).
    function answerError(answer) {
        if (answer === null || typeof answer !== 'object' || Array.isArray(answer))
            return 'no_answer';
        if (answer.ok === true) return '';
        const code = answer.error && typeof answer.error.code === 'string' ? answer.error.code : '';
        return /^[a-z_]{1,40}$/.test(code) ? code : 'refused';
    }

    // The messages.json key that says a problem in the user's words.
    const PROBLEM_KEYS = Object.freeze({
        not_installed: 'not_installed',
        unreachable: 'unreachable',
        no_answer: 'unreachable',
        bad_url: 'bad_url',
        credentials_in_url: 'credentials_in_url',
        too_large: 'too_large',
        too_many: 'too_many',
        refused: 'refused',
        malformed: 'mismatch',
        unknown_type: 'mismatch',
        bad_field: 'mismatch',
        no_links: 'no_links',
        not_web: 'not_web',
    });

    function problemKey(code) {
        return (
            'problem_' +
            (Object.prototype.hasOwnProperty.call(PROBLEM_KEYS, code)
                ? PROBLEM_KEYS[code]
                : 'refused')
        );
    }

    // What the browser says when it cannot start a host: is the host not installed at all?
    function hostMissing(errorMessage) {
        return /not found|no such native application|forbidden|not allowed|manifest/i.test(
            String(errorMessage),
        );
    }

    // One active download of a `list` answer, checked; null for anything malformed.
    function listedJob(job) {
        if (job === null || typeof job !== 'object') return null;
        const done =
            Number.isSafeInteger(job.bytesTransferred) && job.bytesTransferred >= 0
                ? job.bytesTransferred
                : 0;
        const total =
            Number.isSafeInteger(job.bytesTotal) && job.bytesTotal >= 0 ? job.bytesTotal : -1;
        return {
            id: typeof job.id === 'string' ? job.id.slice(0, 200) : '',
            name: typeof job.name === 'string' ? job.name.slice(0, 1000) : '',
            state: typeof job.state === 'string' ? job.state.slice(0, 40) : '',
            bytesTransferred: done,
            bytesTotal: total,
        };
    }

    function listedJobs(answer) {
        if (answer === null || typeof answer !== 'object' || !Array.isArray(answer.jobs)) return [];
        return answer.jobs
            .slice(0, 50)
            .map(listedJob)
            .filter((job) => job !== null);
    }

    const HaulMessage = {
        HOST,
        MAX_MESSAGE_BYTES,
        MAX_COOKIES,
        MAX_ITEMS,
        byteLength,
        cookie,
        cookies,
        downloadFields,
        download,
        links,
        answerError,
        problemKey,
        hostMissing,
        listedJob,
        listedJobs,
    };
    if (typeof module === 'object' && module.exports) module.exports = HaulMessage;
    else root.HaulMessage = HaulMessage;
})(typeof globalThis !== 'undefined' ? globalThis : this);
