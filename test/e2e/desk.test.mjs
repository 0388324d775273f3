// The editor's desk (demo/desk.html) as an editor uses it, in the built demo: it opens on
// the bundled dataset with no problems; a status change with a new source is refused while
// its quote is too long, then made; the diff says it in words; the downloaded file is valid
// (validate() and the JSON Schema); the embed code carries the change; no request leaves the
// page after it loads; axe finds no violation; at 375 px nothing is wider than the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { Ajv } from 'ajv';
import { openPage, serverAndBrowser, waitForElements } from './harness.mjs';

const root = resolve(import.meta.dirname, '../..');
const e2e = serverAndBrowser();

async function loadValidate() {
  const { outputFiles } = await build({
    entryPoints: [join(root, 'src/data/validate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return (await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)).validate;
}

/** Opens the desk and waits until it has checked the bundled file and drawn the preview. */
async function openDesk(width) {
  const opened = await openPage(e2e.browser, `${e2e.server.origin}/dist/demo/desk.html`, { width });
  await opened.page.waitForFunction(() => document.querySelector('#problems-summary')?.textContent !== '', {
    timeout: 120_000,
  });
  await waitForElements(opened.page, 3);
  return opened;
}

const text = (page, selector) => page.$eval(selector, (el) => el.textContent.trim());

test('load → change a status with a new citation → download: valid JSON, the diff in words, no request', async () => {
  const { page, problems } = await openDesk(1000);
  assert.equal(await text(page, '#problems-summary'), 'No problems: the graphics can draw this file.');
  assert.match(await text(page, '#open-status'), /^Opened port-case\.json: no problems\.$/);
  const requestsAfterLoad = problems.requests.length;

  // The form: HMICFRS's fourth recommendation, implementation, claimed complete, with a new source.
  await page.select('#status-recommendation', 'hmicfrs-2023-item-04');
  await page.click('input[name="dimension"][value="implementation"]');
  await page.select('#status-value', 'claimed-complete');
  await page.type('#status-asOf', '2027-03-02');
  await page.select('#status-source', '(new)');
  await page.type('#status-source-publisher', 'Example News');
  await page.type('#status-source-title', 'Met says inspection recommendation is complete');
  await page.type('#status-source-date', '2027-03-02');
  await page.type('#status-source-url', 'https://example.org/met-recommendation');

  // A quote of 41 words is refused, with the reason, and focus goes to the message.
  await page.type('#status-quote', Array.from({ length: 41 }, (_, i) => `word${i}`).join(' '));
  await page.click('#change-status button[type="submit"]');
  await page.waitForSelector('#change-status .errors:not([hidden])');
  assert.match(await text(page, '#change-status .errors'), /The quote has 41 words; a quote may have at most 40/);
  assert.equal(await page.$eval('#status-quote', (el) => el.getAttribute('aria-invalid')), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('errors')), true);
  assert.equal(await text(page, '#diff-summary'), 'No changes to port-case.json yet.');

  // A short quote goes through.
  await page.$eval('#status-quote', (el) => (el.value = ''));
  await page.type('#status-quote', 'The force said the work was complete.');
  await page.click('#change-status button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll('#diff li').length === 2);
  const diff = await page.$$eval('#diff li', (items) => items.map((li) => li.textContent));
  assert.match(diff[0], /^New source: Example News, “Met says inspection recommendation is complete” \(2 March 2027\)/);
  assert.match(
    diff[1],
    /^HMICFRS recommendation, item 4 of 20 \(no number published\): implementation not known → claimed done, as of 2 March 2027, citing Example News/,
  );
  assert.match(await text(page, '#change-status-line'), /^Changed: /);
  assert.equal(await page.$eval('#change-status .errors', (el) => el.hidden), true);

  // The preview draws the new status; the embed code carries it inline.
  assert.match(await text(page, '#snippet-inline'), /claimed-complete/);
  assert.match(
    await text(page, '#snippet-inline'),
    /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/demo\/recommendation-status\.js"><\/script>\n<recommendation-status>/,
  );
  assert.match(
    await text(page, '#snippet-iframe'),
    /embed\.html\?view=recommendation-status&#38;src=https%3A%2F%2Fexample\.org/,
  );

  // Download: the file Chromium saves is the changed dataset, valid by validate() and the schema.
  const folder = mkdtempSync(join(tmpdir(), 'pcv-desk-'));
  try {
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await page.click('#download');
    // Wait for the finished file (Chromium writes a .crdownload first); the test's own timeout bounds it.
    while (!readdirSync(folder).includes('port-case.json')) await new Promise((done) => setTimeout(done, 100));
    const saved = JSON.parse(readFileSync(join(folder, 'port-case.json'), 'utf8'));
    const validate = await loadValidate();
    assert.deepEqual(validate(saved).problems, []);
    const schema = JSON.parse(readFileSync(join(root, 'data/port-case.schema.json'), 'utf8'));
    const schemaAccepts = new Ajv({ strict: false }).compile(schema);
    assert.ok(schemaAccepts(saved), JSON.stringify(schemaAccepts.errors));
    const rec = saved.recommendations.find((r) => r.id === 'hmicfrs-2023-item-04');
    assert.equal(rec.implementation.value, 'claimed-complete');
    assert.equal(rec.implementation.asOf, '2027-03-02');
    assert.deepEqual(rec.implementation.citations[0], {
      source: 'example-news-2027-03-02',
      quote: 'The force said the work was complete.',
    });
    assert.equal(saved.$schema, './port-case.schema.json', 'the file still names its schema');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // Nothing left the browser: no request since the page loaded, and none to another origin ever.
  assert.deepEqual(problems.requests.slice(requestsAfterLoad), []);
  assert.ok(problems.requests.every((url) => url.startsWith(e2e.server.origin) || url.startsWith('blob:')));
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('a problem in the text is listed in words, and its link selects the place', async () => {
  const { page } = await openDesk(1000);
  await page.$eval('#json-text', (el) => {
    el.value = el.value.replace('"date": "2014-06-19"', '"date": "2014-13-45"');
    el.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(() => document.querySelectorAll('#problems li').length > 0);
  const item = await text(page, '#problems li');
  assert.match(
    item,
    /^Event “.+”.* › date "2014-13-45" is not a date \(use YYYY-MM-DD, YYYY-MM or YYYY\)\. Go to line \d+/,
  );
  assert.equal(await page.$eval('#change-forms', (el) => el.hidden), true, 'the forms wait for a valid file');
  await page.click('#problems li a');
  const selected = await page.$eval('#json-text', (el) => [
    document.activeElement === el,
    el.value.slice(el.selectionStart, el.selectionEnd),
  ]);
  assert.deepEqual(selected, [true, '"2014-13-45"']);
  await page.close();
});

test('axe finds no violation on the desk, and at 375 px nothing is wider than the screen', async () => {
  const { page } = await openDesk(375);
  await page.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the 375 px screen`);
  await page.close();
});
