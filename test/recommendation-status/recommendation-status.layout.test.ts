import { expect } from '@open-wc/testing';
import type { Recommendation, RecommendationSet } from '../../src/data/types.js';
import { cellMark, matrixLayout, pageOfList } from '../../src/recommendation-status/recommendation-status.layout.js';
import { recommendationModel, setModels } from '../../src/recommendation-status/recommendation-status.model.js';
import { recommendationTable } from '../../src/recommendation-status/recommendation-status.table.js';
import { recommendationsFixture } from '../fixtures/recommendations.js';

const cite = [{ source: 'news', quote: 'A quote.' }];
const set = (id: string, count: number): RecommendationSet => ({
  id,
  body: `Body ${id}`,
  title: `Report ${id}`,
  made: '2023',
  count,
  themes: [],
  textsPublished: true,
  citations: cite,
});
const rec = (id: string, s: string, extra: Partial<Recommendation> = {}): Recommendation => ({
  id,
  set: s,
  number: null,
  text: `Text ${id}`,
  theme: null,
  owner: null,
  acceptance: { value: 'unknown', asOf: null, citations: cite },
  implementation: { value: 'unknown', asOf: null, citations: cite },
  citations: cite,
  ...extra,
});

describe('matrixLayout(sets)', () => {
  it('draws the four core columns with explicit zeros, one row per body, marking only verified counts', () => {
    const matrix = matrixLayout(setModels(recommendationsFixture()));
    expect(matrix.columns).to.deep.equal(['accepted', 'claimed', 'verified', 'unknown']);
    expect(matrix.rows.map((r) => [r.model.set.id, ...r.cells.map((c) => `${c.count}:${c.mark}`)])).to.deep.equal([
      ['inspection', '1:count', '1:count', '1:evidence', '5:count'],
      ['watchdog', '4:count', '0:zero', '0:zero', '0:zero'],
      ['pfd', '0:zero', '0:zero', '0:zero', '3:count'],
    ]);
  });

  it('adds a column only where some body has a status outside the core four, in reading order', () => {
    const sets = setModels({
      sources: [],
      recommendationSets: [set('a', 2), set('b', 1)],
      recommendations: [
        rec('r1', 'a', { acceptance: { value: 'rejected', asOf: null, citations: cite } }),
        rec('r2', 'a', { implementation: { value: 'in-progress', asOf: null, citations: cite } }),
        rec('r3', 'b'),
      ],
    });
    const matrix = matrixLayout(sets);
    expect(matrix.columns).to.deep.equal(['accepted', 'rejected', 'in-progress', 'claimed', 'verified', 'unknown']);
    expect(matrix.rows[1]!.cells.map((c) => c.count)).to.deep.equal([0, 0, 0, 0, 0, 1]);
  });

  it('leaves out a body that counts nothing, and is empty for no sets', () => {
    const sets = setModels({ sources: [], recommendationSets: [set('a', 0), set('b', 1)], recommendations: [] });
    expect(matrixLayout(sets).rows.map((r) => r.model.set.id)).to.deep.equal(['b']);
    expect(matrixLayout([])).to.deep.equal({ columns: ['accepted', 'claimed', 'verified', 'unknown'], rows: [] });
  });

  it('cellMark() emphasises only verified counts, and quiets every zero', () => {
    expect([
      cellMark('verified', 2),
      cellMark('verified', 0),
      cellMark('claimed', 3),
      cellMark('accepted', 18),
      cellMark('unknown', 0),
    ]).to.deep.equal(['evidence', 'zero', 'count', 'count', 'zero']);
  });
});

describe('pageOfList(sets, page)', () => {
  const sets = () => {
    const recs = [
      ...Array.from({ length: 4 }, (_, i) => rec(`a${i}`, 'a')),
      ...Array.from({ length: 3 }, (_, i) => rec(`b${i}`, 'b')),
      ...Array.from({ length: 5 }, (_, i) => rec(`c${i}`, 'c')),
    ];
    const data = { sources: [], recommendationSets: [set('a', 4), set('b', 5), set('c', 5)], recommendations: recs };
    return recommendationModel(data).list.sets;
  };

  it('cuts the texts across sets in order, keeping only the sets with a text on the page', () => {
    const page = (start: number) =>
      pageOfList(sets(), { start, end: Math.min(12, start + 5) }).map((s) => [
        s.model.set.id,
        s.items.map((r) => r.id),
      ]);
    expect(page(0)).to.deep.equal([
      ['a', ['a0', 'a1', 'a2', 'a3']],
      ['b', ['b0']],
    ]);
    expect(page(5)).to.deep.equal([
      ['b', ['b1', 'b2']],
      ['c', ['c0', 'c1', 'c2']],
    ]);
    expect(page(10)).to.deep.equal([['c', ['c3', 'c4']]]);
  });

  it('returns a set itself when all its texts are on the page', () => {
    const all = sets();
    expect(pageOfList(all, { start: 0, end: 12 })[1]).to.equal(all[1]);
  });
});

describe('recommendationTable(sets, recommendations, sources)', () => {
  it('gives a row per text and one per body and status for those without one, never a row per placeholder', () => {
    const data = recommendationsFixture();
    const table = recommendationTable(setModels(data), data.recommendations, data.sources);
    expect(table.columns).to.deep.equal([
      'Body',
      'No.',
      'How many',
      'Recommendation or concern',
      'Theme',
      'Who must act',
      'Made',
      'Response',
      'Response as of',
      'Implementation',
      'Implementation as of',
      'Sources',
    ]);
    expect(table.rows).to.deep.equal([
      [
        'Inspectorate',
        1,
        1,
        'Improve family liaison.',
        'Family liaison',
        'A police force',
        '27 April 2023',
        'Accepted',
        'May 2023',
        'Claimed done',
        'January 2024',
        'Example News',
      ],
      [
        'Inspectorate',
        2,
        1,
        'Improve training for officers.',
        'Training',
        'A police force',
        '27 April 2023',
        'Accepted',
        'May 2023',
        'Verified done',
        'March 2024',
        'Example News; The Inspectorate',
      ],
      [
        'Inspectorate',
        null,
        1,
        'Use intelligence when responding to deaths.',
        null,
        'A police force',
        '27 April 2023',
        'Accepted',
        null,
        'Not known',
        null,
        'Example News',
      ],
      // 3 listed with no text and 2 unlisted: one row; the unlisted have no owner, so none is shared.
      [
        'Inspectorate',
        null,
        5,
        'Texts not in the sources consulted',
        null,
        null,
        '27 April 2023',
        'Not known',
        null,
        'Not known',
        null,
        'Example News',
      ],
      [
        'Watchdog',
        null,
        4,
        'Texts not published by the issuing body',
        null,
        'A police force',
        'between 2019 and 17 June 2022',
        'Accepted',
        null,
        'Not known',
        null,
        'Example News; A watchdog release',
      ],
      [
        'Coroner',
        null,
        1,
        'The categories of death.',
        'Categories',
        null,
        '25 January 2022',
        'Not known',
        '17 June 2022',
        'Not known',
        null,
        'Example News',
      ],
      [
        'Coroner',
        null,
        1,
        'Leadership.',
        'Leadership',
        null,
        '25 January 2022',
        'Not known',
        null,
        'Not known',
        null,
        'Example News',
      ],
      [
        'Coroner',
        null,
        1,
        'The verification of handwriting.',
        null,
        null,
        '25 January 2022',
        'Not known',
        null,
        'Not known',
        null,
        'Example News',
      ],
    ]);
  });

  it('has one row for a set of 1,000 counted but not listed', () => {
    const data = { sources: [], recommendationSets: [set('big', 1000)], recommendations: [] };
    const table = recommendationTable(setModels(data), [], []);
    expect(table.rows.map((r) => [r[0], r[2], r[3]])).to.deep.equal([
      ['Body big', 1000, 'Texts not in the sources consulted'],
    ]);
  });
});
