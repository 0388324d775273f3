/**
 * The page-data reader (page-data.ts: reading, parsing and checking a page's own data, and the
 * `src` download) loads only when a page supplies data (lazy-validator.ts); the bundled data
 * is drawn without it. Meanwhile the graphic says it is loading and updateComplete waits; a
 * reader that cannot load is the error state, and the next input tries again.
 *
 * The order matters: this file's page starts with no reader loaded, and the middle tests hold
 * its loading in their own hands (pageDataSource.load).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/officer-outcomes/officer-outcomes.js';
import type { OfficerOutcomes } from '../../src/officer-outcomes/officer-outcomes.js';
import { loadedValidator, pageDataSource } from '../../src/shared/lazy-validator.js';
import { dataset } from '../../src/data/dataset.js';
import { captureErrors, heldLoads, mount, textOf, until } from '../helpers.js';

/** The script files this page has fetched that read or check a page's data (the dev server serves each module). */
const readerRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => /\/((validator|page-data)\.(ts|js))/.exec(entry.name)?.[1])
    .filter(Boolean)
    .sort();

const $ = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part=${part}]`);
const realLoad = pageDataSource.load;

describe('the page-data reader loads only for data a page supplies', () => {
  after(() => (pageDataSource.load = realLoad));

  it('the bundled data renders without loading it', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes></officer-outcomes>`);
    expect($(el, 'figure')).to.not.equal(null);
    expect(loadedValidator()).to.equal(null);
    expect(readerRequests()).to.deep.equal([]);
  });

  it('a reader that cannot load is the error state, with one console error', async () => {
    pageDataSource.load = () =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module: page-data.js'));
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes show-problems></officer-outcomes>`);
    const errors = await captureErrors(async () => {
      el.data = { sources: dataset.sources, officers: dataset.officers };
      await el.updateComplete;
    });
    const message =
      'The data could not be checked, because part of this graphic did not load (Failed to fetch dynamically imported module: page-data.js).';
    expect(errors).to.deep.equal([`port-case-viz <officer-outcomes>: ${message}`]);
    expect(textOf($(el, 'problems'))).to.contain(message);
    expect($(el, 'figure')).to.equal(null);
    expect(loadedValidator()).to.equal(null);
  });

  it('the next input tries again: "Loading" while it loads, then data that is not JSON is refused', async () => {
    const held = heldLoads(realLoad);
    pageDataSource.load = held.load;
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes show-problems></officer-outcomes>`);
    const errors = await captureErrors(async () => {
      el.data = '{ not json';
      await until(() => $(el, 'loading'));
      expect($(el, 'figure')).to.equal(null);
      expect(held.loads).to.equal(1);
      let complete = false;
      const done = el.updateComplete.then(() => (complete = true));
      await until(() => held.loads > 0);
      expect(complete, 'updateComplete waits for the reader').to.equal(false);
      held.release();
      await done;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('not valid JSON');
    expect(textOf($(el, 'problems'))).to.contain('not valid JSON');
    expect(loadedValidator()).to.not.equal(null);
  });

  it("once loaded, the page's own data is checked at once: no loading state in between", async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes show-problems></officer-outcomes>`);
    const errors = await captureErrors(async () => {
      el.data = { sources: dataset.sources, officers: { ...dataset.officers, investigated: -1 } };
      await el.updateComplete;
    });
    expect(errors.join()).to.contain('officers.investigated');
    expect(textOf($(el, 'problems'))).to.contain('officers.investigated');
    el.data = { sources: dataset.sources, officers: dataset.officers };
    await el.updateComplete;
    expect($(el, 'loading')).to.equal(null);
    expect($(el, 'figure')).to.not.equal(null);
    expect(readerRequests(), 'each file once for the page').to.deep.equal(['page-data.ts', 'validator.ts']);
  });
});
