// The options page: the rules of rules.js, saved in storage.local as soon as they change.
'use strict';

const fields = {
    enabled: document.getElementById('enabled'),
    minimumSize: document.getElementById('minimumSize'),
    minimumUnit: document.getElementById('minimumUnit'),
    takeTypes: document.getElementById('takeTypes'),
    leaveTypes: document.getElementById('leaveTypes'),
    neverSites: document.getElementById('neverSites'),
    altClickKeeps: document.getElementById('altClickKeeps'),
};
const numberFormat = new Intl.NumberFormat(uiLanguage, {
    maximumFractionDigits: 2,
    useGrouping: false,
});
let saveTimer = null;
let savedTimer = null;

function show(settings) {
    fields.enabled.checked = settings.enabled;
    const size = HaulRules.sizeToInput(settings.minimumSize);
    fields.minimumSize.value = numberFormat.format(size.number);
    fields.minimumUnit.value = size.unit;
    fields.takeTypes.value = settings.takeTypes;
    fields.leaveTypes.value = settings.leaveTypes;
    fields.neverSites.value = settings.neverSites;
    fields.altClickKeeps.checked = settings.altClickKeeps;
    document.getElementById('rules').classList.toggle('off', !settings.enabled);
}

// The settings the page shows, or null while the size is not a number.
function read() {
    const minimumSize = HaulRules.sizeFromInput(fields.minimumSize.value, fields.minimumUnit.value);
    document.getElementById('minimumSizeError').hidden = minimumSize !== null;
    fields.minimumSize.setAttribute('aria-invalid', String(minimumSize === null));
    if (minimumSize === null) return null;
    return HaulRules.sanitizeSettings({
        enabled: fields.enabled.checked,
        minimumSize,
        takeTypes: fields.takeTypes.value,
        leaveTypes: fields.leaveTypes.value,
        neverSites: fields.neverSites.value,
        altClickKeeps: fields.altClickKeeps.checked,
    });
}

async function save() {
    const settings = read();
    document.getElementById('rules').classList.toggle('off', !fields.enabled.checked);
    if (settings === null) return;
    await api.storage.local.set(settings);
    const saved = document.getElementById('saved');
    saved.textContent = api.i18n.getMessage('optSaved');
    clearTimeout(savedTimer);
    savedTimer = setTimeout(() => {
        saved.textContent = '';
    }, 2000);
}

function saveSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 300);
}

async function checkConnection() {
    const status = document.getElementById('status');
    status.className = '';
    status.textContent = api.i18n.getMessage('statusChecking');
    const answer = await askHaul({ type: 'hello' });
    const problem = HaulMessage.answerError(answer);
    if (problem !== '') {
        status.className = 'bad';
        status.textContent = api.i18n.getMessage(HaulMessage.problemKey(problem));
    } else if (answer.running === false) {
        status.textContent = api.i18n.getMessage('statusNotRunning');
    } else {
        status.className = 'good';
        const version = typeof answer.version === 'string' ? answer.version.slice(0, 40) : '';
        status.textContent = api.i18n.getMessage('statusRunning', [version]).replace(/\s+/g, ' ');
    }
}

async function start() {
    localize(document);
    document.title = api.i18n.getMessage('optionsTitle');
    show(HaulRules.sanitizeSettings(await api.storage.local.get(HaulRules.DEFAULTS)));
    for (const field of Object.values(fields)) {
        field.addEventListener('input', saveSoon);
        field.addEventListener('change', saveSoon);
    }
    document.getElementById('check').addEventListener('click', checkConnection);
    document.body.dataset.ready = 'true';
    await checkConnection();
}

start();
