// What the browser tests share: a private world in a temporary folder (home, XDG folders,
// the browser profile with its native messaging host manifest, the download folder), the
// system Chromium with the extension loaded, bounded waits, and clean-up by pid.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const assert = require('node:assert/strict');

const SOURCE_DIR = path.resolve(__dirname, '..', '..');
const EXTENSION_DIR = path.join(SOURCE_DIR, 'resources', 'browser');
const EXTENSION_ID = fs.readFileSync(path.join(EXTENSION_DIR, 'extension-id.txt'), 'utf8').trim();
const CHROMIUM = process.env.HAUL_TEST_CHROMIUM || '/usr/bin/chromium';
const FIREFOX = process.env.HAUL_TEST_FIREFOX || '/usr/bin/firefox-esr';
const HOST_NAME = 'io.github.haul';

// A missing program fails the test, naming the Debian package that brings it.
function requireProgram(file, debianPackage) {
    try {
        fs.accessSync(file, fs.constants.X_OK);
    } catch (e) {
        assert.fail(
            `${file} is missing: install the Debian package ${debianPackage} ` +
                '(installer/setup-debian.sh --tests)',
        );
    }
}

function puppeteer() {
    try {
        return require('puppeteer-core');
    } catch (e) {
        assert.fail(
            'puppeteer-core is missing: tests/browser/run.sh installs it with npm into the build folder',
        );
    }
    return null;
}

// Waits until `probe` returns something truthy (or a promise of it), at most `timeout` ms.
async function waitFor(what, probe, { timeout = 15000, interval = 100 } = {}) {
    const deadline = Date.now() + timeout;
    let last;
    for (;;) {
        try {
            last = await probe();
            if (last) return last;
        } catch (e) {
            last = e;
        }
        if (Date.now() > deadline)
            assert.fail(
                `timed out after ${timeout} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
            );
        await new Promise((resolve) => setTimeout(resolve, interval));
    }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A temporary folder that stands for the user's: nothing the test runs touches the real home.
class World {
    constructor(name) {
        this.dir = fs.mkdtempSync(path.join(os.tmpdir(), `haul-browser-${name}-`));
        this.home = this.mkdir('home');
        this.config = this.mkdir('home/.config');
        this.data = this.mkdir('home/.local/share');
        this.cache = this.mkdir('home/.cache');
        this.downloads = this.mkdir('home/Downloads');
        this.profile = this.mkdir('profile');
        this.firefoxProfile = this.mkdir('firefox-profile');
        this.store = path.join(this.dir, 'jobs.db');
        this.fakeHostDir = this.mkdir('fake-host');
    }

    mkdir(relative) {
        const dir = path.join(this.dir, relative);
        fs.mkdirSync(dir, { recursive: true });
        return dir;
    }

    // The environment of the browser, and so of the host it starts and of Haul.
    env(extra = {}) {
        return Object.assign(
            {},
            process.env,
            {
                HOME: this.home,
                XDG_CONFIG_HOME: this.config,
                XDG_DATA_HOME: this.data,
                XDG_CACHE_HOME: this.cache,
                XDG_DOWNLOAD_DIR: this.downloads,
                HAUL_STORE: this.store,
                HAUL_KEYCHAIN_SERVICE: `haul-browser-test-${process.pid}`,
                HAUL_FAKE_HOST_DIR: this.fakeHostDir,
                QT_QPA_PLATFORM: 'offscreen',
            },
            extra,
        );
    }

    // The host manifest Chromium finds in the profile's NativeMessagingHosts folder.
    installHost(hostPath) {
        const dir = path.join(this.profile, 'NativeMessagingHosts');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(
            path.join(dir, `${HOST_NAME}.json`),
            JSON.stringify(
                {
                    name: HOST_NAME,
                    description: 'Haul',
                    path: hostPath,
                    type: 'stdio',
                    allowed_origins: [`chrome-extension://${EXTENSION_ID}/`],
                },
                null,
                2,
            ),
        );
    }

    // Firefox's: the same host, allowed for the add-on id.
    installFirefoxHost(hostPath) {
        const dir = path.join(this.home, '.mozilla', 'native-messaging-hosts');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(
            path.join(dir, `${HOST_NAME}.json`),
            JSON.stringify({
                name: HOST_NAME,
                description: 'Haul',
                path: hostPath,
                type: 'stdio',
                allowed_extensions: ['haul@haul.github.io'],
            }),
        );
    }

    removeHost() {
        for (const dir of [
            path.join(this.profile, 'NativeMessagingHosts'),
            path.join(this.home, '.mozilla', 'native-messaging-hosts'),
        ])
            fs.rmSync(path.join(dir, `${HOST_NAME}.json`), { force: true });
    }

    // The fake host (fake-host.js) behind a small launcher, as a real host is one program.
    installFakeHost() {
        const launcher = path.join(this.dir, 'fake-host.sh');
        fs.writeFileSync(
            launcher,
            `#!/bin/sh\nexec "${process.execPath}" "${path.join(__dirname, 'fake-host.js')}" "$@"\n`,
        );
        fs.chmodSync(launcher, 0o755);
        this.installHost(launcher);
        this.installFirefoxHost(launcher);
        this.setFakeAnswers({});
    }

    setFakeAnswers(answers) {
        fs.writeFileSync(path.join(this.fakeHostDir, 'answers.json'), JSON.stringify(answers));
    }

    fakeRequests() {
        let text = '';
        try {
            text = fs.readFileSync(path.join(this.fakeHostDir, 'requests.jsonl'), 'utf8');
        } catch (e) {
            return [];
        }
        return text
            .split('\n')
            .filter((line) => line !== '')
            .map((line) => JSON.parse(line));
    }

    clearFakeRequests() {
        fs.rmSync(path.join(this.fakeHostDir, 'requests.jsonl'), { force: true });
    }

    downloadedFiles() {
        return fs.readdirSync(this.downloads);
    }

    remove() {
        fs.rmSync(this.dir, { recursive: true, force: true });
    }
}

// The system Chromium, headless (the new mode), with the extension from the source tree.
class Chromium {
    static async launch(world, { lang = 'en', extraEnv = {} } = {}) {
        requireProgram(CHROMIUM, 'chromium');
        // Downloads go to the world's folder without asking.
        fs.mkdirSync(path.join(world.profile, 'Default'), { recursive: true });
        fs.writeFileSync(
            path.join(world.profile, 'Default', 'Preferences'),
            JSON.stringify({
                download: {
                    default_directory: world.downloads,
                    prompt_for_download: false,
                    directory_upgrade: true,
                },
                intl: { accept_languages: lang },
            }),
        );
        const browser = await puppeteer().launch({
            executablePath: CHROMIUM,
            pipe: true,
            headless: true,
            enableExtensions: true,
            userDataDir: world.profile,
            env: world.env(Object.assign({ LANGUAGE: lang, LANG: 'C.UTF-8' }, extraEnv)),
            args: [
                // Root cannot run the sandbox; this machine has no GPU and no outside network.
                ...(process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : []),
                '--disable-gpu',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-quic',
                '--disable-sync',
                '--no-first-run',
                `--lang=${lang}`,
            ],
            protocolTimeout: 60000,
        });
        const chromium = new Chromium(browser);
        try {
            // Loaded through the DevTools pipe, as enableExtensions: [folder] does, but
            // awaited so the id can be checked at once.
            const id = await browser.installExtension(EXTENSION_DIR);
            assert.equal(id, EXTENSION_ID, 'the extension id comes from the manifest key');
            chromium.extensionId = id;
            chromium.worker = await chromium.serviceWorker();
        } catch (e) {
            await chromium.close();
            throw e;
        }
        return chromium;
    }

    constructor(browser) {
        this.browser = browser;
        this.pid = browser.process() ? browser.process().pid : 0;
    }

    async serviceWorker() {
        const target = await this.browser.waitForTarget(
            (t) =>
                t.type() === 'service_worker' &&
                t.url() === `chrome-extension://${EXTENSION_ID}/background.js`,
            { timeout: 15000 },
        );
        const worker = await target.worker();
        // The worker is up once its listeners are registered.
        await waitFor('the service worker', () =>
            worker.evaluate(() => typeof onMenuClicked === 'function'),
        );
        return worker;
    }

    extensionUrl(file) {
        return `chrome-extension://${EXTENSION_ID}/${file}`;
    }

    // The browser's own downloads, asked from the service worker.
    async browserDownloads() {
        return this.worker.evaluate(() => chrome.downloads.search({}));
    }

    async setSettings(settings) {
        await this.worker.evaluate(async (s) => {
            await chrome.storage.local.clear();
            await chrome.storage.local.set(s);
        }, settings);
    }

    // Closes the browser; if it does not go within 10 s, ends it by its pid.
    async close() {
        const closing = this.browser.close().catch(() => {});
        const timer = sleep(10000).then(() => 'late');
        if ((await Promise.race([closing, timer])) === 'late' && this.pid > 0) {
            try {
                process.kill(-this.pid, 'SIGKILL');
            } catch (e) {
                try {
                    process.kill(this.pid, 'SIGKILL');
                } catch (e2) {
                    // already gone
                }
            }
        }
    }
}

// Debian's firefox-esr, headless, driven over WebDriver BiDi, with the extension installed
// as a temporary add-on. Its host manifest is looked up in ~/.mozilla/native-messaging-hosts
// (HOME is the world's). BiDi reaches no extension page, so the context menu and the popup
// are tested in Chromium only; they are the same code.
class Firefox {
    static async launch(world, { lang = 'en' } = {}) {
        requireProgram(FIREFOX, 'firefox-esr');
        const browser = await puppeteer().launch({
            browser: 'firefox',
            executablePath: FIREFOX,
            headless: true,
            userDataDir: world.firefoxProfile,
            env: world.env({ LANGUAGE: lang, LANG: 'C.UTF-8' }),
            extraPrefsFirefox: {
                'browser.download.dir': world.downloads,
                'browser.download.folderList': 2,
                'browser.download.useDownloadDir': true,
                'browser.download.always_ask_before_handling_new_types': false,
                'intl.locale.requested': lang,
            },
            protocolTimeout: 60000,
        });
        const firefox = new Firefox(browser);
        try {
            assert.equal(await browser.installExtension(EXTENSION_DIR), 'haul@haul.github.io');
        } catch (e) {
            await firefox.close();
            throw e;
        }
        return firefox;
    }

    constructor(browser) {
        this.browser = browser;
        this.pid = browser.process() ? browser.process().pid : 0;
    }

    close() {
        return Chromium.prototype.close.call(this);
    }
}

module.exports = {
    Firefox,
    FIREFOX,
    SOURCE_DIR,
    EXTENSION_DIR,
    EXTENSION_ID,
    CHROMIUM,
    World,
    Chromium,
    waitFor,
    sleep,
    requireProgram,
};
