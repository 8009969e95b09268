// The extension's texts: every locale has every message with the same placeholders, every
// key the code and pages use exists, the manifest is what the installer and Firefox expect.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const EXTENSION_DIR = path.resolve(__dirname, '..', '..', 'resources', 'browser');
const LOCALES = ['en', 'es', 'fr', 'ru'];
const read = (file) => fs.readFileSync(path.join(EXTENSION_DIR, file), 'utf8');
const messages = Object.fromEntries(
    LOCALES.map((l) => [l, JSON.parse(read(`_locales/${l}/messages.json`))]),
);
const placeholdersOf = (text) =>
    [...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

test('the four locales have the same keys, and only those', () => {
    const keys = Object.keys(messages.en).sort();
    for (const lang of LOCALES) {
        assert.deepEqual(Object.keys(messages[lang]).sort(), keys, lang);
        assert.deepEqual(
            fs.readdirSync(path.join(EXTENSION_DIR, '_locales')).sort(),
            [...LOCALES].sort(),
        );
    }
});

test('every message is translated, keeps its placeholders, and the name stays Haul', () => {
    const same = [
        'languageTag',
        'extensionName',
        'unitKiB',
        'unitMiB',
        'unitGiB',
        'size_B',
        'size_KiB',
        'size_MiB',
        'size_GiB',
        'size_TiB',
        'state_Error',
        'popupOptions',
        'optionsTitle',
    ];
    for (const lang of LOCALES) {
        for (const [key, entry] of Object.entries(messages[lang])) {
            assert.equal(typeof entry.message, 'string', `${lang} ${key}`);
            assert.notEqual(entry.message.trim(), '', `${lang} ${key} is empty`);
            assert.deepEqual(
                placeholdersOf(entry.message),
                Object.keys(messages.en[key].placeholders || {}).sort(),
                `${lang} ${key}: the placeholders`,
            );
            assert.deepEqual(
                entry.placeholders || {},
                messages.en[key].placeholders || {},
                `${lang} ${key}`,
            );
            if (lang !== 'en' && !same.includes(key))
                assert.notEqual(
                    entry.message,
                    messages.en[key].message,
                    `${lang} ${key} is not translated`,
                );
        }
        assert.equal(messages[lang].extensionName.message, 'Haul');
        assert.equal(messages[lang].languageTag.message, lang);
        assert.ok(
            messages[lang].extensionDescription.message.length <= 132,
            `${lang}: Chromium's description limit`,
        );
    }
});

test('every key the code and the pages use exists', () => {
    const used = new Set();
    for (const file of fs.readdirSync(EXTENSION_DIR)) {
        if (!/\.(js|html)$/.test(file)) continue;
        const text = read(file);
        for (const m of text.matchAll(/getMessage\('([A-Za-z0-9_]+)'\s*[,)]/g)) used.add(m[1]);
        for (const m of text.matchAll(/data-i18n(?:-title)?="([A-Za-z0-9_]+)"/g)) used.add(m[1]);
        for (const m of text.matchAll(/showMessage\('([A-Za-z0-9_]+)', '([A-Za-z0-9_]*)'\)/g))
            [m[1], m[2]].filter((k) => k !== '').forEach((k) => used.add(k));
    }
    for (const m of read('manifest.json').matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.add(m[1]);
    // Keys built from a code or a state: every one the protocol and the store can give.
    const Message = require(path.join(EXTENSION_DIR, 'message.js'));
    for (const code of [
        'not_installed',
        'unreachable',
        'no_answer',
        'bad_url',
        'credentials_in_url',
        'too_large',
        'too_many',
        'refused',
        'malformed',
        'unknown_type',
        'bad_field',
        'no_links',
        'not_web',
        'anything',
    ])
        used.add(Message.problemKey(code));
    for (const state of [
        'Queued',
        'Connecting',
        'Transferring',
        'Suspended',
        'Error',
        'TransientError',
        'Transferred',
        'Acknowledged',
        'Cancelled',
    ])
        used.add(`state_${state}`);
    for (const unit of ['B', 'KiB', 'MiB', 'GiB', 'TiB']) used.add(`size_${unit}`);
    for (const key of used) assert.ok(messages.en[key], `messages.json has no "${key}"`);
});

test('the manifest: MV3 for Chromium and Firefox, the fixed key and the id written down', () => {
    const manifest = JSON.parse(read('manifest.json'));
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.background.service_worker, 'background.js');
    assert.deepEqual(manifest.background.scripts, ['rules.js', 'message.js', 'background.js']);
    assert.equal(manifest.browser_specific_settings.gecko.id, 'haul@haul.github.io');
    assert.deepEqual([...manifest.permissions].sort(), [
        'contextMenus',
        'cookies',
        'downloads',
        'nativeMessaging',
        'storage',
    ]);
    assert.deepEqual(manifest.host_permissions, ['<all_urls>']);
    const der = Buffer.from(manifest.key, 'base64');
    const id = crypto
        .createHash('sha256')
        .update(der)
        .digest('hex')
        .slice(0, 32)
        .replace(/[0-9a-f]/g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
    assert.equal(read('extension-id.txt').trim(), id);
    assert.match(read('README.md'), new RegExp(id));
    // A public key only: an RSA 2048 SubjectPublicKeyInfo.
    const key = crypto.createPublicKey({ key: der, format: 'der', type: 'spki' });
    assert.equal(key.asymmetricKeyType, 'rsa');
    assert.equal(key.asymmetricKeyDetails.modulusLength, 2048);
    for (const file of fs.readdirSync(EXTENSION_DIR, { recursive: true })) {
        const full = path.join(EXTENSION_DIR, file);
        if (fs.statSync(full).isFile() && !file.endsWith('.png'))
            assert.doesNotMatch(
                fs.readFileSync(full, 'utf8'),
                /PRIVATE KEY/,
                `${file} holds no private key`,
            );
    }
    for (const icon of Object.values(manifest.icons))
        assert.ok(fs.existsSync(path.join(EXTENSION_DIR, icon)), icon);
});
