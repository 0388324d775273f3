// The timeline's event details over the built script-tag files (run after `npm run build`):
// the timeline draws from its events' outlines, and each event's description, note and
// quotes come in a chunk of their own (chunks/data-event-details-*.js), fetched as it first
// renders. Held, the graphic is there and an open event says they are loading; released,
// they fill in; refused, one console error and the graphic stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkHeldOnPlainPage, detailsRefused, until, waitForElements } from './harness.mjs';

const pageWithDetailsHeld = chunkHeldOnPlainPage('data-event-details');

/** Opens the first event of the phone's list, and reads its detail panel. */
const openFirstFailure = (page) =>
  page.evaluate(() => document.querySelector('case-timeline').shadowRoot.querySelector('button[data-event]').click());
const detailText = (page) =>
  page.evaluate(
    () =>
      document
        .querySelector('case-timeline')
        .shadowRoot.querySelector('[part=detail]')
        ?.textContent.replace(/\s+/g, ' ')
        .trim() ?? null,
  );

test('the timeline is drawn before its details arrive; an open event says they are loading, then shows them', async () => {
  const { page, problems, held, release } = await pageWithDetailsHeld();
  await waitForElements(page, 3);
  await until(() => held.length > 0);
  const rows = await page.evaluate(
    () => document.querySelector('case-timeline').shadowRoot.querySelectorAll('button[data-event]').length,
  );
  assert.ok(rows > 10, `the timeline is drawn without the details (${rows} events listed)`);
  await openFirstFailure(page);
  await until(async () => (await detailText(page)) !== null);
  assert.match(await detailText(page), /Loading the details…/);
  release();
  await until(async () => !/Loading the details/.test((await detailText(page)) ?? ''));
  const text = await detailText(page);
  assert.match(text, /Sources/);
  assert.match(text, /“.+”/, 'a quote');
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a page that cannot fetch the details: one console error, and the timeline stays', async () => {
  const { page, saidOnceOnly } = await detailsRefused(pageWithDetailsHeld, 'case-timeline');
  await openFirstFailure(page);
  await until(async () => (await detailText(page)) !== null);
  assert.match(await detailText(page), /The details of this event could not be loaded\./);
  saidOnceOnly();
  await page.close();
});
