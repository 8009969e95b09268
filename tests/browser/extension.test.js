// The extension in the system Chromium, against a stand-in host (fake-host.js) that records
// what the extension sends and answers as each test says: the hand-over of a download the
// browser starts, the rules, Alt-click, the context menu, and what happens when Haul says no
// or is not there (the browser keeps the download). tests/browser/haul.test.js does the same
// against the real `haul browser-host`.
'use strict';

const { test, before, after, beforeEach } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { World, Chromium, waitFor, sleep, EXTENSION_ID } = require('./harness.js');
const { TestSite } = require('./server.js');

let world;
let chromium;
let site;
let dataBin;
let page;

const ADDED = {
    download: { ok: true, outcome: 'added', jobs: ['1'] },
    links: { ok: true, outcome: 'dialog' },
};

before(async () => {
    world = new World('extension');
    world.installFakeHost();
    site = new TestSite();
    dataBin = site.addFile('data.bin', 300 * 1024);
    site.addFile('small.bin', 1024);
    site.addFile('manual.pdf', 20 * 1024);
    site.addFile('outside.bin', 1024);
    await site.start();
    chromium = await Chromium.launch(world);
});

after(async () => {
    if (chromium) await chromium.close();
    if (site) await site.stop();
    if (world) world.remove();
});

beforeEach(async () => {
    world.clearFakeRequests();
    world.setFakeAnswers(ADDED);
    await chromium.setSettings({});
    await chromium.worker.evaluate(async () => {
        for (const item of await chrome.downloads.search({}))
            await chrome.downloads.erase({ id: item.id });
    });
    for (const name of world.downloadedFiles())
        fs.rmSync(path.join(world.downloads, name), { force: true });
    if (page) await page.close();
    page = await chromium.browser.newPage();
    await page.goto(`${site.origin}/`);
});

function fakeDownloads() {
    return world.fakeRequests().filter((r) => r.request.type === 'download');
}

// The browser finished its own copy of `name`, with the server's bytes.
async function browserKept(name, expected) {
    const file = path.join(world.downloads, name);
    await waitFor(`the browser's own ${name}`, async () => {
        const items = await chromium.browserDownloads();
        return (
            items.some(
                (item) => item.state === 'complete' && path.basename(item.filename) === name,
            ) && fs.existsSync(file)
        );
    });
    assert.ok(
        fs.readFileSync(file).equals(expected),
        `${name} in the browser's folder equals the server's`,
    );
}

test('the extension loads with its fixed id and its service worker runs', async () => {
    const manifest = await chromium.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.manifest_version, 3);
    assert.equal(await chromium.worker.evaluate(() => chrome.runtime.id), EXTENSION_ID);
    assert.equal(
        await chromium.worker.evaluate(() => typeof chrome.downloads.onDeterminingFilename),
        'object',
    );
});

test('a clicked download goes to Haul with its URL, referrer, name, size, cookie and User-Agent, and the browser keeps nothing', async () => {
    await page.click('#data_bin');
    const [sent] = await waitFor(
        'the download message',
        () => fakeDownloads().length > 0 && fakeDownloads(),
    );
    const message = sent.request;
    assert.deepEqual(
        sent.args,
        [`chrome-extension://${EXTENSION_ID}/`],
        'Chromium starts the host with the origin',
    );
    assert.equal(message.url, `${site.origin}/files/data.bin`);
    assert.equal(message.referrer, `${site.origin}/`);
    assert.equal(message.filename, 'data.bin');
    assert.equal(message.size, dataBin.length);
    assert.equal(message.mime, 'application/octet-stream');
    assert.equal(message.source, 'download');
    assert.equal(message.incognito, false);
    const browserUserAgent = await page.evaluate(() => navigator.userAgent);
    assert.equal(message.userAgent, browserUserAgent);
    const cookie = message.cookies.find((c) => c.name === 'haulsession');
    assert.ok(cookie, 'the session cookie is handed over');
    assert.equal(cookie.value, site.cookieValue);
    assert.equal(cookie.domain, '127.0.0.1');
    assert.equal(cookie.hostOnly, true);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.path, '/');
    await waitFor(
        "the browser's copy to be gone from its list",
        async () => (await chromium.browserDownloads()).length === 0,
    );
    await sleep(500);
    assert.deepEqual(world.downloadedFiles(), [], "no file in the browser's download folder");
});

test('when Haul refuses, the browser keeps the download', async () => {
    world.setFakeAnswers({ download: { ok: false, error: { code: 'refused', message: 'test' } } });
    await page.click('#data_bin');
    await waitFor('the download message', () => fakeDownloads().length === 1);
    await browserKept('data.bin', dataBin);
    const problem = await chromium.worker.evaluate(() => chrome.storage.local.get('lastProblem'));
    assert.equal(problem.lastProblem.code, 'refused', 'the popup can tell why');
});

test('when no host is installed, the browser keeps the download', async () => {
    world.removeHost();
    try {
        await page.click('#data_bin');
        await browserKept('data.bin', dataBin);
        const problem = await chromium.worker.evaluate(() =>
            chrome.storage.local.get('lastProblem'),
        );
        assert.equal(problem.lastProblem.code, 'not_installed');
    } finally {
        world.installFakeHost();
        world.setFakeAnswers(ADDED);
    }
});

test('when the host answers garbage, the browser keeps the download', async () => {
    world.setFakeAnswers({ download: 'not an object' });
    await page.click('#data_bin');
    await browserKept('data.bin', dataBin);
});

test('the rules leave a type, a small file and a site to the browser, and "off" leaves all', async () => {
    await chromium.setSettings({ leaveTypes: 'PDF, .torrent' });
    await page.click('#manual_pdf');
    await browserKept('manual.pdf', site.files.get('manual.pdf'));

    await chromium.setSettings({ minimumSize: 4096 });
    await page.click('#small_bin');
    await browserKept('small.bin', site.files.get('small.bin'));

    await chromium.setSettings({ neverSites: 'example.org\n127.0.0.1' });
    await page.click('#outside_bin');
    await browserKept('outside.bin', site.files.get('outside.bin'));

    await chromium.setSettings({ enabled: false });
    await page.click('#data_bin');
    await browserKept('data.bin', dataBin);
    assert.deepEqual(fakeDownloads(), [], 'nothing was handed to Haul');
});

test('a file type the user asks for is taken, the others are left', async () => {
    await chromium.setSettings({ takeTypes: 'bin' });
    await page.click('#manual_pdf');
    await browserKept('manual.pdf', site.files.get('manual.pdf'));
    assert.deepEqual(fakeDownloads(), []);
    await page.click('#small_bin');
    await waitFor('small.bin handed over', () =>
        fakeDownloads().some((r) => r.request.filename === 'small.bin'),
    );
});

test('Alt+click lets the browser keep that one download, and the next click goes to Haul again', async () => {
    await page.keyboard.down('Alt');
    await page.click('#data_bin');
    await page.keyboard.up('Alt');
    await browserKept('data.bin', dataBin);
    assert.deepEqual(fakeDownloads(), [], 'the Alt-clicked download was not handed over');
    fs.rmSync(path.join(world.downloads, 'data.bin'));
    await page.click('#data_bin');
    await waitFor('the next click handed over', () => fakeDownloads().length === 1);
});

test("a page's synthetic Alt+click does not keep a download from Haul", async () => {
    await page.evaluate(() => {
        const link = document.getElementById('data_bin');
        link.dispatchEvent(
            new MouseEvent('click', { altKey: true, bubbles: true, cancelable: true, button: 0 }),
        );
    });
    await waitFor('the download handed over', () => fakeDownloads().length === 1);
});

// The context menu's handler, called as the menu calls it, with the tab of the test page.
async function menu(info) {
    return chromium.worker.evaluate(
        async (origin, extra) => {
            const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
            return onMenuClicked(Object.assign({ pageUrl: tab.url, frameId: 0 }, extra), tab);
        },
        site.origin,
        info,
    );
}

test('"Download with Haul" on a link hands the link over with its cookie and the page as referrer', async () => {
    const answer = await menu({
        menuItemId: 'haul-link',
        linkUrl: `${site.origin}/files/small.bin`,
    });
    assert.equal(answer.ok, true);
    const [sent] = fakeDownloads();
    assert.equal(sent.request.url, `${site.origin}/files/small.bin`);
    assert.equal(sent.request.referrer, `${site.origin}/`);
    assert.equal(sent.request.source, 'link');
    assert.ok(
        sent.request.cookies.some((c) => c.name === 'haulsession' && c.value === site.cookieValue),
    );
    const badge = await chromium.worker.evaluate(async () => chrome.action.getBadgeText({}));
    assert.equal(typeof badge, 'string');
});

test('"Download with Haul" on a video hands its source over as media; a blob: source is refused here', async () => {
    const answer = await menu({
        menuItemId: 'haul-media',
        mediaType: 'video',
        srcUrl: `${site.origin}/files/data.bin`,
    });
    assert.equal(answer.ok, true);
    assert.equal(fakeDownloads()[0].request.source, 'media');
    const refused = await menu({
        menuItemId: 'haul-media',
        mediaType: 'video',
        srcUrl: `blob:${site.origin}/1234`,
    });
    assert.equal(refused.ok, false);
    assert.equal(refused.error.code, 'not_web');
    assert.equal(fakeDownloads().length, 1, 'nothing sent for the blob: source');
});

test('"Download all links with Haul" sends the selection\'s http links, without javascript: or data: ones', async () => {
    await page.evaluate(() =>
        document.getSelection().selectAllChildren(document.getElementById('selection')),
    );
    const answer = await menu({ menuItemId: 'haul-selection', selectionText: 'Several' });
    assert.equal(answer.ok, true);
    const sent = world.fakeRequests().filter((r) => r.request.type === 'links');
    assert.equal(sent.length, 1);
    const urls = sent[0].request.items.map((item) => item.url);
    assert.deepEqual(urls, [`${site.origin}/files/data.bin`, `${site.origin}/files/small.bin`]);
    for (const item of sent[0].request.items) {
        assert.equal(item.source, 'link');
        assert.equal(item.referrer, `${site.origin}/`);
        assert.ok(item.cookies.some((c) => c.name === 'haulsession'));
    }
});

test('"Download all links" with nothing selected sends nothing and says so', async () => {
    await page.evaluate(() => document.getSelection().removeAllRanges());
    const answer = await menu({ menuItemId: 'haul-selection' });
    assert.equal(answer.ok, false);
    assert.equal(answer.error.code, 'no_links');
    assert.deepEqual(world.fakeRequests(), []);
});

test("the menu items exist, in the browser's language", async () => {
    // contextMenus.update fails for an id that was never created.
    const updated = await chromium.worker.evaluate(async () => {
        const results = [];
        for (const id of ['haul-link', 'haul-selection', 'haul-media'])
            results.push(await chrome.contextMenus.update(id, {}).then(() => 'ok', (e) => e.message));
        return results;
    });
    assert.deepEqual(updated, ['ok', 'ok', 'ok']);
    const titles = await chromium.worker.evaluate(() =>
        ['menuLink', 'menuSelection', 'menuMedia'].map((k) => chrome.i18n.getMessage(k)),
    );
    assert.deepEqual(titles, [
        'Download with Haul',
        'Download all links with Haul',
        'Download this media with Haul',
    ]);
});
