// A stand-in for `haul browser-host`, to test the extension alone: it speaks the native
// messaging framing (4-byte native-order length, UTF-8 JSON), appends every request it gets
// to $HAUL_FAKE_HOST_DIR/requests.jsonl and answers from $HAUL_FAKE_HOST_DIR/answers.json,
// read at each request ({"download": {...}, "list": {...}, ...}, by request type).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const dir = process.env.HAUL_FAKE_HOST_DIR;
const littleEndian = os.endianness() === 'LE';
let buffer = Buffer.alloc(0);

function answerFor(request) {
    let answers = {};
    try {
        answers = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8'));
    } catch (e) {
        // no answers configured: the defaults below
    }
    const answer = answers[request.type] || {
        ok: false,
        error: { code: 'unknown_type', message: 'fake host' },
    };
    return Object.assign({ type: request.type }, answer);
}

function send(message) {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    const length = Buffer.alloc(4);
    if (littleEndian) length.writeUInt32LE(body.length);
    else length.writeUInt32BE(body.length);
    process.stdout.write(Buffer.concat([length, body]));
}

process.stdin.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 4) {
        const size = littleEndian ? buffer.readUInt32LE(0) : buffer.readUInt32BE(0);
        if (buffer.length < 4 + size) return;
        const text = buffer.subarray(4, 4 + size).toString('utf8');
        buffer = buffer.subarray(4 + size);
        let request;
        try {
            request = JSON.parse(text);
        } catch (e) {
            send({ ok: false, error: { code: 'malformed', message: 'not JSON' } });
            continue;
        }
        fs.appendFileSync(
            path.join(dir, 'requests.jsonl'),
            JSON.stringify({ args: process.argv.slice(2), bytes: size, request }) + '\n',
        );
        send(answerFor(request));
    }
});
process.stdin.on('end', () => process.exit(0));
