// The options page and the toolbar popup as a user meets them, in English, Spanish, French
// and Russian (Chromium started with --lang and LANGUAGE): every text translated, nothing
// cut, the settings saved, the popup's list refreshed every second. Screenshots are left in
// $HAUL_TEST_OUTPUT/screenshots to look at.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { World, Chromium, waitFor, EXTENSION_DIR } = require('./harness.js');

const LANGUAGES = ['en', 'es', 'fr', 'ru'];
const shots = path.join(
    process.env.HAUL_TEST_OUTPUT || fs.mkdtempSync('/tmp/haul-shots-'),
    'screenshots',
);
const messagesOf = (lang) =>
    JSON.parse(
        fs.readFileSync(path.join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8'),
    );

const JOBS = {
    ok: true,
    running: true,
    jobs: [
        {
            id: '{1}',
            name: 'debian-12.7.0-amd64-DVD-1.iso',
            state: 'Transferring',
            bytesTransferred: 1717986918,
            bytesTotal: 3994091520,
        },
        {
            id: '{2}',
            name: 'a file with a rather long name that does not fit on one line of the popup.tar.gz',
            state: 'Queued',
            bytesTransferred: 0,
            bytesTotal: -1,
        },
        {
            id: '{3}',
            name: 'podcast-episode-42.mp3',
            state: 'TransientError',
            bytesTransferred: 5242880,
            bytesTotal: 73400320,
        },
    ],
};

let world;

before(() => {
    fs.mkdirSync(shots, { recursive: true });
    world = new World('pages');
    world.installFakeHost();
});

after(() => world && world.remove());

// Texts that overflow their box (cut or spilling), except the job names the popup ellipsizes.
function overflowing(page) {
    return page.evaluate(() =>
        [...document.querySelectorAll('h1, h2, label, span, p, button, a, option, strong')]
            .filter(
                (e) =>
                    !e.closest('.name') &&
                    e.offsetParent !== null &&
                    e.scrollWidth > e.clientWidth + 1 &&
                    e.clientWidth > 0,
            )
            .map((e) => `${e.tagName} "${e.textContent.slice(0, 40)}"`),
    );
}

async function untranslated(page) {
    return page.evaluate(() =>
        [...document.querySelectorAll('[data-i18n]')]
            .filter(
                (e) =>
                    e.textContent.trim() === '' ||
                    e.textContent !== chrome.i18n.getMessage(e.dataset.i18n),
            )
            .map((e) => e.dataset.i18n),
    );
}

async function screenshot(page, file) {
    const box = await page.evaluate(() => {
        const r = document.body.getBoundingClientRect();
        return {
            x: 0,
            y: 0,
            width: Math.ceil(r.width),
            height: Math.ceil(Math.max(r.height, document.body.scrollHeight)),
        };
    });
    await page.screenshot({ path: path.join(shots, file), clip: box });
}

for (const lang of LANGUAGES) {
    test(`the options page and the popup in ${lang}: translated, nothing cut`, async () => {
        const messages = messagesOf(lang);
        world.setFakeAnswers({
            hello: { ok: true, protocol: 1, version: '0.1.0', running: true },
            list: JOBS,
        });
        const chromium = await Chromium.launch(world, { lang });
        try {
            const options = await chromium.browser.newPage();
            await options.setViewport({ width: 760, height: 900 });
            await options.goto(chromium.extensionUrl('options.html'));
            await waitFor('the options page', () => options.$('body[data-ready=true]'));
            await waitFor(
                'the connection status',
                async () => (await options.$eval('#status', (e) => e.className)) === 'good',
            );
            assert.equal(await options.$eval('html', (e) => e.lang), lang);
            assert.equal(
                await options.$eval('h1', (e) => e.textContent),
                messages.optionsHeading.message,
            );
            assert.equal(await options.title(), messages.optionsTitle.message);
            assert.equal(
                await options.$eval('#status', (e) => e.textContent),
                messages.statusRunning.message.replace('$VERSION$', '0.1.0'),
            );
            assert.deepEqual(await untranslated(options), []);
            assert.deepEqual(await overflowing(options), []);
            await screenshot(options, `options-${lang}.png`);

            const popup = await chromium.browser.newPage();
            await popup.setViewport({ width: 380, height: 600 });
            await popup.goto(chromium.extensionUrl('popup.html'));
            await waitFor("the popup's list", async () => (await popup.$$('li.job')).length === 3);
            assert.deepEqual(await untranslated(popup), []);
            assert.deepEqual(await overflowing(popup), []);
            const states = await popup.$$eval('li.job .state', (all) =>
                all.map((e) => e.textContent),
            );
            assert.deepEqual(states, [
                messages.state_Transferring.message,
                messages.state_Queued.message,
                messages.state_TransientError.message,
            ]);
            await screenshot(popup, `popup-${lang}.png`);
        } finally {
            await chromium.close();
        }
    });
}

test('the options are saved as typed, and a size that is not a number is refused', async () => {
    world.setFakeAnswers({ hello: { ok: true, protocol: 1, version: '0.1.0', running: false } });
    const chromium = await Chromium.launch(world, { lang: 'fr' });
    try {
        const page = await chromium.browser.newPage();
        await page.goto(chromium.extensionUrl('options.html'));
        await waitFor('the options page', () => page.$('body[data-ready=true]'));
        await waitFor(
            'the connection status',
            async () =>
                (await page.$eval('#status', (e) => e.textContent)) ===
                messagesOf('fr').statusNotRunning.message,
        );
        const stored = () => chromium.worker.evaluate(() => chrome.storage.local.get(null));
        await page.click('#takeTypes');
        await page.keyboard.type('iso, zip');
        await page.click('#neverSites');
        await page.keyboard.type('example.com');
        await page.click('#altClickKeeps');
        await page.click('#minimumSize', { count: 3 });
        await page.keyboard.type('1,5');
        await waitFor('the settings saved', async () => {
            const s = await stored();
            return (
                s.takeTypes === 'iso, zip' &&
                s.neverSites === 'example.com' &&
                s.altClickKeeps === false &&
                s.minimumSize === 1572864
            );
        });
        assert.equal(await page.$eval('#minimumSizeError', (e) => e.hidden), true);
        await page.click('#minimumSize', { count: 3 });
        await page.keyboard.type('beaucoup');
        await waitFor('the size refused', () => page.$eval('#minimumSizeError', (e) => !e.hidden));
        await page.click('#enabled');
        await new Promise((resolve) => setTimeout(resolve, 800));
        assert.equal((await stored()).enabled, true, 'nothing is saved while the size is wrong');
        await page.click('#minimumSize', { count: 3 });
        await page.keyboard.type('2');
        await page.select('#minimumUnit', 'KiB');
        await waitFor('saved again', async () => {
            const s = await stored();
            return s.enabled === false && s.minimumSize === 2048;
        });
        await page.reload();
        await waitFor('the options page', () => page.$('body[data-ready=true]'));
        assert.equal(await page.$eval('#minimumSize', (e) => e.value), '2');
        assert.equal(await page.$eval('#minimumUnit', (e) => e.value), 'KiB');
        assert.equal(await page.$eval('#enabled', (e) => e.checked), false);
        assert.equal(await page.$eval('#takeTypes', (e) => e.value), 'iso, zip');
    } finally {
        await chromium.close();
    }
});

test('the popup follows Haul every second, and says when Haul is not running or not installed', async () => {
    world.setFakeAnswers({ list: JOBS });
    const chromium = await Chromium.launch(world);
    try {
        const popup = await chromium.browser.newPage();
        await popup.goto(chromium.extensionUrl('popup.html'));
        await waitFor('three jobs', async () => (await popup.$$('li.job')).length === 3);
        assert.equal(await popup.$eval('li.job progress', (e) => e.value), 430);
        assert.match(
            await popup.$eval('li.job .bytes', (e) => e.textContent),
            /^1\.6 GiB of 3\.7 GiB · 43%$/,
        );
        assert.equal(
            await popup.$eval('li.job:nth-child(2) progress', (e) => e.hasAttribute('value')),
            false,
            'unknown size: indeterminate',
        );
        const moved = JSON.parse(JSON.stringify(JOBS));
        moved.jobs[0].bytesTransferred = 3994091520;
        moved.jobs.pop();
        world.setFakeAnswers({ list: moved });
        await waitFor(
            'the new progress',
            async () =>
                (await popup.$$('li.job')).length === 2 &&
                (await popup.$eval('li.job progress', (e) => e.value)) === 1000,
            { timeout: 5000 },
        );
        world.setFakeAnswers({ list: { ok: true, running: true, jobs: [] } });
        await waitFor(
            'no jobs',
            async () =>
                (await popup.$eval('#message', (e) => e.textContent)) === 'No active downloads.',
            { timeout: 5000 },
        );
        world.setFakeAnswers({ list: { ok: true, running: false, jobs: [] } });
        await waitFor(
            'not running',
            async () => (await popup.$eval('body', (e) => e.dataset.state)) === 'not_running',
            { timeout: 5000 },
        );
        assert.match(await popup.$eval('#message', (e) => e.textContent), /^Haul is not running\./);
        await screenshot(popup, 'popup-not-running-en.png');
        world.removeHost();
        await waitFor(
            'not installed',
            async () => (await popup.$eval('body', (e) => e.dataset.state)) === 'not_installed',
            { timeout: 5000 },
        );
        assert.match(
            await popup.$eval('#message', (e) => e.textContent),
            /haul install-browser-integration/,
        );
        await screenshot(popup, 'popup-not-installed-en.png');
        // Page data is text, never markup.
        world.installFakeHost();
        world.setFakeAnswers({
            list: {
                ok: true,
                running: true,
                jobs: [
                    {
                        id: 'x',
                        name: '<img src=x onerror=alert(1)>',
                        state: 'Bogus',
                        bytesTransferred: 1,
                        bytesTotal: 2,
                    },
                ],
            },
        });
        await waitFor(
            'the hostile name shown as text',
            async () => (await popup.$$('li.job')).length === 1,
        );
        assert.equal(
            await popup.$eval('li.job .name', (e) => e.textContent),
            '<img src=x onerror=alert(1)>',
        );
        assert.equal(await popup.$$eval('li.job img', (all) => all.length), 0);
        assert.equal(await popup.$eval('li.job .state', (e) => e.textContent), 'Bogus');
    } finally {
        await chromium.close();
    }
});
