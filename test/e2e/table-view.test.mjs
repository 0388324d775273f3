// "Show as table · CSV · JSON" over the built script-tag files (run after `npm run build`):
// the table view is a chunk of its own (chunks/table-view-*.js), so a page's graphics render
// while it has not arrived; a press then waits for it and acts, with the table's styles,
// and a page that cannot fetch it keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageWithRequestsHeld, serverAndBrowser, until, waitForElements } from './harness.mjs';

const e2e = serverAndBrowser();

const isTableView = (url) => /\/dist\/cdn\/chunks\/table-view-[\w-]+\.js$/.test(new URL(url).pathname);

/**
 * The plain script-tag page at a phone's width, with every request for the table view's
 * chunk held (until `release()`) or refused (`refuse`), whatever asks for it: a press or
 * the idle preload.
 */
const pageWithTableViewHeld = ({ refuse = false } = {}) =>
  pageWithRequestsHeld(e2e.browser, `${e2e.server.origin}/test/e2e/pages/plain.html`, isTableView, {
    width: 375,
    refuse,
  });

/** The timeline's toggle as a reader finds it, and whether its table is there and how it is drawn. */
const timelineState = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('case-timeline').shadowRoot;
    const toggle = root.querySelector('[part~=table-toggle]');
    const box = toggle.getBoundingClientRect();
    const table = root.querySelector('[part=table]');
    const cell = table?.querySelector('tbody td');
    return {
      toggle: [toggle.textContent.replace(/\s+/g, ' ').trim(), toggle.getAttribute('aria-expanded')],
      box: [box.x, box.y, box.width, box.height],
      table: table ? getComputedStyle(table).display : null,
      cell: cell ? getComputedStyle(cell).display : null,
      label: cell ? getComputedStyle(cell, '::before').content : null,
    };
  });

const press = (page, selector, index = 0) =>
  page.evaluate(
    (s, i) => document.querySelector('case-timeline').shadowRoot.querySelectorAll(s)[i].click(),
    selector,
    index,
  );

test('the graphics render without the table view; a press waits for it, then opens the table, styled', async () => {
  const { page, problems, held, release } = await pageWithTableViewHeld();
  await waitForElements(page, 3);
  const before = await timelineState(page);
  assert.deepEqual(before.toggle, ['Show as table', 'false']);
  await press(page, '[part~=table-toggle]');
  // Asked for (by the press, or already by the idle preload), and held: not arrived.
  await until(() => held.length > 0);
  assert.deepEqual(await timelineState(page), before, 'while it loads, the button stays as it is');
  release();
  await page.waitForFunction(() => document.querySelector('case-timeline').shadowRoot.querySelector('[part=table]'));
  const open = await timelineState(page);
  assert.deepEqual(open.toggle, ['Hide table', 'true']);
  // 375 px: the table's own styles stack each row as label and value lines.
  assert.equal(open.table, 'block');
  assert.equal(open.cell, 'grid');
  assert.match(open.label, /^".+" \/ ""$/);

  // "Get the data: CSV", captured in the page instead of saved.
  await page.evaluate(() => {
    window.__saved = [];
    URL.createObjectURL = (blob) => (window.__saved.push(blob), 'blob:captured');
    HTMLAnchorElement.prototype.click = function () {
      window.__savedAs = this.download;
    };
  });
  await press(page, '[part~=download]', 0);
  await page.waitForFunction(() => window.__saved.length === 1);
  const csv = await page.evaluate(async () => ({ name: window.__savedAs, text: await window.__saved[0].text() }));
  assert.equal(csv.name, 'case-timeline.csv');
  assert.match(csv.text, /^"[^"]+"(,"[^"]+")+\r\n/);
  assert.ok(csv.text.split('\r\n').length > 10, 'a row per event');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a page that cannot fetch the table view: a press says so on the console and breaks nothing', async () => {
  const { page, problems } = await pageWithTableViewHeld({ refuse: true });
  await waitForElements(page, 3);
  const before = await timelineState(page);
  await press(page, '[part~=table-toggle]');
  const failed = (e) => /^port-case-viz <case-timeline>: "Show as table" failed \(.*table-view/.test(e);
  await until(() => problems.consoleErrors.some(failed));
  await page.evaluate(() => document.querySelector('case-timeline').updateComplete);
  assert.deepEqual(await timelineState(page), before);
  // Besides the browser's own line for each refused request.
  const others = problems.consoleErrors.filter((e) => !failed(e) && !/^Failed to load resource/.test(e));
  assert.deepEqual(others, [], 'nothing else went wrong');
  assert.deepEqual(problems.pageErrors, []);
  // The graphics are all still there.
  assert.equal(
    await page.$$eval(
      'case-timeline, officer-outcomes, recommendation-status',
      (els) => els.filter((el) => el.shadowRoot.querySelector('[part=figure]')).length,
    ),
    3,
  );
  await page.close();
});
