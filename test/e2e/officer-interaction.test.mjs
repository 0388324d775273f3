// The officers' interaction code over the built script-tag files (run after `npm run build`):
// the keys, the pointer, the choice event, the readout, the folded notes and the table are a
// chunk of their own (chunks/officer-outcomes-interaction-*.js), fetched as the graphic first
// renders. Held, the graphic is there, its list boxes named and reachable, and a key pressed on
// one is kept (the page does not scroll) and played once the code arrives; refused, one console
// error, a line saying so, and the graphic stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chunkHeldOnPlainPage, detailsRefused, until, waitForElements } from './harness.mjs';

const pageWithInteractionHeld = chunkHeldOnPlainPage('officer-outcomes-interaction');

/** The officers' first list box as a reader finds it: its active option, its name, and the readout. */
const state = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('officer-outcomes').shadowRoot;
    const box = root.querySelector('[part=chart]');
    const active = box.getAttribute('aria-activedescendant');
    return {
      active,
      tabIndex: box.tabIndex,
      name: root.getElementById(active)?.getAttribute('aria-label') ?? null,
      readout: root.querySelector('[part=readout]').textContent.replace(/\s+/g, ' ').trim(),
    };
  });

test('the officers are drawn, named and reachable before the interaction code arrives; a key meanwhile is played when it does', async () => {
  const { page, problems, held, release } = await pageWithInteractionHeld();
  await waitForElements(page, 3);
  await until(() => held.length > 0);
  assert.deepEqual(await state(page), {
    active: 'o0-0',
    tabIndex: 0,
    name: 'Performance failings, management feedback',
    readout: 'Point at or tap a square for its source.',
  });
  const prevented = await page.evaluate(() => {
    const box = document.querySelector('officer-outcomes').shadowRoot.querySelector('[part=chart]');
    box.focus();
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    box.dispatchEvent(key);
    return key.defaultPrevented;
  });
  assert.equal(prevented, true, 'the page does not scroll for the list box’s key');
  assert.equal((await state(page)).active, 'o0-0', 'nothing moves while the code is held');
  release();
  await until(async () => (await state(page)).active === 'o0-1');
  assert.match((await state(page)).readout, /^Officer 2 of 17: performance failings, management feedback\./);
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('a page that cannot fetch it: one console error, a line saying so, and the graphic stays', async () => {
  const { page, saidOnceOnly } = await detailsRefused(pageWithInteractionHeld, 'officer-outcomes');
  await until(async () => (await state(page)).readout === 'The quotes and notes could not be loaded.');
  assert.equal((await state(page)).name, 'Performance failings, management feedback');
  saidOnceOnly();
  await page.close();
});
