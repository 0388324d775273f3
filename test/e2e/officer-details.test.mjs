// The officers' quotes and notes over the built script-tag files (run after `npm run build`):
// the graphic draws from the officers' outline, whose quotes and notes are empty strings, and
// the words come in a chunk of their own (chunks/data-officer-details-*.js), fetched as it
// first renders. Held, the graphic is there with its footnote marks, and the readout and the
// opened notes say the words are loading; released, they fill in; refused, one console error,
// a line saying so, and the graphic stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkHeldOnPlainPage, detailsRefused, until, waitForElements } from './harness.mjs';

const pageWithDetailsHeld = chunkHeldOnPlainPage('data-officer-details');

/** The graphic as a reader finds it, its first officer focused and its notes opened: what each says. */
const read = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('officer-outcomes').shadowRoot;
    const words = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    const box = root.querySelector('[part=chart]');
    if (root.activeElement !== box) box.focus();
    const more = root.querySelector('[part=more]');
    if (!more.open) more.querySelector('summary').click();
    return {
      marks: words(root.querySelector('.steps')).match(/[¹²³]/g)?.length ?? 0,
      readout: words(root.querySelector('[part=readout]')),
      more: words(more),
    };
  });

test('the officers are drawn before their quotes and notes arrive, with their marks; then the words fill in', async () => {
  const { page, problems, held, release } = await pageWithDetailsHeld();
  await waitForElements(page, 3);
  await until(() => held.length > 0);
  let before;
  // Both say so: the notes opened, and the readout of the officer focused.
  await until(async () => {
    before = await read(page);
    return /Loading the details…/.test(before.more) && /Loading the details…/.test(before.readout);
  });
  assert.match(before.readout, /^Officer 1 of 17: .+\. Loading the details…$/);
  assert.ok(before.marks > 0, 'the footnote marks are there before the notes');
  // A reader chooses the focused officer now: the page hears of it once the quotes are in,
  // with them, never with the outline's empty strings.
  await page.evaluate(() => {
    window.chosen = [];
    document.addEventListener('pcv-officer-select', (e) =>
      window.chosen.push(e.detail.group.citations.map((c) => c.quote ?? '')),
    );
    const box = document.querySelector('officer-outcomes').shadowRoot.querySelector('[part=chart]');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  });
  // (Before, the event went out within the keydown itself.)
  assert.deepEqual(await page.evaluate(() => window.chosen), [], 'not announced while the quotes are held');
  release();
  await until(() => page.evaluate(() => window.chosen.length > 0));
  const [quotes] = await page.evaluate(() => window.chosen);
  assert.ok(quotes.length > 0 && quotes.every((q) => q.length > 0), 'announced with its quotes');
  let after;
  await until(async () => /“/.test((after = await read(page)).readout));
  assert.equal(after.marks, before.marks, 'the marks do not change when the notes arrive');
  assert.match(after.readout, /^Officer 1 of 17: .+\. “.+” \(.+\)$/, 'a quote and its source');
  assert.match(after.more, /^Notes and other reported facts ¹ .{20,}/, 'the first note');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a page that cannot fetch them: one console error, a line saying so, and the graphic stays', async () => {
  const { page, saidOnceOnly } = await detailsRefused(pageWithDetailsHeld, 'officer-outcomes');
  let shown;
  await until(async () =>
    /could not be loaded\..*could not be loaded\./.test((shown = await read(page)).more + shown.readout),
  );
  assert.match(shown.readout, /The quotes and notes could not be loaded\./);
  assert.ok(shown.marks > 0);
  saidOnceOnly();
  await page.close();
});
