// Which downloads Haul takes: the options' rules as pure functions over plain values. No
// browser API is used here, so tests/browser/rules.test.js runs this file in plain Node.
'use strict';

(function (root) {
    const KIB = 1024;
    const MAX_URL_LENGTH = 65536; // longer "URLs" from a page are refused, not parsed

    const DEFAULTS = Object.freeze({
        enabled: true,
        minimumSize: 0, // bytes; 0: every size
        takeTypes: '', // file name extensions; empty: every type
        leaveTypes: '',
        neverSites: '', // one site a line: example.com also covers its subdomains
        altClickKeeps: true,
    });

    const SIZE_UNITS = Object.freeze({ KiB: KIB, MiB: KIB * KIB, GiB: KIB * KIB * KIB });

    // An http or https URL, without a user name or password, or null. Pages are hostile:
    // anything else they offer (javascript:, data:, blob:, file:, garbage) is refused here.
    function webUrl(text) {
        if (typeof text !== 'string' || text.length === 0 || text.length > MAX_URL_LENGTH)
            return null;
        let url;
        try {
            url = new URL(text);
        } catch (e) {
            return null;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
        if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
        return url;
    }

    function isWebUrl(text) {
        return webUrl(text) !== null;
    }

    // "iso, .ZIP *.tar.gz" -> ["iso", "zip", "tar.gz"]
    function parseTypes(text) {
        if (typeof text !== 'string') return [];
        const types = [];
        for (let word of text.toLowerCase().split(/[\s,;]+/)) {
            word = word.replace(/^\*?\.+/, '').replace(/\.+$/, '');
            if (word !== '' && /^[\p{L}\p{N}._+~-]+$/u.test(word) && !types.includes(word))
                types.push(word);
        }
        return types;
    }

    // "https://www.example.com/x\n*.example.org\nlocalhost:8080" -> host names
    function parseSites(text) {
        if (typeof text !== 'string') return [];
        const sites = [];
        for (let line of text.split(/[\s,;]+/)) {
            line = line.trim().toLowerCase().replace(/^\*\./, '').replace(/^\.+/, '');
            if (line === '') continue;
            let host = null;
            const asUrl = webUrl(/^[a-z][a-z0-9+.-]*:\/\//.test(line) ? line : 'http://' + line);
            if (asUrl !== null) host = asUrl.hostname.replace(/\.$/, '');
            if (host !== null && host !== '' && !sites.includes(host)) sites.push(host);
        }
        return sites;
    }

    function hostMatches(host, site) {
        host = host.replace(/\.$/, '');
        return host === site || host.endsWith('.' + site);
    }

    function onSite(url, sites) {
        const parsed = webUrl(url);
        if (parsed === null) return false;
        const host = parsed.hostname.toLowerCase();
        return sites.some((site) => hostMatches(host, site));
    }

    // The last part of a path, Unix or Windows: the browser's file name may be absolute.
    function baseName(path) {
        if (typeof path !== 'string') return '';
        const parts = path.split(/[\\/]/);
        return parts[parts.length - 1];
    }

    // The file name the browser chose, else the URL's last path segment.
    function fileNameOf(filename, url) {
        const name = baseName(filename);
        if (name !== '') return name;
        const parsed = webUrl(url);
        if (parsed === null) return '';
        let segment = baseName(parsed.pathname);
        try {
            segment = decodeURIComponent(segment);
        } catch (e) {
            // keep the encoded form
        }
        return baseName(segment);
    }

    function hasType(name, types) {
        const lower = name.toLowerCase();
        return types.some((type) => lower.endsWith('.' + type));
    }

    function sizeOrUnknown(value) {
        return Number.isSafeInteger(value) && value > 0 ? value : -1;
    }

    // Stored settings may be from an older version or edited by hand: every field checked.
    function sanitizeSettings(raw) {
        const settings = Object.assign({}, DEFAULTS);
        if (raw === null || typeof raw !== 'object') return settings;
        if (typeof raw.enabled === 'boolean') settings.enabled = raw.enabled;
        if (typeof raw.altClickKeeps === 'boolean') settings.altClickKeeps = raw.altClickKeeps;
        if (Number.isSafeInteger(raw.minimumSize) && raw.minimumSize >= 0)
            settings.minimumSize = raw.minimumSize;
        for (const key of ['takeTypes', 'leaveTypes', 'neverSites']) {
            if (typeof raw[key] === 'string') settings[key] = raw[key].slice(0, 65536);
        }
        return settings;
    }

    // A size typed in the options ("1.5", "MiB") in bytes, or null when it is not a size.
    function sizeFromInput(number, unit) {
        const factor = SIZE_UNITS[unit];
        const value =
            typeof number === 'number' ? number : Number(String(number).trim().replace(',', '.'));
        if (!factor || !Number.isFinite(value) || value < 0 || String(number).trim() === '')
            return null;
        const bytes = Math.round(value * factor);
        return Number.isSafeInteger(bytes) ? bytes : null;
    }

    // The largest unit that shows the size whole or with up to two decimals.
    function sizeToInput(bytes) {
        if (!Number.isSafeInteger(bytes) || bytes <= 0) return { number: 0, unit: 'MiB' };
        for (const unit of ['GiB', 'MiB', 'KiB']) {
            const value = bytes / SIZE_UNITS[unit];
            if (value >= 1) return { number: Math.round(value * 100) / 100, unit };
        }
        return { number: Math.round((bytes / KIB) * 100) / 100, unit: 'KiB' };
    }

    // Whether Haul takes a download the browser started. `download` has the fields
    // url, referrer, filename, size, altClicked (the user Alt-clicked this link) and
    // byOtherExtension (another extension started it). The reason is for logs and tests.
    function decide(rawSettings, download) {
        const settings = sanitizeSettings(rawSettings);
        const leave = (reason) => ({ take: false, reason });
        if (!settings.enabled) return leave('disabled');
        if (!isWebUrl(download.url)) return leave('not-web');
        if (download.byOtherExtension) return leave('extension');
        if (settings.altClickKeeps && download.altClicked) return leave('modifier');
        const sites = parseSites(settings.neverSites);
        if (sites.length > 0 && (onSite(download.url, sites) || onSite(download.referrer, sites)))
            return leave('site');
        const name = fileNameOf(download.filename, download.url);
        const leaveTypes = parseTypes(settings.leaveTypes);
        if (leaveTypes.length > 0 && hasType(name, leaveTypes)) return leave('leave-type');
        const takeTypes = parseTypes(settings.takeTypes);
        if (takeTypes.length > 0 && !hasType(name, takeTypes)) return leave('not-take-type');
        // An unknown size is taken: Haul learns it from the server.
        const size = sizeOrUnknown(download.size);
        if (settings.minimumSize > 0 && size >= 0 && size < settings.minimumSize)
            return leave('small');
        return { take: true, reason: 'rules' };
    }

    // The Referer the browser itself would send for a link on pageUrl to targetUrl, under
    // the default policy strict-origin-when-cross-origin: the whole page address to the same
    // origin, only the origin to another, nothing from https to http.
    function referrerFor(pageUrl, targetUrl) {
        const page = webUrl(pageUrl);
        const target = webUrl(targetUrl);
        if (page === null || target === null) return '';
        if (page.protocol === 'https:' && target.protocol === 'http:') return '';
        if (page.origin === target.origin) {
            page.hash = '';
            return page.href;
        }
        return page.origin + '/';
    }

    // The same address with its fragment dropped: Alt-clicked links are compared this way.
    function withoutFragment(text) {
        const url = webUrl(text);
        if (url === null) return null;
        url.hash = '';
        return url.href;
    }

    const HaulRules = {
        DEFAULTS,
        SIZE_UNITS,
        webUrl,
        isWebUrl,
        parseTypes,
        parseSites,
        hostMatches,
        baseName,
        fileNameOf,
        sizeOrUnknown,
        sanitizeSettings,
        sizeFromInput,
        sizeToInput,
        decide,
        referrerFor,
        withoutFragment,
    };
    if (typeof module === 'object' && module.exports) module.exports = HaulRules;
    else root.HaulRules = HaulRules;
})(typeof globalThis !== 'undefined' ? globalThis : this);
