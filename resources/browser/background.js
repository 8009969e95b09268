// Haul's extension: the service worker (Chromium) or event page (Firefox). It takes over the
// downloads the browser starts, offers the context menu, and asks `haul browser-host` by
// native messaging, one sendNativeMessage per request (PROTOCOL.md).
'use strict';

// Chromium runs this file alone as the service worker; Firefox loads the manifest's
// "scripts" (rules.js, message.js, background.js) in order.
if (typeof importScripts === 'function' && typeof HaulRules === 'undefined')
    importScripts('rules.js', 'message.js');

const api = typeof browser !== 'undefined' && browser.runtime ? browser : chrome;
const isFirefox = typeof api.runtime.getBrowserInfo === 'function';
const ALT_CLICK_MEMORY_MS = 60 * 1000;
const MENU = Object.freeze({ link: 'haul-link', selection: 'haul-selection', media: 'haul-media' });

// --- Talking to Haul -----------------------------------------------------------------------

// Haul's answer, or an answer of our own making when the host could not be asked: this
// never throws, so every caller decides on `ok` alone.
async function askHaul(message) {
    let answer;
    try {
        answer = await api.runtime.sendNativeMessage(HaulMessage.HOST, message);
    } catch (e) {
        const missing = HaulMessage.hostMissing(e && e.message);
        return {
            type: message.type,
            ok: false,
            error: {
                code: missing ? 'not_installed' : 'unreachable',
                message: String(e && e.message),
            },
        };
    }
    if (HaulMessage.answerError(answer) === 'no_answer')
        return {
            type: message.type,
            ok: false,
            error: { code: 'no_answer', message: 'no answer' },
        };
    return answer;
}

async function loadSettings() {
    try {
        return HaulRules.sanitizeSettings(await api.storage.local.get(HaulRules.DEFAULTS));
    } catch (e) {
        return HaulRules.sanitizeSettings(null);
    }
}

// The last hand-over that failed, for the popup to explain (the browser kept the download).
async function noteProblem(code, url) {
    try {
        await api.storage.local.set({
            lastProblem: { code, url: String(url).slice(0, 2000), time: Date.now() },
        });
    } catch (e) {
        // nothing to do: the browser keeps the download either way
    }
}

// --- Cookies --------------------------------------------------------------------------------

// The cookie store of a private tab or download: Chromium has one incognito store ("1"),
// Firefox one per container and "firefox-private".
async function cookieStoreFor({ tabId, incognito, cookieStoreId }) {
    if (typeof cookieStoreId === 'string' && cookieStoreId !== '') return cookieStoreId;
    if (!incognito && !(Number.isInteger(tabId) && tabId >= 0)) return undefined;
    let stores = [];
    try {
        stores = await api.cookies.getAllCookieStores();
    } catch (e) {
        return undefined;
    }
    const byTab = stores.find((s) => Number.isInteger(tabId) && s.tabIds.includes(tabId));
    if (byTab) return byTab.id;
    if (incognito) {
        const privateStore = stores.find(
            (s) => s.incognito === true || (s.id !== '0' && s.id !== 'firefox-default'),
        );
        return privateStore ? privateStore.id : undefined;
    }
    return undefined;
}

// The cookies the browser would send to url, from the store of that tab or download.
async function cookiesFor(url, where) {
    const query = { url };
    const storeId = await cookieStoreFor(where);
    if (storeId !== undefined) query.storeId = storeId;
    if (isFirefox) query.firstPartyDomain = null; // required when first-party isolation is on
    try {
        return HaulMessage.cookies(await api.cookies.getAll(query));
    } catch (e) {
        delete query.firstPartyDomain;
        try {
            return HaulMessage.cookies(await api.cookies.getAll(query));
        } catch (e2) {
            return [];
        }
    }
}

// --- Alt-click: the browser keeps that one download ----------------------------------------

const altClicks = new Map(); // URL without fragment -> time of the click

function forgetOldAltClicks(now) {
    for (const [url, time] of altClicks) {
        if (now - time > ALT_CLICK_MEMORY_MS) altClicks.delete(url);
    }
}

async function rememberAltClick(url) {
    const key = HaulRules.withoutFragment(url);
    if (key === null) return;
    const now = Date.now();
    forgetOldAltClicks(now);
    altClicks.set(key, now);
    if (altClicks.size > 100) altClicks.delete(altClicks.keys().next().value);
    // A service worker may be stopped between the click and the download.
    try {
        await api.storage.session.set({ altClicks: Array.from(altClicks) });
    } catch (e) {
        // memory alone then
    }
}

// Whether one of these URLs was Alt-clicked lately; the click is used up.
async function takeAltClick(urls) {
    const now = Date.now();
    if (altClicks.size === 0) {
        try {
            const stored = await api.storage.session.get('altClicks');
            for (const [url, time] of stored.altClicks || []) altClicks.set(url, time);
        } catch (e) {
            // memory alone
        }
    }
    forgetOldAltClicks(now);
    for (const url of urls) {
        const key = HaulRules.withoutFragment(url);
        if (key !== null && altClicks.has(key)) {
            altClicks.delete(key);
            api.storage.session.set({ altClicks: Array.from(altClicks) }).catch(() => {});
            return true;
        }
    }
    return false;
}

// --- Downloads the browser starts ---------------------------------------------------------------

function sizeOf(item) {
    for (const value of [item.totalBytes, item.fileSize]) {
        if (Number.isSafeInteger(value) && value > 0) return value;
    }
    return -1;
}

// Cancels the browser's copy and takes it off the browser's list. A download the browser
// already finished (Firefox hands it over after it started) has its file removed instead.
async function dropBrowserCopy(id) {
    try {
        await api.downloads.cancel(id);
    } catch (e) {
        try {
            await api.downloads.removeFile(id);
        } catch (e2) {
            // nothing left on disk
        }
    }
    try {
        await api.downloads.erase({ id });
    } catch (e) {
        // already gone
    }
}

// Hands one browser download to Haul if the rules say so. True when Haul has it (and the
// browser's copy is gone); false when the browser keeps it.
async function takeBrowserDownload(item) {
    const url = item.finalUrl || item.url;
    const settings = await loadSettings();
    const facts = {
        url,
        referrer: item.referrer,
        filename: item.filename,
        size: sizeOf(item),
        byOtherExtension: typeof item.byExtensionId === 'string' && item.byExtensionId !== '',
        altClicked: settings.altClickKeeps && (await takeAltClick([item.url, url])),
    };
    const verdict = HaulRules.decide(settings, facts);
    if (!verdict.take) return false;
    const message = HaulMessage.download({
        url,
        referrer: item.referrer,
        filename: HaulRules.fileNameOf(item.filename, url),
        size: facts.size,
        mime: item.mime,
        userAgent: navigator.userAgent,
        incognito: item.incognito === true,
        cookies: await cookiesFor(url, {
            incognito: item.incognito === true,
            cookieStoreId: item.cookieStoreId,
        }),
        source: 'download',
    });
    if (message === null) return false;
    const answer = await askHaul(message);
    const problem = HaulMessage.answerError(answer);
    if (problem !== '') {
        await noteProblem(problem, url);
        return false;
    }
    await dropBrowserCopy(item.id);
    return true;
}

// Chromium: the download waits for suggest() while Haul is asked, so nothing is saved
// under a name before Haul answers; suggest() lets the browser go on with its own copy.
function onDeterminingFilename(item, suggest) {
    takeBrowserDownload(item).then(
        (taken) => {
            if (!taken) suggest();
        },
        () => suggest(),
    );
    return true;
}

// Firefox has no onDeterminingFilename: the download has started when Haul is asked.
function onDownloadCreated(item) {
    if (item.state !== undefined && item.state !== 'in_progress') return;
    takeBrowserDownload(item).catch(() => {});
}

if (api.downloads.onDeterminingFilename)
    api.downloads.onDeterminingFilename.addListener(onDeterminingFilename);
else api.downloads.onCreated.addListener(onDownloadCreated);

// --- The context menu --------------------------------------------------------------------------

// Made again at install and start-up; the promise forms work in both browsers (Firefox's
// browser.* takes no callback for removeAll).
async function createMenus() {
    try {
        await api.contextMenus.removeAll();
    } catch (e) {
        // none yet
    }
    const menus = [
        { id: MENU.link, title: api.i18n.getMessage('menuLink'), contexts: ['link'] },
        { id: MENU.selection, title: api.i18n.getMessage('menuSelection'), contexts: ['selection'] },
        { id: MENU.media, title: api.i18n.getMessage('menuMedia'), contexts: ['audio', 'video'] },
    ];
    for (const menu of menus) api.contextMenus.create(menu, () => void api.runtime.lastError);
}

// A short mark on the toolbar button after a menu command, with the reason in its tooltip.
async function showOutcome(tabId, ok, text) {
    const where = Number.isInteger(tabId) && tabId >= 0 ? { tabId } : {};
    try {
        await api.action.setBadgeBackgroundColor(
            Object.assign({ color: ok ? '#1f7a3a' : '#b3261e' }, where),
        );
        await api.action.setBadgeText(Object.assign({ text: ok ? '\u2713' : '!' }, where));
        await api.action.setTitle(Object.assign({ title: text }, where));
    } catch (e) {
        return; // the tab is gone
    }
    setTimeout(() => {
        api.action.setBadgeText(Object.assign({ text: '' }, where)).catch(() => {});
        api.action
            .setTitle(Object.assign({ title: api.i18n.getMessage('actionTitle') }, where))
            .catch(() => {});
    }, 8000);
}

function problemText(code) {
    return api.i18n.getMessage(HaulMessage.problemKey(code));
}

// The links of the selection, from the content script of that frame; checked again here.
async function selectionLinks(tabId, frameId) {
    let found;
    try {
        found = await api.tabs.sendMessage(
            tabId,
            { type: 'haul-selection-links' },
            { frameId: Number.isInteger(frameId) ? frameId : 0 },
        );
    } catch (e) {
        return []; // no content script there (a page opened before the extension was)
    }
    if (!Array.isArray(found)) return [];
    const urls = [];
    for (const url of found.slice(0, HaulMessage.MAX_ITEMS)) {
        const clean = HaulRules.withoutFragment(url);
        if (clean !== null && !urls.includes(clean)) urls.push(clean);
    }
    return urls;
}

// The context menu's command; a named global so tests can call it from the service worker.
// Resolves to Haul's answer (or the extension's own error answer).
async function onMenuClicked(info, tab) {
    const tabId = tab && Number.isInteger(tab.id) ? tab.id : -1;
    const where = {
        tabId,
        incognito: !!(tab && tab.incognito),
        cookieStoreId: tab && tab.cookieStoreId,
    };
    const page = info.frameUrl || info.pageUrl || (tab && tab.url) || '';
    const describe = async (url, source) => ({
        url,
        referrer: HaulRules.referrerFor(page, url),
        userAgent: navigator.userAgent,
        incognito: where.incognito,
        cookies: await cookiesFor(url, where),
        source,
    });
    let answer;
    if (info.menuItemId === MENU.link || info.menuItemId === MENU.media) {
        const url = info.menuItemId === MENU.link ? info.linkUrl : info.srcUrl;
        const source = info.menuItemId === MENU.link ? 'link' : 'media';
        const message = HaulRules.isWebUrl(url)
            ? HaulMessage.download(await describe(url, source))
            : null;
        answer =
            message === null
                ? { type: 'download', ok: false, error: { code: 'not_web' } }
                : await askHaul(message);
    } else if (info.menuItemId === MENU.selection) {
        const urls = await selectionLinks(tabId, info.frameId);
        const items = [];
        for (const url of urls) items.push(await describe(url, 'link'));
        const messages = HaulMessage.links(items);
        answer = { type: 'links', ok: false, error: { code: 'no_links' } };
        for (const message of messages) {
            answer = await askHaul(message);
            if (HaulMessage.answerError(answer) !== '') break;
        }
    } else {
        return null;
    }
    const problem = HaulMessage.answerError(answer);
    await showOutcome(
        tabId,
        problem === '',
        problem === '' ? api.i18n.getMessage('handedOver') : problemText(problem),
    );
    return answer;
}

api.contextMenus.onClicked.addListener((info, tab) => {
    onMenuClicked(info, tab).catch(() => {});
});

// --- Messages from the content script and the extension's pages -------------------------------

api.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (message === null || typeof message !== 'object') return false;
    if (message.type === 'haul-alt-click' && sender.tab && typeof message.url === 'string') {
        rememberAltClick(message.url).then(
            () => sendResponse(true),
            () => sendResponse(false),
        );
        return true;
    }
    return false;
});

api.runtime.onInstalled.addListener(() => void createMenus());
if (api.runtime.onStartup) api.runtime.onStartup.addListener(() => void createMenus());
