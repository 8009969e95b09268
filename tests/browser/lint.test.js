// Firefox's view of the extension: `web-ext lint` (Mozilla's addons-linter) finds no error.
// Its warnings are printed; the one expected is that Firefox ignores background.service_worker
// (it runs background.scripts instead, and Chromium the other way round).
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const EXTENSION_DIR = path.resolve(__dirname, '..', '..', 'resources', 'browser');

function webExt() {
    for (const dir of (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)) {
        const bin = path.join(dir, '.bin', 'web-ext');
        if (fs.existsSync(bin)) return bin;
    }
    return assert.fail(
        'web-ext is missing: tests/browser/run.sh installs it with npm into the build folder',
    );
}

test('web-ext lint finds no error in the extension', () => {
    let output;
    try {
        output = execFileSync(
            webExt(),
            [
                'lint',
                '--source-dir',
                EXTENSION_DIR,
                '--output',
                'json',
                '--no-config-discovery',
                '--no-input',
            ],
            {
                encoding: 'utf8',
                timeout: 120000,
                env: Object.assign({}, process.env, { WEB_EXT_NO_UPDATE_CHECK: '1' }),
            },
        );
    } catch (e) {
        // web-ext exits 1 when it finds errors; its JSON report is still on stdout.
        output = e.stdout;
        if (!output) throw e;
    }
    const report = JSON.parse(output.slice(output.indexOf('{')));
    for (const warning of report.warnings)
        console.log(`warning ${warning.code}: ${warning.message} (${warning.file || ''})`);
    const errors = report.errors.map((e) => `${e.code}: ${e.message} (${e.file || ''})`);
    assert.deepEqual(errors, [], 'no lint error');
    const unexpected = report.warnings.filter(
        (w) => w.code !== 'BACKGROUND_SERVICE_WORKER_IGNORED',
    );
    assert.deepEqual(
        unexpected.map((w) => w.code),
        [],
        'no warning but the background one',
    );
});
