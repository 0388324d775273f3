import { expect } from '@open-wc/testing';
import type { Acceptance, Implementation, Recommendation, RecommendationSet } from '../../src/data/types.js';
import {
  ACCEPTANCE_ORDER,
  IMPLEMENTATION_ORDER,
  NO_FILTER,
  PAGE_SIZE,
  columnOf,
  recommendationModel,
  setModels,
  type Column,
  type RecommendationFilter,
} from '../../src/recommendation-status/recommendation-status.model.js';
import {
  recommendationStatusStrings as t,
  inSentence,
} from '../../src/recommendation-status/recommendation-status.strings.js';
import { recommendationsFixture, type RecommendationData } from '../fixtures/recommendations.js';

const filter = (f: Partial<RecommendationFilter>): RecommendationFilter => ({ ...NO_FILTER, ...f });
const ids = (recs: readonly Recommendation[]) => recs.map((r) => r.id);
const cite = [{ source: 'news', quote: 'A quote.' }];

function set(id: string, count: number, extra: Partial<RecommendationSet> = {}): RecommendationSet {
  return {
    id,
    body: `Body ${id}`,
    title: `Report ${id}`,
    made: '2023',
    count,
    themes: [],
    textsPublished: true,
    citations: cite,
    ...extra,
  };
}

function rec(
  id: string,
  setId: string,
  acceptance: Acceptance,
  implementation: Implementation,
  text: string | null = `Text ${id}`,
): Recommendation {
  return {
    id,
    set: setId,
    number: null,
    text,
    theme: null,
    owner: null,
    acceptance: { value: acceptance, asOf: null, citations: cite },
    implementation: { value: implementation, asOf: null, citations: cite },
    citations: cite,
  };
}

function data(sets: RecommendationSet[], recs: Recommendation[]): RecommendationData {
  return { sources: [], recommendationSets: sets, recommendations: recs };
}

describe('columnOf(acceptance, implementation)', () => {
  // Every pair: the implementation where one is known, else the response, else "not known".
  const expected: Record<Implementation, Column | null> = {
    'verified-complete': 'verified',
    'claimed-complete': 'claimed',
    'in-progress': 'in-progress',
    'not-started': 'not-started',
    unknown: null,
  };
  for (const a of ACCEPTANCE_ORDER)
    for (const i of IMPLEMENTATION_ORDER) {
      const want = expected[i] ?? (a as Column);
      it(`columnOf('${a}', '${i}') is '${want}'`, () => {
        expect(columnOf(a, i)).to.equal(want);
      });
    }
});

describe('setModels(data)', () => {
  it('counts each set once per recommendation, at the furthest point recorded, and the unlisted as not known', () => {
    const [inspection, watchdog, pfd] = setModels(recommendationsFixture());
    expect(inspection!.counts).to.deep.equal({
      accepted: 1,
      rejected: 0,
      'no-response': 0,
      'not-started': 0,
      'in-progress': 0,
      claimed: 1,
      verified: 1,
      unknown: 5,
    });
    expect([inspection!.total, inspection!.unlisted, inspection!.textless]).to.deep.equal([8, 2, 5]);
    expect(watchdog!.counts.accepted).to.equal(4);
    expect([watchdog!.total, watchdog!.texts.length, watchdog!.textless, watchdog!.reason]).to.deep.equal([
      4,
      0,
      4,
      'not-published',
    ]);
    expect([pfd!.counts.unknown, pfd!.total, pfd!.textless, pfd!.reason]).to.deep.equal([3, 3, 0, 'not-in-sources']);
  });

  it('orders texts by number where numbered, the unnumbered after, as listed', () => {
    expect(ids(setModels(recommendationsFixture())[0]!.texts)).to.deep.equal(['i2', 'i1', 'i3']);
  });

  it('keeps who says so for each column but "not known": distinct notes, first quotes and speakers', () => {
    const [inspection, watchdog, pfd] = setModels(recommendationsFixture());
    expect(inspection!.evidence.map((e) => [e.column, e.count, e.notes, e.citations.length])).to.deep.equal([
      ['accepted', 1, [], 1],
      ['claimed', 1, [], 1],
      ['verified', 1, ['The inspectorate checked it.'], 1],
    ]);
    expect(watchdog!.evidence).to.deep.equal([
      {
        column: 'accepted',
        count: 4,
        notes: ['The watchdog says all 4 were accepted.'],
        citations: [
          {
            source: 'release',
            quote: 'We made 4 learning recommendations, all of which were accepted.',
            saidBy: 'A watchdog spokesperson',
          },
        ],
        saidBy: ['A watchdog spokesperson'],
      },
    ]);
    expect(pfd!.evidence).to.deep.equal([]);
  });

  it('counts a set of 1,000 the data does not list as a number, not 1,000 objects', () => {
    const [big] = setModels(data([set('big', 1000)], []));
    expect([big!.total, big!.unlisted, big!.textless, big!.texts.length, big!.counts.unknown]).to.deep.equal([
      1000, 1000, 1000, 0, 1000,
    ]);
  });

  it('uses the records where the data lists more than the set counts', () => {
    const [s] = setModels(
      data([set('a', 1)], [rec('r1', 'a', 'accepted', 'unknown'), rec('r2', 'a', 'rejected', 'unknown')]),
    );
    expect([s!.total, s!.unlisted, s!.counts.accepted, s!.counts.rejected]).to.deep.equal([2, 0, 1, 1]);
  });

  it('is empty for no sets', () => {
    expect(setModels(data([], []))).to.deep.equal([]);
  });
});

describe('recommendationModel(data, filter)', () => {
  it('lists the texts set by set, and counts those without one, with no filter', () => {
    const model = recommendationModel(recommendationsFixture());
    expect(model.list.sets.map((s) => [s.model.set.id, ids(s.items), s.missing, s.shared])).to.deep.equal([
      ['inspection', ['i2', 'i1', 'i3'], 5, null],
      ['watchdog', [], 4, null],
      ['pfd', ['c1', 'c2', 'c3'], 0, { acceptance: 'unknown', implementation: 'unknown' }],
    ]);
    expect([model.total, model.texts, model.list.matching, model.list.matchingTexts]).to.deep.equal([15, 6, 15, 6]);
    expect([model.list.filtered, model.list.searching, model.hasConcerns]).to.deep.equal([false, false, true]);
  });

  it('shows no controls for a list that fits one page', () => {
    expect(recommendationModel(recommendationsFixture()).controls).to.deep.equal({
      search: false,
      body: false,
      theme: false,
      status: false,
    });
  });

  it('offers search and the filters a long list needs, and only those', () => {
    const recs = Array.from({ length: PAGE_SIZE + 1 }, (_, i) =>
      rec(`r${i}`, i % 2 ? 'a' : 'b', i % 3 ? 'accepted' : 'unknown', 'unknown'),
    );
    // Two bodies with texts, two statuses, no themes.
    expect(recommendationModel(data([set('a', 0), set('b', 0)], recs)).controls).to.deep.equal({
      search: true,
      body: true,
      theme: false,
      status: true,
    });
  });

  it('matches a search only in real texts: words of a missing text never match', () => {
    const d = recommendationsFixture();
    const training = recommendationModel(d, filter({ query: 'training' }));
    expect(training.list.sets.map((s) => [s.model.set.id, ids(s.items), s.missing])).to.deep.equal([
      ['inspection', ['i1'], 0],
    ]);
    expect([training.list.matching, training.list.matchingTexts, training.list.searching]).to.deep.equal([1, 1, true]);
    for (const query of ['not in the sources', 'text not published', 'watchdog'])
      expect(recommendationModel(d, filter({ query })).list.matching, query).to.equal(0);
    // Every word must appear, in any case.
    expect(recommendationModel(d, filter({ query: 'FAMILY liaison' })).list.matching).to.equal(1);
  });

  it('filters by body, theme and status, counting the unlisted as no theme and not known', () => {
    const d = recommendationsFixture();
    const body = recommendationModel(d, filter({ set: 'watchdog' }));
    expect(body.list.sets.map((s) => [s.model.set.id, s.items.length, s.missing])).to.deep.equal([['watchdog', 0, 4]]);
    const unknown = recommendationModel(d, filter({ status: 'implementation:unknown' }));
    expect(unknown.list.sets.map((s) => [s.model.set.id, ids(s.items), s.missing])).to.deep.equal([
      ['inspection', ['i3'], 5],
      ['watchdog', [], 4],
      ['pfd', ['c1', 'c2', 'c3'], 0],
    ]);
    const noTheme = recommendationModel(d, filter({ theme: '(none)', set: 'inspection' }));
    expect(noTheme.list.sets.map((s) => [ids(s.items), s.missing])).to.deep.equal([[['i3'], 5]]);
    const verified = recommendationModel(d, filter({ status: 'implementation:verified-complete' }));
    expect([verified.list.matching, verified.list.filtered]).to.deep.equal([1, true]);
  });

  it('counts each menu option with the other filters applied', () => {
    const d = recommendationsFixture();
    const { facets } = recommendationModel(d, filter({ status: 'acceptance:accepted' }));
    expect(facets.sets.map((o) => [o.value, o.count])).to.deep.equal([
      ['inspection', 3],
      ['watchdog', 4],
      ['pfd', 0],
    ]);
    // Themes the sets name first, in their order; "no theme" last.
    expect(facets.themes.map((o) => [o.label, o.count])).to.deep.equal([
      ['Training', 1],
      ['Family liaison', 1],
      ['Categories', 0],
      ['Leadership', 0],
      ['No theme given', 5],
    ]);
    const all = recommendationModel(d).facets.statuses;
    expect(all.filter((o) => o.count > 0).map((o) => [o.value, o.count])).to.deep.equal([
      ['acceptance:accepted', 7],
      ['acceptance:unknown', 8],
      ['implementation:verified-complete', 1],
      ['implementation:claimed-complete', 1],
      ['implementation:unknown', 13],
    ]);
  });

  it('gives the summary set by set, never a total across bodies', () => {
    expect(t.summary(recommendationModel(recommendationsFixture()).summary)).to.equal(
      'Inspectorate: 8 recommendations (two sources say “around 8”), made 27 April 2023; 1 verified done, ' +
        '1 claimed done by the organisation it was made to, 1 accepted, 5 with no status in the sources consulted. ' +
        'Watchdog: 4 recommendations, made between 2019 and 17 June 2022; all 4 accepted, according to a watchdog spokesperson. ' +
        'Coroner: 3 matters of concern (one source lists 4), raised 25 January 2022; no source consulted gives a status for any of them. ' +
        'Texts not published by the issuing body: Watchdog, 4. ' +
        'Full texts not in the sources consulted: Inspectorate, 8 (3 named in the sources); Coroner, 3 (all named in the sources).',
    );
  });

  it('says none is recorded as done where no body has a claim or a verification', () => {
    const d = data(
      [set('a', 2, { kind: 'concerns' })],
      [rec('r1', 'a', 'unknown', 'unknown'), rec('r2', 'a', 'unknown', 'unknown')],
    );
    expect(t.summary(recommendationModel(d).summary)).to.equal(
      'Body a: 2 matters of concern, raised 2023; no source consulted gives a status for any of them. ' +
        'None is recorded as claimed or verified done in the sources consulted.',
    );
  });

  it('words one recommendation and a mixed set', () => {
    const one = data([set('a', 1)], [rec('r1', 'a', 'accepted', 'unknown')]);
    expect(t.summary(recommendationModel(one).summary)).to.equal(
      'Body a: 1 recommendation, made 2023; accepted. None is recorded as claimed or verified done in the sources consulted.',
    );
    const mixed = data(
      [set('a', 3)],
      [
        rec('r1', 'a', 'rejected', 'unknown'),
        rec('r2', 'a', 'no-response', 'unknown'),
        rec('r3', 'a', 'accepted', 'in-progress'),
      ],
    );
    expect(t.summary(recommendationModel(mixed).summary)).to.equal(
      'Body a: 3 recommendations, made 2023; 1 in progress, 1 rejected, 1 with no response published. ' +
        'None is recorded as claimed or verified done in the sources consulted.',
    );
  });

  it('says there are none for empty data', () => {
    const model = recommendationModel(data([], []));
    expect([model.total, model.list.sets.length, t.summary(model.summary)]).to.deep.equal([0, 0, t.empty]);
  });

  it('counts 20,000 listed recommendations in one pass (every one in the matrix, a page in the list)', () => {
    const recs = Array.from({ length: 20_000 }, (_, i) =>
      rec(`r${i}`, `s${i % 20}`, 'accepted', Math.floor(i / 20) % 2 ? 'claimed-complete' : 'unknown'),
    );
    const sets = Array.from({ length: 20 }, (_, i) => set(`s${i}`, 1000));
    const model = recommendationModel(data(sets, recs));
    expect(model.sets.every((s) => s.counts.claimed === 500 && s.counts.accepted === 500)).to.equal(true);
    expect([model.texts, model.list.matchingTexts]).to.deep.equal([20_000, 20_000]);
  });
});

describe('recommendation-status strings', () => {
  it('inSentence() lowers only a leading article', () => {
    expect(['An IOPC spokesperson', 'The IOPC', 'Matt Parr, HM Inspector', 'Anne Smith'].map(inSentence)).to.deep.equal(
      ['an IOPC spokesperson', 'the IOPC', 'Matt Parr, HM Inspector', 'Anne Smith'],
    );
  });

  it('names every column and defines it in the audit’s words', () => {
    expect(t.definition.accepted).to.equal('the organisation it was made to, or the body that made it, says so');
    expect(t.definition.unknown).to.equal('no source consulted gives a status');
    expect(t.definition['no-response']).to.equal('no source consulted reports a reply');
    expect(t.countingRule).to.contain('none recorded in the sources consulted');
  });
});
