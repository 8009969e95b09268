// The toolbar popup: Haul's active downloads from the host's `list` answer, asked again
// every second while the popup is open (the next request only after the last answer).
'use strict';

const REFRESH_MS = 1000;
const PROBLEM_SHOWN_MS = 10 * 60 * 1000;
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
const wholeNumber = new Intl.NumberFormat(uiLanguage, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(uiLanguage, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
});
const percent = new Intl.NumberFormat(uiLanguage, { style: 'percent', maximumFractionDigits: 0 });

// Binary units, one decimal, as the window shows sizes.
function formatSize(bytes) {
    let unit = 0;
    let value = bytes;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        ++unit;
    }
    const number = unit === 0 ? wholeNumber.format(value) : oneDecimal.format(value);
    return api.i18n.getMessage('size_' + UNITS[unit], [number]);
}

function stateName(state) {
    return api.i18n.getMessage('state_' + state) || state;
}

function jobRow(job) {
    const row = document.createElement('li');
    row.className = 'job';
    row.dataset.id = job.id;
    const name = document.createElement('div');
    name.className = 'name';
    name.textContent = job.name;
    name.title = job.name;
    const bar = document.createElement('progress');
    bar.max = 1000;
    const detail = document.createElement('div');
    detail.className = 'detail';
    const state = document.createElement('span');
    state.className = 'state';
    state.textContent = stateName(job.state);
    const bytes = document.createElement('span');
    bytes.className = 'bytes';
    if (job.bytesTotal > 0) {
        const fraction = Math.min(1, job.bytesTransferred / job.bytesTotal);
        bar.value = Math.round(fraction * 1000);
        bytes.textContent =
            api.i18n.getMessage('popupProgress', [
                formatSize(job.bytesTransferred),
                formatSize(job.bytesTotal),
            ]) +
            ' \u00b7 ' +
            percent.format(fraction);
    } else {
        bar.removeAttribute('value'); // indeterminate: the size is not known
        bytes.textContent = formatSize(job.bytesTransferred);
    }
    detail.append(state, bytes);
    row.append(name, bar, detail);
    return row;
}

function showMessage(strongKey, hintKey) {
    const message = document.getElementById('message');
    message.replaceChildren();
    if (strongKey === '') return;
    const strong = document.createElement('strong');
    strong.textContent = api.i18n.getMessage(strongKey);
    message.append(strong);
    if (hintKey !== '') {
        const hint = document.createElement('span');
        hint.className = 'hint';
        hint.textContent = api.i18n.getMessage(hintKey);
        message.append(hint);
    }
}

function render(answer) {
    const list = document.getElementById('jobs');
    const problem = HaulMessage.answerError(answer);
    let jobs = [];
    if (problem !== '') {
        showMessage(HaulMessage.problemKey(problem), '');
    } else if (answer.running === false) {
        showMessage('popupNotRunning', 'popupNotRunningHint');
    } else {
        jobs = HaulMessage.listedJobs(answer);
        showMessage(jobs.length === 0 ? 'popupEmpty' : '', '');
    }
    list.replaceChildren(...jobs.map(jobRow));
    document.body.dataset.state =
        problem !== '' ? problem : answer.running === false ? 'not_running' : 'running';
}

async function showLastProblem() {
    const box = document.getElementById('lastProblem');
    let stored = {};
    try {
        stored = await api.storage.local.get('lastProblem');
    } catch (e) {
        return;
    }
    const last = stored.lastProblem;
    const fresh =
        last && typeof last.time === 'number' && Date.now() - last.time < PROBLEM_SHOWN_MS;
    box.hidden = !fresh;
    if (fresh) {
        const reason = api.i18n.getMessage(HaulMessage.problemKey(String(last.code)));
        box.textContent = api.i18n.getMessage('popupLastProblem', [reason]);
    }
}

async function refresh() {
    render(await askHaul({ type: 'list' }));
    document.body.dataset.ready = 'true';
    setTimeout(refresh, REFRESH_MS);
}

localize(document);
document.getElementById('options').addEventListener('click', (event) => {
    event.preventDefault();
    api.runtime.openOptionsPage();
    window.close();
});
showLastProblem();
refresh();
