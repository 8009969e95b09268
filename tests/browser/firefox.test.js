// The extension in Debian's firefox-esr, headless over WebDriver BiDi, against the stand-in
// host: Firefox has no onDeterminingFilename, so its own path (downloads.onCreated, cancel,
// erase, the cookie store) is tested here; Firefox starts the host with its own arguments.
'use strict';

const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { World, Firefox, waitFor, sleep } = require('./harness.js');
const { TestSite } = require('./server.js');

let world;
let firefox;
let site;
let page;

before(async () => {
    world = new World('firefox');
    world.installFakeHost();
    site = new TestSite();
    site.addFile('data.bin', 300 * 1024);
    await site.start();
    firefox = await Firefox.launch(world);
});

after(async () => {
    if (firefox) await firefox.close();
    if (site) await site.stop();
    if (world) world.remove();
});

beforeEach(async () => {
    world.clearFakeRequests();
    for (const name of world.downloadedFiles())
        fs.rmSync(path.join(world.downloads, name), { force: true });
    if (page) await page.close();
    page = await firefox.browser.newPage();
    await page.goto(`${site.origin}/`);
});

const fakeDownloads = () => world.fakeRequests().filter((r) => r.request.type === 'download');

test('Firefox hands a clicked download to the host with its cookie, and keeps no copy', async () => {
    world.setFakeAnswers({ download: { ok: true, outcome: 'added', jobs: ['1'] } });
    await page.click('#data_bin');
    const [sent] = await waitFor(
        'the download message',
        () => fakeDownloads().length > 0 && fakeDownloads(),
    );
    const manifest = path.join(
        world.home,
        '.mozilla',
        'native-messaging-hosts',
        'io.github.haul.json',
    );
    assert.deepEqual(sent.args, [manifest, 'haul@haul.github.io'], "Firefox's argument form");
    const message = sent.request;
    assert.equal(message.url, `${site.origin}/files/data.bin`);
    assert.equal(message.referrer, `${site.origin}/`);
    assert.equal(message.filename, 'data.bin');
    assert.equal(message.source, 'download');
    assert.equal(message.incognito, false);
    assert.match(message.userAgent, /Firefox\//);
    assert.equal(await page.evaluate(() => navigator.userAgent), message.userAgent);
    const cookie = message.cookies.find((c) => c.name === 'haulsession');
    assert.ok(cookie, 'the session cookie is handed over');
    assert.equal(cookie.value, site.cookieValue);
    // Firefox had started its copy; it is cancelled and its partial file removed.
    await waitFor("Firefox's copy removed", () => world.downloadedFiles().length === 0);
    await sleep(1000);
    assert.deepEqual(world.downloadedFiles(), [], "nothing in Firefox's download folder");
});

test('when the host refuses, Firefox keeps the download', async () => {
    world.setFakeAnswers({ download: { ok: false, error: { code: 'refused', message: 'test' } } });
    await page.click('#data_bin');
    await waitFor('the download message', () => fakeDownloads().length === 1);
    const file = path.join(world.downloads, 'data.bin');
    await waitFor(
        "Firefox's own data.bin",
        () => fs.existsSync(file) && fs.statSync(file).size === site.files.get('data.bin').length,
    );
    assert.ok(fs.readFileSync(file).equals(site.files.get('data.bin')));
});

test('when no host is installed, Firefox keeps the download', async () => {
    world.removeHost();
    try {
        await page.click('#data_bin');
        const file = path.join(world.downloads, 'data.bin');
        await waitFor(
            "Firefox's own data.bin",
            () =>
                fs.existsSync(file) && fs.statSync(file).size === site.files.get('data.bin').length,
        );
        assert.deepEqual(fakeDownloads(), []);
    } finally {
        world.installFakeHost();
    }
});
