import { expect, html } from '@open-wc/testing';
import '../../src/officer-outcomes/officer-outcomes.js';
import type { OfficerOutcomes } from '../../src/officer-outcomes/officer-outcomes.js';
import { loadedValidator } from '../../src/shared/lazy-validator.js';
import { dataset } from '../../src/data/dataset.js';
import { captureErrors, mount } from '../helpers.js';

/** Script files this page has fetched whose name says "validate". */
const validatorRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /\/validator\.(ts|js)/.test(entry.name)).length;

// The order matters: this file's page starts with no validator loaded.
describe('the validator loads only for data a page supplies', () => {
  it('the bundled data renders without loading it', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes></officer-outcomes>`);
    expect(el.shadowRoot!.querySelector('[part=figure]')).to.not.equal(null);
    expect(loadedValidator()).to.equal(null);
    expect(validatorRequests()).to.equal(0);
  });

  it('data that is not JSON is refused without loading it', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes show-problems></officer-outcomes>`);
    const errors = await captureErrors(async () => {
      el.data = '{ not json';
      await el.updateComplete;
    });
    expect(errors.join()).to.contain('not valid JSON');
    expect(el.shadowRoot!.querySelector('[part=problems]')?.textContent).to.contain('not valid JSON');
    expect(loadedValidator()).to.equal(null);
    expect(validatorRequests()).to.equal(0);
  });

  it("the page's own data loads it, and updateComplete waits for the check", async () => {
    // show-problems: the editor's view, which lists the problems by field path.
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes show-problems></officer-outcomes>`);
    const errors = await captureErrors(async () => {
      el.data = { sources: dataset.sources, officers: { ...dataset.officers, investigated: -1 } };
      await el.updateComplete;
    });
    expect(errors.join()).to.contain('officers.investigated');
    expect(loadedValidator()).to.not.equal(null);
    expect(validatorRequests()).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part=problems]')?.textContent).to.contain('officers.investigated');
  });

  it('once loaded, data is checked at once: no loading state in between', async () => {
    const el = await mount<OfficerOutcomes>(html`<officer-outcomes></officer-outcomes>`);
    el.data = { sources: dataset.sources, officers: dataset.officers };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=loading]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=figure]')).to.not.equal(null);
  });
});
