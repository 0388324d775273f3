import { expect } from '@open-wc/testing';
import type { Dataset, Recommendation, RecommendationSet } from '../../src/data/types.js';
import {
  ACCEPTANCE_ORDER,
  IMPLEMENTATION_ORDER,
  NO_FILTER,
  NO_THEME,
  OPEN_ALL_LIMIT,
  STATUS_KEYS,
  STATUS_MARKS,
  describeAsOf,
  layoutAtWidth,
  listRecommendations,
  recommendationLayout,
  recommendationSummary,
  recommendationTable,
  statusLabel,
  type RecommendationFilter,
  type SetSummary,
} from '../../src/recommendation-status/recommendation-status.layout.js';
import { recommendationStatusStrings as t } from '../../src/recommendation-status/recommendation-status.strings.js';
import { sample } from '../fixtures/sample.js';

const cite = [{ source: 'src-a', quote: 'A short quote that supports the record.' }];
const filter = (f: Partial<RecommendationFilter>): RecommendationFilter => ({
  set: null,
  theme: null,
  status: null,
  query: '',
  ...f,
});

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

function rec(id: string, setId: string, extra: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    set: setId,
    number: null,
    text: `Text ${id}`,
    theme: null,
    owner: null,
    acceptance: { value: 'unknown', asOf: null, citations: cite },
    implementation: { value: 'unknown', asOf: null, citations: cite },
    citations: cite,
    ...extra,
  };
}

function data(
  sets: RecommendationSet[],
  recs: Recommendation[],
): Pick<Dataset, 'sources' | 'recommendationSets' | 'recommendations'> {
  return { sources: sample().sources, recommendationSets: sets, recommendations: recs };
}

/** n recommendations over 10 sets and 7 themes, statuses cycling deterministically. */
function large(n: number) {
  const sets = Array.from({ length: 10 }, (_, i) => set(`s${i}`, 0, { themes: ['T0', 'T1', 'T2'] }));
  const recs = Array.from({ length: n }, (_, i) =>
    rec(`r${i}`, `s${i % 10}`, {
      number: i + 1,
      text: i % 3 === 0 ? null : `Recommendation text ${i}`,
      theme: i % 7 === 6 ? null : `T${i % 7}`,
      acceptance: { value: ACCEPTANCE_ORDER[i % 4]!, asOf: '2024-01', citations: cite },
      implementation: { value: IMPLEMENTATION_ORDER[i % 5]!, asOf: '2024-02', citations: cite },
    }),
  );
  return data(sets, recs);
}

/** The checks every bar must pass: shares add up to the count and tile the bar with no gap. */
function expectBarsConsistent(summary: SetSummary): void {
  for (const d of ['acceptance', 'implementation'] as const) {
    const { segments, counts } = summary[d];
    expect(
      counts.reduce((n, c) => n + c.count, 0),
      `${d} counts`,
    ).to.equal(summary.total);
    expect(
      segments.reduce((n, s) => n + s.count, 0),
      `${d} segment counts`,
    ).to.equal(summary.total);
    let x = 0;
    for (const s of segments) {
      expect(s.x0).to.be.closeTo(x, 1e-9);
      expect(s.x1).to.be.greaterThan(s.x0);
      x = s.x1;
    }
    expect(x).to.be.closeTo(segments.length ? summary.barLength : 0, 1e-9);
  }
}

describe('recommendationLayout()', () => {
  it('recommendationLayout(sample, {width: 600}) counts made, accepted, verified and not published', () => {
    const layout = recommendationLayout(sample(), { width: 600 });
    expect(layout.totals).to.deep.equal({
      made: 3,
      bodies: 2,
      accepted: 2,
      verified: 1,
      notPublished: 2,
      sets: [
        {
          body: 'Body A',
          kind: 'recommendations',
          count: 2,
          made: '27 April 2023',
          accepted: 1,
          missing: 2,
          reason: 'not-in-sources',
        },
        {
          body: 'Body B',
          kind: 'recommendations',
          count: 1,
          made: 'January 2022',
          accepted: 1,
          missing: 0,
          reason: 'not-in-sources',
        },
      ],
    });
    expect(layout.total).to.equal(3);
    expect(layout.matching).to.equal(3);
    expect(layout.filtered).to.equal(false);
    expect(layout.sets.map((s) => [s.set.id, s.total, s.notPublished, s.unlisted])).to.deep.equal([
      ['set-a', 2, 2, 0],
      ['set-b', 1, 0, 0],
    ]);
  });

  it('recommendationLayout(sample, {width: 600}) stacks each bar so its shares sum to the count', () => {
    const layout = recommendationLayout(sample(), { width: 600 });
    layout.sets.forEach(expectBarsConsistent);
    const [a, b] = layout.sets;
    // One shared scale: the set of 2 fills the width, the set of 1 half of it.
    expect(a!.barLength).to.equal(600);
    expect(b!.barLength).to.equal(300);
    expect(a!.acceptance.segments.map((s) => [s.key, s.count, s.x0, s.x1])).to.deep.equal([
      ['acceptance:accepted', 1, 0, 300],
      ['acceptance:unknown', 1, 300, 600],
    ]);
    expect(a!.implementation.segments.map((s) => [s.key, s.count])).to.deep.equal([
      ['implementation:claimed-complete', 1],
      ['implementation:unknown', 1],
    ]);
    expect(b!.implementation.segments.map((s) => [s.key, s.count, s.x1])).to.deep.equal([
      ['implementation:verified-complete', 1, 300],
    ]);
  });

  it('recommendationLayout(sample) lists every status in bar order with zeros, unknown last', () => {
    const [a] = recommendationLayout(sample(), { width: 600 }).sets;
    expect(a!.acceptance.counts).to.deep.equal([
      { key: 'acceptance:accepted', count: 1 },
      { key: 'acceptance:rejected', count: 0 },
      { key: 'acceptance:no-response', count: 0 },
      { key: 'acceptance:unknown', count: 1 },
    ]);
    expect(a!.implementation.counts.map((c) => c.key)).to.deep.equal([
      'implementation:verified-complete',
      'implementation:claimed-complete',
      'implementation:in-progress',
      'implementation:not-started',
      'implementation:unknown',
    ]);
  });

  it('recommendationLayout(sample) keeps "not known" as a real share of the bar, as wide as its count', () => {
    const [a] = recommendationLayout(sample(), { width: 600 }).sets;
    const unknown = a!.implementation.segments.find((s) => s.key === 'implementation:unknown')!;
    expect(unknown.x1 - unknown.x0).to.equal(300);
  });

  it('recommendationLayout(sample) gives each dimension its as-of span and distinct citations', () => {
    const [a, b] = recommendationLayout(sample(), { width: 600 }).sets;
    expect(a!.acceptance.asOf).to.deep.equal({ from: '2023', to: '2023', undated: 1 });
    expect(b!.implementation.asOf).to.deep.equal({ from: '2023-06', to: '2023-06', undated: 0 });
    expect(a!.acceptance.citations).to.deep.equal(cite);
  });

  it('recommendationLayout(empty) has no sets, no bars and zero totals', () => {
    const layout = recommendationLayout(data([], []), { width: 320 });
    expect(layout.sets).to.deep.equal([]);
    expect(layout.list).to.deep.equal([]);
    expect(layout.total).to.equal(0);
    expect(layout.totals).to.deep.equal({ made: 0, bodies: 0, accepted: 0, verified: 0, notPublished: 0, sets: [] });
  });

  it('recommendationLayout(a set with count 0) draws an empty bar without dividing by zero', () => {
    const [s] = recommendationLayout(data([set('s', 0)], []), { width: 320 }).sets;
    expect(s!.total).to.equal(0);
    expect(s!.barLength).to.equal(0);
    expect(s!.acceptance.segments).to.deep.equal([]);
    expectBarsConsistent(s!);
  });

  it('recommendationLayout(one recommendation) fills the bar with one share', () => {
    const layout = recommendationLayout(data([set('s', 1)], [rec('r', 's')]), { width: 320 });
    const [s] = layout.sets;
    expect(s!.acceptance.segments).to.deep.equal([
      { key: 'acceptance:unknown', count: 1, x0: 0, x1: 320, label: { x: 160, width: 15.5, text: '1' } },
    ]);
    expect(layout.list[0]!.groups.map((g) => [g.items.length, g.defaultOpen])).to.deep.equal([[1, true]]);
  });

  it('recommendationLayout(data, {width: 0}) still draws bars at a minimum length', () => {
    const [s] = recommendationLayout(data([set('s', 1)], [rec('r', 's')]), { width: 0 }).sets;
    expect(s!.barLength).to.equal(120);
  });

  it('recommendationLayout(data) puts a count inside a share only where it fits', () => {
    const recs = [
      ...Array.from({ length: 99 }, (_, i) =>
        rec(`a${i}`, 's', { acceptance: { value: 'accepted', asOf: null, citations: cite } }),
      ),
      rec('b', 's'),
    ];
    const [s] = recommendationLayout(data([set('s', 100)], recs), { width: 320 }).sets;
    const [accepted, unknown] = s!.acceptance.segments;
    expect(accepted!.label).to.deep.equal({ x: 158.4, width: 23, text: '99' });
    expect(unknown!.label).to.equal(null);
  });

  it('recommendationLayout(a set counting more than it lists) adds "not published" placeholders', () => {
    const layout = recommendationLayout(data([set('s', 4, { textsPublished: false })], [rec('r', 's')]), {
      width: 400,
    });
    const [s] = layout.sets;
    expect([s!.total, s!.unlisted, s!.notPublished]).to.deep.equal([4, 3, 3]);
    expect(
      layout.items.filter((i) => i.unlisted).map((i) => [i.rec.id, i.rec.text, i.rec.acceptance.value]),
    ).to.deep.equal([
      ['s--unlisted-1', null, 'unknown'],
      ['s--unlisted-2', null, 'unknown'],
      ['s--unlisted-3', null, 'unknown'],
    ]);
    expectBarsConsistent(s!);
  });

  it('recommendationLayout(500 recommendations) sums every bar and collapses groups', () => {
    const input = large(500);
    const layout = recommendationLayout(input, { width: 1280 });
    expect(layout.total).to.equal(500);
    layout.sets.forEach(expectBarsConsistent);
    expect(layout.sets.reduce((n, s) => n + s.total, 0)).to.equal(500);
    const groups = layout.list.flatMap((s) => s.groups);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).to.equal(500);
    expect(groups.every((g) => !g.defaultOpen)).to.equal(true);
  });

  it('recommendationLayout(5,000 recommendations) sums every bar (the scaling curve is in npm run bench)', () => {
    const layout = recommendationLayout(large(5000), { width: 800 });
    expect(layout.total).to.equal(5000);
    layout.sets.forEach(expectBarsConsistent);
  });
});

describe('recommendationSummary() and layoutAtWidth()', () => {
  it('recommendationLayout(data, {width}) is layoutAtWidth(recommendationSummary(data), width)', () => {
    const input = large(60);
    const filter = { ...NO_FILTER, query: 'text 1' };
    for (const width of [0, 320, 1280])
      expect(layoutAtWidth(recommendationSummary(input, { filter }), width)).to.deep.equal(
        recommendationLayout(input, { width }, { filter }),
      );
  });

  it('layoutAtWidth(summary, width) places only the bars: the list, menus and counts are the same objects', () => {
    const summary = recommendationSummary(large(60));
    const narrow = layoutAtWidth(summary, 320);
    const wide = layoutAtWidth(summary, 1280);
    for (const key of ['counts', 'list', 'items', 'facets', 'totals'] as const) {
      expect(narrow[key], key).to.equal(summary[key]);
      expect(wide[key], key).to.equal(summary[key]);
    }
    expect(narrow.sets[0]!.barLength).to.be.lessThan(wide.sets[0]!.barLength);
    expect(narrow.sets[0]!.acceptance.counts).to.equal(wide.sets[0]!.acceptance.counts);
  });
});

describe('recommendationLayout() list', () => {
  it('groups by set, then theme in the order the set names them, "no theme" last, texts before placeholders', () => {
    const sets = [set('s', 0, { themes: ['B', 'A'] })];
    const recs = [
      rec('1', 's', { theme: 'A' }),
      rec('2', 's', { theme: null, text: null }),
      rec('3', 's', { theme: 'B' }),
      rec('4', 's', { theme: 'A', text: null }),
      rec('5', 's', { theme: 'C' }),
      rec('6', 's', { theme: null }),
    ];
    const [list] = recommendationLayout(data(sets, recs), { width: 600 }).list;
    expect(list!.groups.map((g) => [g.theme, g.published, g.items.map((i) => i.rec.id)])).to.deep.equal([
      ['B', true, ['3']],
      ['A', true, ['1']],
      ['A', false, ['4']],
      ['C', true, ['5']],
      [null, true, ['6']],
      [null, false, ['2']],
    ]);
  });

  it('opens small groups of texts by default, never the placeholder groups', () => {
    const layout = recommendationLayout(sample(), { width: 600 });
    const groups = layout.list.flatMap((s) => s.groups);
    expect(groups.map((g) => [g.setId, g.published, g.defaultOpen])).to.deep.equal([
      ['set-a', false, false],
      ['set-a', false, false],
      ['set-b', true, true],
    ]);
  });

  it(`keeps every group closed by default when there are more than ${OPEN_ALL_LIMIT} recommendations`, () => {
    const layout = recommendationLayout(large(OPEN_ALL_LIMIT + 1), { width: 600 });
    expect(layout.list.flatMap((s) => s.groups).some((g) => g.defaultOpen)).to.equal(false);
  });

  it('sorts a group by number, unnumbered last', () => {
    const recs = [rec('a', 's', { number: 3 }), rec('b', 's'), rec('c', 's', { number: 1 })];
    const [list] = recommendationLayout(data([set('s', 3)], recs), { width: 600 }).list;
    expect(list!.groups[0]!.items.map((i) => i.rec.id)).to.deep.equal(['c', 'a', 'b']);
  });

  const cases: [string, Partial<RecommendationFilter>, string[]][] = [
    ['a set', { set: 'set-b' }, ['r3']],
    ['a theme', { theme: 'Training' }, ['r2']],
    ['no theme', { theme: NO_THEME }, ['r1', 'r3']],
    ['an acceptance status', { status: 'acceptance:accepted' }, ['r2', 'r3']],
    ['an implementation status', { status: 'implementation:claimed-complete' }, ['r2']],
    ['a search word in the text', { query: 'THING' }, ['r3']],
    ['a search for "not in the sources"', { query: 'not in the sources' }, ['r1', 'r2']],
    ['a search word in the owner', { query: 'force' }, ['r3']],
    ['two words that must both appear', { query: 'thing training' }, []],
    ['set and status together', { set: 'set-a', status: 'acceptance:accepted' }, ['r2']],
  ];
  for (const [name, f, ids] of cases) {
    it(`recommendationLayout(sample, {filter: ${name}}) keeps ${ids.join(', ') || 'nothing'}`, () => {
      const layout = recommendationLayout(sample(), { width: 600 }, { filter: filter(f) });
      const kept = layout.list.flatMap((s) => s.groups.flatMap((g) => g.items.map((i) => i.rec.id))).sort();
      expect(kept).to.deep.equal(ids);
      expect(layout.matching).to.equal(ids.length);
      expect(layout.total).to.equal(3);
      expect(layout.filtered).to.equal(true);
    });
  }

  it('opens every matching group when a filter leaves only a few', () => {
    const layout = recommendationLayout(sample(), { width: 600 }, { filter: filter({ set: 'set-a' }) });
    expect(layout.list.flatMap((s) => s.groups).every((g) => g.defaultOpen)).to.equal(true);
  });

  it('keeps a small group of texts open when a filter matches too many to open everything', () => {
    const recs = [
      ...Array.from({ length: 30 }, (_, i) => rec(`a${i}`, 's', { theme: 'A' })),
      rec('b1', 's', { theme: 'B' }),
      rec('b2', 's', { theme: 'B' }),
    ];
    const layout = recommendationLayout(
      data([set('s', 32)], recs),
      { width: 600 },
      { filter: filter({ query: 'text' }) },
    );
    expect(layout.matching).to.equal(32);
    expect(layout.list[0]!.groups.map((g) => [g.theme, g.defaultOpen])).to.deep.equal([
      ['A', false],
      ['B', true],
    ]);
  });

  it('counts each menu option given the other filters', () => {
    const layout = recommendationLayout(
      sample(),
      { width: 600 },
      { filter: filter({ status: 'acceptance:accepted' }) },
    );
    expect(layout.facets.sets).to.deep.equal([
      { value: 'set-a', label: 'Body A', count: 1 },
      { value: 'set-b', label: 'Body B', count: 1 },
    ]);
    expect(layout.facets.themes).to.deep.equal([
      { value: 'Training', label: 'Training', count: 1 },
      { value: NO_THEME, label: t.noTheme, count: 1 },
    ]);
    // The status menu ignores the status filter itself: it says what each choice would show.
    const statuses = Object.fromEntries(layout.facets.statuses.map((o) => [o.value, o.count]));
    expect(statuses['acceptance:accepted']).to.equal(2);
    expect(statuses['acceptance:unknown']).to.equal(1);
    expect(statuses['implementation:verified-complete']).to.equal(1);
    expect(layout.facets.statuses.length).to.equal(STATUS_KEYS.length);
  });
});

describe('status marks', () => {
  it('"claimed complete" and "verified complete" share no colour token, pattern, icon or label', () => {
    const claimed = STATUS_MARKS['implementation:claimed-complete'];
    const verified = STATUS_MARKS['implementation:verified-complete'];
    expect(claimed.token).not.to.equal(verified.token);
    expect(claimed.pattern).not.to.equal(verified.pattern);
    expect(claimed.icon).not.to.equal(verified.icon);
    expect(statusLabel('implementation:claimed-complete')).to.equal('Claimed complete by the recipient');
    expect(statusLabel('implementation:verified-complete')).to.equal('Verified complete');
  });

  it('gives every status within a dimension its own pattern, icon and label', () => {
    for (const dimension of ['acceptance', 'implementation']) {
      const keys = STATUS_KEYS.filter((k) => k.startsWith(`${dimension}:`));
      for (const field of ['pattern', 'icon', 'token'] as const) {
        const values = keys.map((k) => STATUS_MARKS[k][field]);
        expect(new Set(values).size, `${dimension} ${field}`).to.equal(keys.length);
      }
      expect(new Set(keys.map(statusLabel)).size).to.equal(keys.length);
    }
  });

  it('defines each status in plain words, with the two "complete" definitions the method needs', () => {
    // "The force" was wrong where the recipients were several bodies; "verified" has one meaning everywhere.
    expect(t.implementationDefinition['claimed-complete']).to.equal(
      'Claimed complete: the organisation it was made to says it has done this; no independent check has been published.',
    );
    expect(t.implementationDefinition['verified-complete']).to.equal(
      'Verified complete: a body independent of the one that had to act (the body that made it, an inspectorate, a coroner or a court) has confirmed it was done.',
    );
  });
});

describe('describeAsOf()', () => {
  it('says one date, a span, or that no date is given', () => {
    expect(describeAsOf({ from: '2023', to: '2023', undated: 0 })).to.equal('as of 2023');
    expect(describeAsOf({ from: '2022-04-19', to: '2022-06-17', undated: 2 })).to.equal(
      'as of dates from 19 April 2022 to 17 June 2022',
    );
    expect(describeAsOf({ from: null, to: null, undated: 3 })).to.equal('no date given');
  });
});

describe('listRecommendations() and recommendationTable()', () => {
  it('lists one table row per recommendation, placeholders included, saying why a text is missing', () => {
    const input = data([set('s', 3, { made: '2022-01-25' })], [rec('r', 's', { number: 2, owner: 'The force' })]);
    const table = recommendationTable(listRecommendations(input), input.sources);
    expect(table.columns).to.deep.equal(t.tableColumns);
    expect(table.rows.length).to.equal(3);
    expect(table.rows[0]).to.deep.equal([
      'Body s',
      2,
      'Text r',
      null,
      'The force',
      '25 January 2022',
      'Not known',
      null,
      'Not known',
      null,
      'Example News, “An example article”',
    ]);
    expect(table.rows[1]![2]).to.equal('Text not in the sources consulted');
    // "Not published" only where the data says the body has not published them, with a quote.
    const withheld = data(
      [set('s', 2, { textsPublished: false, textsMissing: { reason: 'not-published', citations: cite } })],
      [],
    );
    expect(recommendationTable(listRecommendations(withheld), withheld.sources).rows[0]![2]).to.equal(
      'Text not published by the issuing body',
    );
  });

  it('shows a date made known only as a range, and calls a coroner’s concerns concerns', () => {
    const input = data(
      [set('i', 1, { made: '2019', madeEnd: '2022-06-17' }), set('c', 2, { kind: 'concerns', made: '2022-01-25' })],
      [rec('r1', 'i'), rec('c1', 'c'), rec('c2', 'c')],
    );
    const layout = recommendationLayout(input, { width: 600 });
    expect(layout.totals.sets.map((s) => [s.body, s.kind, s.made])).to.deep.equal([
      ['Body i', 'recommendations', 'made between 2019 and 17 June 2022'],
      ['Body c', 'concerns', '25 January 2022'],
    ]);
    expect(recommendationTable(layout.items, input.sources).rows[0]![5]).to.equal('between 2019 and 17 June 2022');
    expect(t.summary(layout.totals)).to.equal(
      'Body i: 1 recommendation (made between 2019 and 17 June 2022). Body c: 2 matters of concern (25 January 2022). ' +
        'None is recorded as verified complete in the sources consulted.',
    );
  });

  it('writes each status with its as-of date in its own column', () => {
    const table = recommendationTable(listRecommendations(sample()), sample().sources);
    const r3 = table.rows[2]!;
    expect([r3[6], r3[7], r3[8], r3[9]]).to.deep.equal(['Accepted', '19 April 2022', 'Verified complete', 'June 2023']);
  });
});
