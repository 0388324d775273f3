import { expect } from '@open-wc/testing';
import { displayDataset } from '../../src/data/display-dataset.js';
import { dataset } from '../../src/data/dataset.js';
import { validate } from '../../src/data/validate.js';

// The elements draw the bundled projection without checking it at run time: this is the check.
describe('the bundled display dataset', () => {
  it('is valid in full', () => {
    const result = validate(displayDataset);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
  });

  it('keeps every event, officer record and recommendation of the full dataset', () => {
    expect(displayDataset.events.map((e) => e.id)).to.deep.equal(dataset.events.map((e) => e.id));
    expect(displayDataset.officers.groups.map((g) => g.count)).to.deep.equal(
      dataset.officers.groups.map((g) => g.count),
    );
    expect(displayDataset.recommendations.length).to.equal(dataset.recommendations.length);
  });

  it('keeps at most two citations per record, the first ones, and only sources still cited', () => {
    dataset.events.forEach((e, i) => {
      expect(displayDataset.events[i]!.citations).to.deep.equal(e.citations.slice(0, 2));
    });
    const cited = new Set(
      JSON.stringify(displayDataset)
        .match(/"source":"[^"]+"/g)!
        .map((m) => m.slice(10, -1)),
    );
    expect(displayDataset.sources.map((s) => s.id).sort()).to.deep.equal([...cited].sort());
  });
});
