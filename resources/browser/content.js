// Haul's content script, in every http(s) frame: notes Alt-clicked links (the browser keeps
// that one download) and lists the links of the selection for "Download all links with Haul".
// It only reads the page; the service worker checks everything it sends.
'use strict';

(function () {
    const api = typeof browser !== 'undefined' && browser.runtime ? browser : chrome;
    const MAX_LINKS = 1000;

    function linkOf(event) {
        for (const node of event.composedPath()) {
            if (
                node instanceof Element &&
                (node.localName === 'a' || node.localName === 'area') &&
                node.hasAttribute('href')
            )
                return node;
        }
        return null;
    }

    // Capture phase, so a page's own handler cannot hide the click from us. Only the user's
    // real clicks count: a page can dispatch synthetic ones with altKey set.
    // Chromium itself downloads an Alt-clicked link; this only tells the extension to leave
    // that download to the browser, it starts nothing.
    document.addEventListener(
        'click',
        (event) => {
            if (!event.isTrusted || !event.altKey || event.button !== 0) return;
            const link = linkOf(event);
            if (link === null || typeof link.href !== 'string') return;
            try {
                api.runtime.sendMessage({ type: 'haul-alt-click', url: link.href }).catch(() => {});
            } catch (e) {
                // the extension was reloaded: this page's script is orphaned
            }
        },
        true,
    );

    function selectedLinks() {
        const selection = document.getSelection();
        const urls = [];
        if (selection === null) return urls;
        for (let i = 0; i < selection.rangeCount && urls.length < MAX_LINKS; ++i) {
            const range = selection.getRangeAt(i);
            let root = range.commonAncestorContainer;
            if (!(root instanceof Element)) root = root.parentElement;
            if (root === null) continue;
            // A selection inside one link: that link.
            const around = root.closest('a[href], area[href]');
            const candidates =
                around !== null ? [around] : root.querySelectorAll('a[href], area[href]');
            for (const link of candidates) {
                if (urls.length >= MAX_LINKS) break;
                if (
                    range.intersectsNode(link) &&
                    typeof link.href === 'string' &&
                    !urls.includes(link.href)
                )
                    urls.push(link.href);
            }
        }
        return urls;
    }

    api.runtime.onMessage.addListener((message, sender, sendResponse) => {
        if (message && message.type === 'haul-selection-links' && sender.id === api.runtime.id) {
            sendResponse(selectedLinks());
            return false;
        }
        return false;
    });
})();
