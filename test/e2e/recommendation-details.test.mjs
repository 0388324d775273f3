// The recommendations' notes and quotes over the built script-tag files (run after `npm run
// build`): the graphic draws its matrix and list from the sections' outline, and the words
// of its folded notes (each note and quote) come in a chunk of their own
// (chunks/data-recommendation-details-*.js), fetched as it first renders. Held, the graphic
// is there and an opened fold says they are loading; released, they fill in; refused, one
// console error, a line saying so, and the graphic stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkHeldOnPlainPage, detailsRefused, until, waitForElements } from './harness.mjs';

const pageWithDetailsHeld = chunkHeldOnPlainPage('data-recommendation-details');

/** The graphic as a reader finds it: its matrix's counts, its list's texts, and the first fold of notes, opened. */
const openNotes = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('recommendation-status').shadowRoot;
    const fold = root.querySelector('[part=figure-notes]');
    fold.querySelector('summary').click();
    return {
      open: fold.open,
      cells: root.querySelectorAll('[part=cell]').length,
      texts: root.querySelectorAll('[part=recommendation]').length,
    };
  });
const notesText = (page) =>
  page.evaluate(() =>
    document
      .querySelector('recommendation-status')
      .shadowRoot.querySelector('[part=figure-notes]')
      .textContent.replace(/\s+/g, ' ')
      .trim(),
  );

test('the recommendations are drawn before their notes arrive; an opened fold says they are loading, then shows them', async () => {
  const { page, problems, held, release } = await pageWithDetailsHeld();
  await waitForElements(page, 3);
  await until(() => held.length > 0);
  const drawn = await openNotes(page);
  assert.equal(drawn.open, true);
  assert.ok(
    drawn.cells > 0 && drawn.texts > 0,
    `drawn without the details (${drawn.cells} cells, ${drawn.texts} texts)`,
  );
  await until(async () => /Loading the details…/.test(await notesText(page)));
  assert.doesNotMatch(await notesText(page), /“/, 'no quote yet');
  release();
  await until(async () => !/Loading the details/.test(await notesText(page)));
  const text = await notesText(page);
  assert.match(text, /The count of 18 comes from an IOPC spokesperson/, 'a count note');
  assert.match(text, /we identified 18 learning recommendations/, 'a quote');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a page that cannot fetch the notes: one console error, a line saying so, and the graphic stays', async () => {
  const { page, saidOnceOnly } = await detailsRefused(pageWithDetailsHeld, 'recommendation-status');
  const drawn = await openNotes(page);
  assert.ok(drawn.cells > 0 && drawn.texts > 0);
  await until(async () => /The notes and sources could not be loaded\./.test(await notesText(page)));
  saidOnceOnly();
  await page.close();
});
