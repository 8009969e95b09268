// The extension, the real `haul browser-host` and Haul, end to end in the system Chromium:
// a clicked download and the context menu make a Haul job with the right URL, referrer,
// name and cookie, the browser keeps nothing, the file on disk equals the server's; a Haul
// that was not running is started; an expired link is renewed from the browser and the
// fresh link is asked only for the rest. Haul runs with its own store and settings in the
// test's world ($HAUL_BINARY is the binary under test).
'use strict';

const { test, before, after, afterEach } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { World, Chromium, Firefox, waitFor, sleep, EXTENSION_ID } = require('./harness.js');
const { TestSite } = require('./server.js');

const HAUL = process.env.HAUL_BINARY;
const BIG = 4 * 1024 * 1024;

let world;
let site;
let chromium;
let page;
const started = []; // pids of the Haul processes this test started or made the host start

before(async () => {
    assert.ok(HAUL && fs.existsSync(HAUL), 'HAUL_BINARY names the haul binary under test');
    world = new World('haul');
    world.haulDownloads = world.mkdir('haul-downloads');
    world.installHost(HAUL);
    world.installFirefoxHost(HAUL);
    site = new TestSite();
    site.addFile('data.bin', 512 * 1024);
    site.addFile('small.bin', 2048);
    site.addFile('menu.bin', 4096);
    site.addFile('dialog.bin', 4096);
    site.addFile('firefox.bin', 64 * 1024);
    site.addFile('big.bin', BIG);
    site.addFile('slow.bin', 2 * 1024 * 1024);
    await site.start();
    chromium = await Chromium.launch(world);
});

after(async () => {
    if (chromium) await chromium.close();
    for (const pid of started) await stop(pid);
    if (site) await site.stop();
    if (world) world.remove();
});

afterEach(async () => {
    if (page) await page.close();
    page = null;
});

// Haul's settings in the world (QSettings: $XDG_CONFIG_HOME/haul/haul.conf): new jobs go to
// the world's folder, one connection, a short retry delay.
function writeSettings({ addAtOnce }) {
    fs.mkdirSync(path.join(world.config, 'haul'), { recursive: true });
    fs.writeFileSync(
        path.join(world.config, 'haul', 'haul.conf'),
        [
            '[General]',
            `defaultFolder=${world.haulDownloads}`,
            'connections=1',
            'retryDelay=1',
            `browserAddAtOnce=${addAtOnce}`,
            '',
        ].join('\n'),
    );
}

function haul(...args) {
    const output = execFileSync(HAUL, ['--store', world.store, ...args, '--json'], {
        env: world.env(),
        encoding: 'utf8',
        timeout: 30000,
    });
    return JSON.parse(output);
}

const jobs = () => haul('list').jobs || [];
const job = (id) => haul('info', id).job;

// The pid in the lock beside the store: the process that owns it.
function ownerPid() {
    try {
        return Number(fs.readFileSync(`${world.store}.lock`, 'utf8').split('\n')[0]) || 0;
    } catch (e) {
        return 0;
    }
}

function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        return false;
    }
}

// SIGTERM, then SIGKILL after 10 s; only pids this test started or caused.
async function stop(pid) {
    if (!pid || !alive(pid)) return;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 10000;
    while (alive(pid) && Date.now() < deadline) await sleep(100);
    if (alive(pid)) process.kill(pid, 'SIGKILL');
    while (alive(pid) && Date.now() < deadline + 5000) await sleep(100);
}

async function startServe() {
    const serve = spawn(HAUL, ['--store', world.store, 'serve', '--auto-complete'], {
        env: world.env(),
        stdio: ['ignore', 'ignore', 'inherit'],
    });
    started.push(serve.pid);
    await waitFor('haul serve to own the store', () => ownerPid() === serve.pid);
    return serve.pid;
}

async function newPage(url) {
    page = await chromium.browser.newPage();
    await page.goto(url);
    return page;
}

async function finished(id) {
    return waitFor(
        `job ${id} to finish`,
        () => {
            const j = job(id);
            assert.notEqual(j.state, 'Error', `job ${id}: ${JSON.stringify(j.error)}`);
            return (j.state === 'Acknowledged' || j.state === 'Transferred') && j;
        },
        { timeout: 30000, interval: 250 },
    );
}

function assertSameFile(j, name) {
    assert.equal(j.files.length, 1);
    const file = j.files[0];
    assert.equal(path.basename(file.localPath), name);
    assert.ok(
        fs.readFileSync(file.localPath).equals(site.files.get(name)),
        `${name} equals the server's`,
    );
}

// Haul's own last request for `pathname` since `since`, after the browser's (which the
// extension cancelled): the browser started the download, Haul fetched it.
function haulFetched(pathname, since) {
    const asked = site.requestsFor(pathname).filter((r) => r.time >= since);
    assert.ok(
        asked.some((r) => r.fromBrowser),
        `the browser asked for ${pathname}`,
    );
    const haulAsked = asked.filter((r) => !r.fromBrowser);
    assert.ok(haulAsked.length >= 1, `Haul asked for ${pathname}`);
    return haulAsked[haulAsked.length - 1];
}

function assertNoBrowserCopy() {
    assert.deepEqual(world.downloadedFiles(), [], "nothing in the browser's download folder");
}

// The store and its journal never hold a cookie in plain text.
function assertCookieNotStored() {
    for (const suffix of ['', '-wal', '-journal', '-shm']) {
        const file = world.store + suffix;
        if (fs.existsSync(file))
            assert.equal(
                fs.readFileSync(file).includes(site.cookieValue),
                false,
                `${path.basename(file)} has no cookie`,
            );
    }
}

test('a Haul that was not running is started by the host, and the clicked download becomes its job', async () => {
    writeSettings({ addAtOnce: true });
    assert.equal(ownerPid(), 0, 'no Haul owns the store yet');
    const since = Date.now();
    await newPage(`${site.origin}/`);
    await page.click('#small_bin');
    const [made] = await waitFor('a job from the browser', () => jobs().length === 1 && jobs(), {
        timeout: 40000,
    });
    started.push(ownerPid());
    const done = await finished(made.id);
    assertSameFile(done, 'small.bin');
    assert.equal(done.files[0].remoteUrl, `${site.origin}/files/small.bin`);
    const ua = await page.evaluate(() => navigator.userAgent);
    const last = haulFetched('/files/small.bin', since);
    assert.equal(last.cookie, true, "Haul sent the site's cookie");
    assert.equal(last.referer, `${site.origin}/`);
    assert.equal(last.userAgent, ua, "Haul sent the browser's User-Agent");
    await waitFor(
        "the browser's copy gone",
        async () => (await chromium.browserDownloads()).length === 0,
    );
    assertNoBrowserCopy();
    assertCookieNotStored();
    await stop(ownerPid());
});

test('with the window owning the store and Settings left as they are, Haul answers that its Add dialog is open', async () => {
    writeSettings({ addAtOnce: false });
    assert.equal(alive(ownerPid()), false, 'no Haul owns the store');
    const before = jobs();
    await newPage(`${site.origin}/`);
    const menu = (info) =>
        chromium.worker.evaluate(
            async (origin, extra) => {
                const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
                return onMenuClicked(Object.assign({ pageUrl: tab.url, frameId: 0 }, extra), tab);
            },
            site.origin,
            info,
        );
    try {
        const answer = await menu({
            menuItemId: 'haul-link',
            linkUrl: `${site.origin}/files/dialog.bin`,
        });
        started.push(ownerPid());
        assert.equal(answer.ok, true, JSON.stringify(answer));
        assert.equal(answer.outcome, 'dialog');
        await page.evaluate(() =>
            document.getSelection().selectAllChildren(document.getElementById('selection')),
        );
        const links = await menu({ menuItemId: 'haul-selection' });
        assert.equal(links.ok, true, JSON.stringify(links));
        assert.equal(links.outcome, 'dialog');
        assert.deepEqual(newJobs(before), [], 'the user decides in the dialog: no job yet');
    } finally {
        await stop(ownerPid());
    }
});

// The jobs that were not there before.
function newJobs(before) {
    const known = new Set(before.map((j) => j.id));
    return jobs().filter((j) => !known.has(j.id));
}

test('with haul serve owning the store, a clicked download is added at once with its URL, referrer, name and cookie', async () => {
    writeSettings({ addAtOnce: false });
    await startServe();
    const before = jobs();
    const since = Date.now();
    await newPage(`${site.origin}/`);
    await page.click('#data_bin');
    const [made] = await waitFor(
        'the new job',
        () => newJobs(before).length === 1 && newJobs(before),
    );
    const done = await finished(made.id);
    assertSameFile(done, 'data.bin');
    assert.equal(done.files[0].remoteUrl, `${site.origin}/files/data.bin`);
    const haulGet = haulFetched('/files/data.bin', since);
    assert.equal(haulGet.cookie, true, "Haul sent the site's cookie");
    assert.equal(haulGet.referer, `${site.origin}/`);
    await waitFor(
        "the browser's copy gone",
        async () => (await chromium.browserDownloads()).length === 0,
    );
    assertNoBrowserCopy();
    assertCookieNotStored();
});

test('"Download with Haul" on a link makes a job that fetches it with the cookie', async () => {
    const before = jobs().length;
    await newPage(`${site.origin}/`);
    const answer = await chromium.worker.evaluate(async (origin) => {
        const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
        return onMenuClicked(
            {
                menuItemId: 'haul-link',
                linkUrl: `${origin}/files/menu.bin`,
                pageUrl: tab.url,
                frameId: 0,
            },
            tab,
        );
    }, site.origin);
    assert.equal(answer.ok, true, JSON.stringify(answer));
    assert.equal(answer.outcome, 'added');
    assert.equal(answer.jobs.length, 1);
    assert.equal(jobs().length, before + 1);
    const done = await finished(answer.jobs[0]);
    assert.equal(done.files[0].remoteUrl, `${site.origin}/files/menu.bin`);
    assertSameFile(done, 'menu.bin');
    const last = site.requestsFor('/files/menu.bin').slice(-1)[0];
    assert.equal(last.fromBrowser, false);
    assert.equal(last.cookie, true);
    assert.equal(last.referer, `${site.origin}/`);
});

test('an expired link is renewed from the browser: the fresh link is asked only for the rest', async () => {
    await newPage(`${site.origin}/`);
    const before = jobs();
    await page.click('#expiring');
    const [made] = await waitFor(
        'the job of big.bin',
        () => newJobs(before).length === 1 && newJobs(before),
    );
    // The first link breaks off after 40 %, then answers 403: the job stops on an expired link.
    const failed = await waitFor(
        'the expired-link error',
        () => {
            const j = job(made.id);
            return j.state === 'Error' && j;
        },
        { timeout: 30000, interval: 250 },
    );
    assert.equal(failed.error.httpStatus, 403);
    const onDisk = failed.files[0].bytesTransferred;
    assert.ok(onDisk > 0 && onDisk <= BIG * 0.4, `bytes kept: ${onDisk}`);
    execFileSync(HAUL, ['--store', world.store, 'renewlink', made.id], {
        env: world.env(),
        timeout: 30000,
    });
    const count = jobs().length;
    const since = Date.now();
    await page.goto(`${site.origin}/renew`);
    await page.click('#fresh');
    const done = await finished(made.id);
    assertSameFile(done, 'big.bin');
    assert.equal(done.files[0].remoteUrl, `${site.origin}/expiring/fresh/big.bin`);
    assert.equal(jobs().length, count, 'nothing new was created');
    // Haul may first ask for one byte to compare the entity; it never asks the fresh
    // link for the whole file, and the rest comes with If-Range from the bytes on disk.
    const asked = site
        .requestsFor('/expiring/fresh/big.bin')
        .filter((r) => r.time >= since && !r.fromBrowser && r.method === 'GET');
    const shown = JSON.stringify(asked.map((r) => [r.range, r.ifRange]));
    for (const r of asked) assert.notEqual(r.range, '', `every GET has a Range: ${shown}`);
    const rest = asked.find((r) => /^bytes=[1-9]\d*-$/.test(r.range));
    assert.ok(rest, `the rest was asked from an offset: ${shown}`);
    const start = Number(/^bytes=(\d+)-/.exec(rest.range)[1]);
    assert.ok(start <= onDisk, `from the bytes on disk (${start} of ${onDisk})`);
    assert.ok(start >= onDisk - 1024 * 1024, `not much before them (${start} of ${onDisk})`);
    assert.equal(rest.cookie, true, 'with the cookie the browser had');
    assert.notEqual(rest.ifRange, '', 'with If-Range');
    await waitFor(
        "the browser's copy gone",
        async () => (await chromium.browserDownloads()).length === 0,
    );
    assertNoBrowserCopy();
});

test("the popup lists Haul's active downloads by their file names, with their progress", async () => {
    const before = jobs();
    await newPage(`${site.origin}/`);
    await page.click('#slow_bin');
    const [made] = await waitFor(
        'the slow job',
        () => newJobs(before).length === 1 && newJobs(before),
    );
    const popup = await chromium.browser.newPage();
    try {
        await popup.goto(chromium.extensionUrl('popup.html'));
        const row = `li.job[data-id="${made.id}"]`;
        await waitFor('the job in the popup', () => popup.$(row));
        assert.equal(await popup.$eval(`${row} .name`, (e) => e.textContent), 'slow.bin');
        const first = await popup.$eval(`${row} progress`, (e) => e.value);
        await waitFor(
            'the progress to move',
            async () => (await popup.$eval(`${row} progress`, (e) => e.value)) > first,
            { timeout: 10000 },
        );
    } finally {
        await popup.close();
        execFileSync(HAUL, ['--store', world.store, 'cancel', made.id], {
            env: world.env(),
            timeout: 30000,
        });
    }
});

test("Firefox starts the same host with its own arguments, and the download becomes Haul's job", async () => {
    const firefox = await Firefox.launch(world);
    try {
        const before = jobs();
        const since = Date.now();
        const tab = await firefox.browser.newPage();
        await tab.goto(`${site.origin}/`);
        await tab.click('#firefox_bin');
        const [made] = await waitFor(
            'the job from Firefox',
            () => newJobs(before).length === 1 && newJobs(before),
        );
        const done = await finished(made.id);
        assertSameFile(done, 'firefox.bin');
        const last = haulFetched('/files/firefox.bin', since);
        assert.equal(last.cookie, true, "Haul sent Firefox's cookie for the site");
        assert.match(last.userAgent, /Firefox\//);
        await waitFor("Firefox's copy removed", () => world.downloadedFiles().length === 0);
    } finally {
        await firefox.close();
    }
});

test('haul install-browser-integration writes manifests that let this extension start the host, and takes them away', () => {
    const run = (...args) =>
        execFileSync(HAUL, ['install-browser-integration', '--user', ...args], {
            env: world.env(),
            encoding: 'utf8',
            timeout: 30000,
        });
    const chromiumManifest = path.join(
        world.config,
        'chromium',
        'NativeMessagingHosts',
        'io.github.haul.json',
    );
    const firefoxManifest = path.join(
        world.home,
        '.mozilla',
        'native-messaging-hosts',
        'io.github.haul.json',
    );
    try {
        run('--browser', 'chromium');
        run('--browser', 'firefox');
        const forChromium = JSON.parse(fs.readFileSync(chromiumManifest, 'utf8'));
        assert.equal(forChromium.name, 'io.github.haul');
        assert.equal(forChromium.type, 'stdio');
        assert.equal(fs.realpathSync(forChromium.path), fs.realpathSync(HAUL));
        assert.deepEqual(forChromium.allowed_origins, [`chrome-extension://${EXTENSION_ID}/`]);
        const forFirefox = JSON.parse(fs.readFileSync(firefoxManifest, 'utf8'));
        assert.deepEqual(forFirefox.allowed_extensions, ['haul@haul.github.io']);
        assert.equal(fs.realpathSync(forFirefox.path), fs.realpathSync(HAUL));
        run('--browser', 'chromium', '--remove');
        run('--browser', 'firefox', '--remove');
        assert.equal(fs.existsSync(chromiumManifest), false);
        assert.equal(fs.existsSync(firefoxManifest), false);
    } finally {
        world.installFirefoxHost(HAUL);
    }
});
