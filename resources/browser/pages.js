// What the options page and the popup share: their texts from _locales, the browser's API.
'use strict';

const api = typeof browser !== 'undefined' && browser.runtime ? browser : chrome;
// The language of the messages shown, which may differ from the browser's own interface (a
// Chromium without its language packs says en-US while the extension speaks Spanish).
const uiLanguage = api.i18n.getMessage('languageTag') || api.i18n.getUILanguage();

// data-i18n sets the text, data-i18n-title the tooltip; never HTML.
function localize(root) {
    document.documentElement.lang = uiLanguage;
    for (const node of root.querySelectorAll('[data-i18n]'))
        node.textContent = api.i18n.getMessage(node.dataset.i18n);
    for (const node of root.querySelectorAll('[data-i18n-title]'))
        node.title = api.i18n.getMessage(node.dataset.i18nTitle);
}

// Haul's answer, or the extension's own error answer when the host cannot be asked.
async function askHaul(message) {
    try {
        const answer = await api.runtime.sendNativeMessage(HaulMessage.HOST, message);
        if (HaulMessage.answerError(answer) === 'no_answer')
            return { ok: false, error: { code: 'no_answer' } };
        return answer;
    } catch (e) {
        return {
            ok: false,
            error: {
                code: HaulMessage.hostMissing(e && e.message) ? 'not_installed' : 'unreachable',
            },
        };
    }
}
