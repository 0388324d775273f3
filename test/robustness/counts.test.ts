/**
 * Counts (issue #13, item 4): valid data once allowed a million officers in a group or
 * recommendations in a set, and the graphics drew one mark or list entry per unit (12.8 s
 * frozen for one set; 200 such sets crashed the tab). The schema now holds counts to
 * what a newsroom could mean and says why; large counts within it are drawn in work
 * that does not grow with the count.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { Dataset } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';
import { manyOfficers } from '../fixtures/many.js';
import { captureErrors, mount, textOf } from '../helpers.js';

const problemsOf = (data: unknown) => {
  const result = validate(data);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('counts', () => {
  it('refuses a million officers in a group, saying what the limit is for', () => {
    const data = sample();
    data.officers.groups[0]!.count = 1_000_000;
    expect(problemsOf(data)[0]).to.equal(
      'officers.groups[0].count: expected a whole number from 0 to 1,000 (the most officers this graphic is made to draw, one mark each; check for a typo), got 1000000',
    );
  });

  it('holds every officer count to the same limit', () => {
    const data = sample() as unknown as {
      officers: Record<string, unknown> & { reinvestigation: Record<string, unknown> };
    };
    data.officers.investigated = 1_001;
    data.officers.reinvestigation.officers = 5_000;
    const paths = problemsOf(data).map((p) => p.split(':')[0]);
    expect(paths).to.deep.equal(['officers.investigated', 'officers.reinvestigation.officers']);
  });

  it('refuses a million recommendations in a set, saying what the limit is for', () => {
    const data = sample();
    data.recommendationSets[0]!.count = 1_000_000;
    expect(problemsOf(data)[0]).to.equal(
      'recommendationSets[0].count: expected a whole number from 0 to 1,000 (the most recommendations in a set this graphic is made to list; check for a typo), got 1000000',
    );
  });

  it('refuses 200 sets of 1,000: more entries in all than one graphic lists', () => {
    const data = sample();
    const set = data.recommendationSets[1]!;
    data.recommendationSets = Array.from({ length: 200 }, (_, i) => ({ ...set, id: `set-${i}`, count: 1_000 }));
    data.recommendations = [];
    expect(problemsOf(data)).to.deep.equal([
      'recommendationSets: the sets count 200,000 recommendations in all; one graphic lists at most 20,000',
    ]);
    data.recommendationSets = data.recommendationSets.slice(0, 20);
    expect(problemsOf(data)).to.deep.equal([]);
  });

  it('shows the error state for a million, naming the field and the limit', async () => {
    const data: Dataset = { ...sample() };
    data.recommendationSets[0]!.count = 1_000_000;
    let el!: Element;
    const logs = await captureErrors(async () => {
      el = await mount(html`<recommendation-status show-problems .data=${data}></recommendation-status>`, 360);
    });
    const error = textOf(el.shadowRoot!.querySelector('[part~=error]'));
    expect(error).to.contain('recommendationSets[0].count').and.contain('0 to 1,000');
    expect(logs.length).to.equal(1);
  });

  it('<officer-outcomes> draws 1,000 officers with no more markup than 200: one unit tile and one area per group', async () => {
    const markup = async (n: number) => {
      const el = await mount(html`<officer-outcomes .data=${manyOfficers(n)}></officer-outcomes>`, 360);
      const units = [...el.shadowRoot!.querySelectorAll('svg.units')];
      const size = units.reduce((sum, svg) => sum + svg.outerHTML.length, 0);
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      el.parentElement!.remove();
      return { size, nodes };
    };
    const small = await markup(200);
    const large = await markup(1_000);
    expect(large.nodes).to.equal(small.nodes);
    // Only the numbers in the areas' paths differ (a digit or two each), never per unit.
    expect(large.size).to.be.lessThan(small.size * 1.1);
  });
});
