// The extension's pure parts in plain Node: the options' rules (rules.js) and the messages
// to the host (message.js), including what a hostile page could hand them.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const EXTENSION_DIR = path.resolve(__dirname, '..', '..', 'resources', 'browser');
const Rules = require(path.join(EXTENSION_DIR, 'rules.js'));
const Message = require(path.join(EXTENSION_DIR, 'message.js'));

const file = (overrides = {}) =>
    Object.assign(
        {
            url: 'https://files.example.com/pub/disk.iso',
            referrer: 'https://www.example.com/download',
            filename: '/home/user/Downloads/disk.iso',
            size: 700 * 1024 * 1024,
            altClicked: false,
            byOtherExtension: false,
        },
        overrides,
    );

test('with the default settings every web download is taken', () => {
    assert.deepEqual(Rules.decide({}, file()), { take: true, reason: 'rules' });
    assert.equal(Rules.decide(undefined, file({ size: -1, filename: '' })).take, true);
});

test('off leaves every download to the browser', () => {
    assert.equal(Rules.decide({ enabled: false }, file()).reason, 'disabled');
});

test('only http and https downloads are taken, and none with a password in the URL', () => {
    for (const url of [
        'blob:https://example.com/1',
        'data:text/plain,hi',
        'file:///etc/passwd',
        'ftp://example.com/x',
        'javascript:alert(1)',
        'filesystem:https://e.com/x',
        'not a url',
        '',
        'https://user:secret@example.com/x.iso',
        'https://user@example.com/x.iso',
        'https://' + 'a'.repeat(70000),
    ])
        assert.equal(Rules.decide({}, file({ url })).reason, 'not-web', url.slice(0, 60));
    assert.equal(Rules.decide({}, file({ url: 'HTTP://EXAMPLE.COM/a.bin' })).take, true);
    assert.equal(Rules.decide({}, file({ url: 42 })).reason, 'not-web');
});

test('Alt+click keeps the download in the browser unless the user turned the modifier off', () => {
    assert.equal(Rules.decide({}, file({ altClicked: true })).reason, 'modifier');
    assert.equal(Rules.decide({ altClickKeeps: false }, file({ altClicked: true })).take, true);
});

test('downloads another extension started stay with the browser', () => {
    assert.equal(Rules.decide({}, file({ byOtherExtension: true })).reason, 'extension');
});

test('a minimum size leaves smaller files, and takes files of unknown size', () => {
    const settings = { minimumSize: 1024 * 1024 };
    assert.equal(Rules.decide(settings, file({ size: 1024 * 1024 - 1 })).reason, 'small');
    assert.equal(Rules.decide(settings, file({ size: 1024 * 1024 })).take, true);
    assert.equal(Rules.decide(settings, file({ size: -1 })).take, true);
    assert.equal(
        Rules.decide(settings, file({ size: 0 })).take,
        true,
        '0: the browser does not know',
    );
    assert.equal(Rules.decide(settings, file({ size: 'big' })).take, true);
});

test('types to leave and types to take are matched on the file name, case and dots aside', () => {
    assert.equal(Rules.decide({ leaveTypes: 'PDF, .iso' }, file()).reason, 'leave-type');
    assert.equal(Rules.decide({ leaveTypes: '*.ISO' }, file()).reason, 'leave-type');
    assert.equal(Rules.decide({ leaveTypes: 'so' }, file()).take, true, 'iso does not end in .so');
    assert.equal(Rules.decide({ takeTypes: 'zip mp4' }, file()).reason, 'not-take-type');
    assert.equal(Rules.decide({ takeTypes: 'zip;iso' }, file()).take, true);
    assert.equal(
        Rules.decide({ takeTypes: 'tar.gz' }, file({ filename: 'src.TAR.GZ' })).take,
        true,
    );
    assert.equal(
        Rules.decide({ leaveTypes: 'iso', takeTypes: 'iso' }, file()).reason,
        'leave-type',
        'leaving wins',
    );
    // No file name from the browser: the URL's last segment, decoded.
    assert.equal(
        Rules.decide(
            { takeTypes: 'iso' },
            file({ filename: '', url: 'https://e.com/a%20b.iso?x=1' }),
        ).take,
        true,
    );
    assert.equal(
        Rules.decide({ takeTypes: 'iso' }, file({ filename: '', url: 'https://e.com/%E0%A4%A' }))
            .reason,
        'not-take-type',
    );
    assert.equal(
        Rules.decide({ takeTypes: 'exe' }, file({ filename: 'C:\\Users\\me\\setup.exe' })).take,
        true,
    );
});

test('sites never taken match the host and its subdomains, on the file or on the page', () => {
    const settings = { neverSites: 'example.com\n' };
    assert.equal(Rules.decide(settings, file()).reason, 'site');
    assert.equal(
        Rules.decide(settings, file({ url: 'https://cdn.other.net/a.iso' })).reason,
        'site',
        'the page is on example.com',
    );
    assert.equal(
        Rules.decide(settings, file({ url: 'https://cdn.other.net/a.iso', referrer: '' })).take,
        true,
    );
    assert.equal(
        Rules.decide({ neverSites: 'ample.com' }, file()).take,
        true,
        'not a suffix of a label',
    );
    assert.equal(
        Rules.decide(
            { neverSites: 'https://www.example.com/some/page' },
            file({ url: 'https://www.example.com/a' }),
        ).reason,
        'site',
    );
    assert.equal(
        Rules.decide({ neverSites: '*.example.com' }, file({ referrer: '' })).reason,
        'site',
    );
    assert.equal(
        Rules.decide({ neverSites: '127.0.0.1:8080' }, file({ url: 'http://127.0.0.1:9/x' }))
            .reason,
        'site',
    );
    assert.equal(Rules.decide({ neverSites: 'javascript:alert(1)\n\n  ' }, file()).take, true);
});

test('settings from storage are checked field by field', () => {
    assert.deepEqual(Rules.sanitizeSettings(null), Rules.DEFAULTS);
    const odd = Rules.sanitizeSettings({
        enabled: 'yes',
        minimumSize: -5,
        takeTypes: 7,
        neverSites: 'a.com',
        extra: 1,
    });
    assert.equal(odd.enabled, true);
    assert.equal(odd.minimumSize, 0);
    assert.equal(odd.takeTypes, '');
    assert.equal(odd.neverSites, 'a.com');
    assert.equal(odd.extra, undefined);
    assert.equal(Rules.sanitizeSettings({ minimumSize: 1.5 }).minimumSize, 0);
});

test('the minimum size is typed in KiB, MiB or GiB, with a dot or a comma', () => {
    assert.equal(Rules.sizeFromInput('1.5', 'MiB'), 1572864);
    assert.equal(Rules.sizeFromInput('1,5', 'MiB'), 1572864);
    assert.equal(Rules.sizeFromInput(' 0 ', 'GiB'), 0);
    assert.equal(Rules.sizeFromInput('', 'MiB'), null);
    assert.equal(Rules.sizeFromInput('-1', 'MiB'), null);
    assert.equal(Rules.sizeFromInput('ten', 'MiB'), null);
    assert.equal(Rules.sizeFromInput('1', 'PiB'), null);
    assert.equal(Rules.sizeFromInput('1e300', 'GiB'), null);
    assert.deepEqual(Rules.sizeToInput(1572864), { number: 1.5, unit: 'MiB' });
    assert.deepEqual(Rules.sizeToInput(0), { number: 0, unit: 'MiB' });
    assert.deepEqual(Rules.sizeToInput(512), { number: 0.5, unit: 'KiB' });
    assert.deepEqual(Rules.sizeToInput(3 * 1024 ** 3), { number: 3, unit: 'GiB' });
});

test('the referrer of a menu command is what the browser would send by default', () => {
    assert.equal(
        Rules.referrerFor('https://a.com/p?q=1#frag', 'https://a.com/f.iso'),
        'https://a.com/p?q=1',
    );
    assert.equal(
        Rules.referrerFor('https://a.com/p?q=1', 'https://cdn.b.com/f.iso'),
        'https://a.com/',
    );
    assert.equal(Rules.referrerFor('https://a.com/p', 'http://a.com/f.iso'), '');
    assert.equal(Rules.referrerFor('about:blank', 'https://a.com/f.iso'), '');
});

test("a download message carries the protocol's fields, checked", () => {
    const message = Message.download({
        url: 'https://e.com/a.iso',
        referrer: 'https://e.com/',
        filename: '/tmp/x/a.iso',
        size: 12,
        mime: 'application/x-iso9660-image',
        userAgent: 'UA',
        incognito: true,
        source: 'link',
        cookies: [
            {
                name: 'n',
                value: 'v',
                domain: 'e.com',
                path: '/',
                secure: true,
                hostOnly: false,
                httpOnly: true,
                expirationDate: 1.5e9,
                sameSite: 'lax',
                storeId: '0',
                session: false,
            },
        ],
    });
    assert.deepEqual(message, {
        type: 'download',
        url: 'https://e.com/a.iso',
        referrer: 'https://e.com/',
        filename: 'a.iso',
        size: 12,
        mime: 'application/x-iso9660-image',
        userAgent: 'UA',
        incognito: true,
        source: 'link',
        cookies: [
            {
                name: 'n',
                value: 'v',
                domain: 'e.com',
                path: '/',
                secure: true,
                hostOnly: false,
                httpOnly: true,
                expirationDate: 1.5e9,
            },
        ],
    });
    const bare = Message.download({
        url: 'http://e.com/',
        size: -1,
        referrer: 'javascript:x',
        source: 'evil',
        cookies: 'x',
    });
    assert.deepEqual(bare, {
        type: 'download',
        url: 'http://e.com/',
        incognito: false,
        cookies: [],
        source: 'download',
    });
    assert.equal(Message.download({ url: 'data:,x' }), null);
});

test('cookies are capped at 300 and over-long ones are dropped', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
        name: `c${i}`,
        value: 'v',
        domain: 'e.com',
    }));
    assert.equal(Message.cookies(many).length, 300);
    const long = [
        { name: 'big', value: 'x'.repeat(5000), domain: 'e.com' },
        { name: 'ok', value: 'y', domain: 'e.com' },
        { name: 'é'.repeat(2049), value: '', domain: 'e.com' },
        null,
        { name: 1, value: 'v', domain: 'e.com' },
    ];
    assert.deepEqual(
        Message.cookies(long).map((c) => c.name),
        ['ok'],
    );
});

test('links are split into messages under 1 MiB and 1,000 items each', () => {
    const item = (i) => ({
        url: `https://e.com/f${i}.bin`,
        cookies: [{ name: 's', value: 'v'.repeat(2000), domain: 'e.com' }],
    });
    const messages = Message.links(Array.from({ length: 1500 }, (_, i) => item(i)));
    assert.ok(messages.length >= 2);
    let count = 0;
    for (const m of messages) {
        assert.equal(m.type, 'links');
        assert.ok(m.items.length <= 1000);
        assert.ok(Message.byteLength(JSON.stringify(m)) <= Message.MAX_MESSAGE_BYTES);
        count += m.items.length;
    }
    assert.equal(count, 1500);
    assert.deepEqual(
        Message.links([{ url: 'javascript:1' }, { url: 'https://e.com/ok' }]).map(
            (m) => m.items.length,
        ),
        [1],
    );
    assert.deepEqual(Message.links([]), []);
    const huge = {
        url: 'https://e.com/' + 'a'.repeat(60000),
        cookies: Array.from({ length: 300 }, (_, i) => ({
            name: `n${i}`,
            value: 'v'.repeat(4000),
            domain: 'e.com',
        })),
    };
    assert.deepEqual(Message.links([huge]), [], 'an item alone over the limit is dropped');
});

test('answers are read defensively', () => {
    assert.equal(Message.answerError({ ok: true }), '');
    assert.equal(Message.answerError({ ok: 'true' }), 'refused');
    assert.equal(Message.answerError({ ok: false, error: { code: 'bad_url' } }), 'bad_url');
    assert.equal(Message.answerError({ ok: false, error: { code: '<img src=x>' } }), 'refused');
    assert.equal(Message.answerError(null), 'no_answer');
    assert.equal(Message.answerError([]), 'no_answer');
    assert.equal(Message.answerError('text'), 'no_answer');
    assert.equal(Message.problemKey('unknown_type'), 'problem_mismatch');
    assert.equal(Message.problemKey('__proto__'), 'problem_refused');
    assert.equal(Message.problemKey('toString'), 'problem_refused');
    assert.equal(Message.hostMissing('Specified native messaging host not found.'), true);
    assert.equal(Message.hostMissing('No such native application io.github.haul'), true);
    assert.equal(Message.hostMissing('Native host has exited.'), false);
    const jobs = Message.listedJobs({
        jobs: [
            { id: '1', name: 'a', state: 'Transferring', bytesTransferred: 5, bytesTotal: -1 },
            { id: 2, name: null, bytesTransferred: -3, bytesTotal: 1.5 },
            null,
            'x',
        ],
    });
    assert.deepEqual(jobs, [
        { id: '1', name: 'a', state: 'Transferring', bytesTransferred: 5, bytesTotal: -1 },
        { id: '', name: '', state: '', bytesTransferred: 0, bytesTotal: -1 },
    ]);
    assert.deepEqual(Message.listedJobs({ jobs: 'no' }), []);
    assert.equal(Message.listedJobs({ jobs: Array.from({ length: 80 }, () => ({})) }).length, 50);
});
