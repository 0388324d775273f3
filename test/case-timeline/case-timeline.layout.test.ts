import { EVENT_CATEGORIES } from '../../src/data/validate.js';
import { expect } from '@open-wc/testing';
import type { EventCategory, TimelineEvent } from '../../src/data/types.js';
import { parseIsoDate } from '../../src/data/dates.js';
import {
  clampedLinear,
  AXIS_HEIGHT,
  BREAKPOINT,
  LABEL_ROW,
  STACK_STEP,
  LANE_GAP,
  LANE_HEADING,
  MARK_ROW,
  HIGHLIGHT_AREA,
  HIT,
  LIST_PAGE,
  MARK_AREA,
  ONE_BY_ONE,
  boxesIntersect,
  itemAt,
  labelText,
  layoutAtWidth,
  listWindow,
  LIST_PAGES_KEPT,
  orientationFor,
  relativeShape,
  shapePath,
  timelineLayout,
  timelineSelection,
  type TimelineLabel,
  type TimelineMarks,
  type TimelineOptions,
} from '../../src/case-timeline/case-timeline.layout.js';
import { summarise } from '../../src/case-timeline/case-timeline.js';
import { sample } from '../fixtures/sample.js';
import { manyEvents } from '../fixtures/many.js';

const cite = [{ source: 'src-a', quote: 'A quote.' }];
const ev = (id: string, date: string, category: EventCategory = 'police-failure', extra: Partial<TimelineEvent> = {}) =>
  ({ id, date, category, title: `Event ${id}`, description: 'Text.', citations: cite, ...extra }) as TimelineEvent;
const at = (iso: string) => parseIsoDate(iso)!.start;
const DAY = 86_400_000;

/** Every pair of labels in one sweep per lane row: sorted by left edge, each must clear the previous. */
function overlapping(labels: readonly TimelineLabel[]): [string, string][] {
  const found: [string, string][] = [];
  const byRow = new Map<number, TimelineLabel[]>();
  for (const l of labels) byRow.set(l.y, [...(byRow.get(l.y) ?? []), l]);
  for (const row of byRow.values()) {
    row.sort((a, b) => a.x - b.x);
    for (let i = 1; i < row.length; i++)
      if (boxesIntersect(row[i - 1]!, row[i]!)) found.push([row[i - 1]!.id, row[i]!.id]);
  }
  return found;
}

function crowd(n: number, spreadDays = 400): TimelineEvent[] {
  const categories: readonly EventCategory[] = EVENT_CATEGORIES.filter((c) => c !== 'family'); // the seven these tests' counts were worked out for
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2014, 5, 1) + ((i * 7919) % spreadDays) * DAY).toISOString().slice(0, 10);
    return ev(`c${i}`, date, categories[i % 7], {
      title: `A crowded event number ${i} with a long title that needs cutting`,
      ...(i % 50 === 0 ? { end: '2016-01' } : {}),
    });
  });
}

describe('clampedLinear()', () => {
  it('maps the domain onto the range, linearly', () => {
    const x = clampedLinear([100, 200], [10, 30]);
    expect([x(100), x(150), x(200)]).to.deep.equal([10, 20, 30]);
  });
  it('clamps times outside the domain to the ends of the range', () => {
    const x = clampedLinear([100, 200], [10, 30]);
    expect([x(0), x(1e9)]).to.deep.equal([10, 30]);
  });
  it('maps a zero-width domain to the start rather than NaN', () => {
    expect(clampedLinear([5, 5], [10, 30])(5)).to.equal(10);
  });
});

describe('orientationFor()', () => {
  it('orientationFor(width) is horizontal only above the breakpoint', () => {
    expect(orientationFor(320)).to.equal('vertical');
    expect(orientationFor(600)).to.equal('vertical');
    expect(orientationFor(601)).to.equal('horizontal');
    expect(orientationFor(0)).to.equal('vertical');
  });

  it('orientationFor(width, mode) obeys an explicit layout at any width', () => {
    expect(orientationFor(1280, 'vertical')).to.equal('vertical');
    expect(orientationFor(320, 'horizontal')).to.equal('horizontal');
    expect(orientationFor(1280, 'auto')).to.equal('horizontal');
  });
});

describe('labelText()', () => {
  const cases: [string, number, string][] = [
    ['Short title', 30, 'Short title'],
    ['Exactly ten', 11, 'Exactly ten'],
    ['Stephen Port arrested at his flat in Barking', 30, 'Stephen Port arrested at his…'],
    ['Supercalifragilisticexpialidocious', 10, 'Supercali…'],
  ];
  for (const [title, max, expected] of cases)
    it(`labelText(${JSON.stringify(title)}, ${max}) is ${JSON.stringify(expected)}`, () => {
      const text = labelText(title, max);
      expect(text).to.equal(expected);
      expect(text.length).to.be.at.most(max);
    });
});

describe('timelineLayout() narrow', () => {
  it('timelineLayout(events, {width: 320}) lists events vertically in date order, with no geometry', () => {
    const layout = timelineLayout(sample().events, { width: 320 });
    expect(layout.orientation).to.equal('vertical');
    expect(layout.items.map((i) => i.id)).to.deep.equal(['e1', 'e2', 'span', 'e3']);
    expect(layout.items.map((i) => i.newYear)).to.deep.equal([true, false, true, true]);
    expect(layout.lanes).to.deep.equal([]);
    expect(layout.ticks).to.deep.equal([]);
    expect(layout.labels).to.deep.equal([]);
    expect(layout.height).to.equal(0);
    expect(layout.total).to.equal(4);
    expect(layout.years).to.deep.equal([2014, 2021]);
  });

  it('timelineLayout() places a month or year date in the middle of its period and keeps the period', () => {
    const layout = timelineLayout([ev('y', '2014'), ev('m', '2014-08'), ev('d', '2014-03-01')], { width: 320 });
    // Read after what is dated within their period (orderEvents()), drawn at its middle.
    expect(layout.items.map((i) => i.id)).to.deep.equal(['d', 'm', 'y']);
    const year = layout.items[2]!;
    expect(year.lo).to.equal(at('2014'));
    expect(year.hi).to.equal(parseIsoDate('2014')!.end);
    expect(year.start).to.equal(Math.round((year.lo + year.hi) / 2));
    expect(year.precise).to.equal(false);
    expect(layout.items[0]!.precise).to.equal(true);
  });

  it('timelineLayout() breaks date ties by category order, then data order', () => {
    const layout = timelineLayout(
      [ev('b', '2015-01-01', 'watchdog'), ev('a', '2015-01-01', 'death'), ev('c', '2015-01-01', 'watchdog')],
      { width: 320 },
    );
    expect(layout.items.map((i) => i.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('timelineLayout() reads a month date after the day dates of its month, and an `after` directly after its event', () => {
    const layout = timelineLayout(
      [
        ev('failure', '2014-08', 'police-failure'),
        ev('death', '2014-08-28', 'death'),
        ev('jailed', '2015', 'justice', { after: 'failure' }),
        ev('later', '2014-09-20', 'death'),
      ],
      { width: 320 },
    );
    expect(layout.items.map((i) => i.id)).to.deep.equal(['death', 'failure', 'jailed', 'later']);
    // Each item's year heading follows the reading order.
    expect(layout.items.map((i) => i.newYear)).to.deep.equal([true, false, true, true]);
  });

  it('timelineLayout() keeps an `after` whose event a filter hides in its own date order', () => {
    const layout = timelineLayout(
      [
        ev('failure', '2014-08', 'police-failure'),
        ev('jailed', '2015', 'justice', { after: 'failure' }),
        ev('x', '2015-03-01'),
      ],
      { width: 320 },
      { categories: new Set<EventCategory>(['justice', 'response']) },
    );
    expect(layout.items.map((i) => i.id)).to.deep.equal(['jailed']);
  });
});

describe('timelineLayout() wide', () => {
  it('timelineLayout(events, {width: 1280}) gives one lane per category present, in schema order', () => {
    const layout = timelineLayout(sample().events, { width: 1280 });
    expect(layout.orientation).to.equal('horizontal');
    expect(layout.lanes.map((l) => l.category)).to.deep.equal(['death', 'police-failure', 'watchdog', 'inquest']);
    // Each lane needs one row of labels at most here, so each is one row tall.
    const one = LANE_HEADING + MARK_ROW + LABEL_ROW + LANE_GAP;
    expect(layout.lanes.map((l) => l.y)).to.deep.equal([0, 1, 2, 3].map((i) => AXIS_HEIGHT + i * one));
    expect(layout.lanes.map((l) => l.height)).to.deep.equal([one, one, one, one]);
    expect(layout.height).to.equal(AXIS_HEIGHT + 4 * one);
    expect(layout.items.map((i) => i.cy - layout.lanes[i.lane]!.y)).to.deep.equal([29, 29, 29, 29]);
    expect(layout.items.map((i) => i.lane)).to.deep.equal([0, 1, 2, 3]);
  });

  it('timelineLayout() maps dates to x in order, inside the width, and draws spans from start to end', () => {
    const layout = timelineLayout(sample().events, { width: 1280 });
    const xs = layout.items.map((i) => i.x);
    expect([...xs].sort((a, b) => a - b)).to.deep.equal(xs);
    for (const i of layout.items) {
      expect(i.x).to.be.within(12, 1268);
      expect(i.x2).to.be.within(i.x, 1268);
    }
    const span = layout.items.find((i) => i.id === 'span')!;
    expect(span.span).to.equal(true);
    expect(span.x2 - span.x).to.be.greaterThan(300);
    const point = layout.items.find((i) => i.id === 'e1')!;
    expect(point.x2).to.equal(point.x);
  });

  it('timelineLayout() ticks whole years at 1 January, inside the domain, labelled only where the text fits', () => {
    const layout = timelineLayout(sample().events, { width: 1280 });
    const years = layout.ticks.map((t) => t.year);
    // 2014 is named at the left edge (the axis starts in June 2014); 2022 sits in the
    // padding after the year-only 2021 event.
    expect(years).to.deep.equal([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(layout.ticks.map((t) => t.edge)).to.deep.equal([
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(layout.ticks[0]!.x).to.equal(8);
    for (const t of layout.ticks) expect(Number.isInteger(t.year)).to.equal(true);
    for (const t of layout.ticks.filter((t) => !t.edge))
      expect(t.x).to.be.closeTo(
        layout.items[0]!.x +
          ((Date.UTC(t.year, 0, 1) - layout.items[0]!.start) * (layout.items[2]!.x - layout.items[0]!.x)) /
            (layout.items[2]!.start - layout.items[0]!.start),
        0.01,
      );
    expect(layout.ticks.every((t, i, all) => i === 0 || t.x > all[i - 1]!.x)).to.equal(true);
    const narrow = timelineLayout([ev('a', '2014-01-02'), ev('b', '2014-12-30')], { width: 640 });
    expect(narrow.ticks.map((t) => t.year)).to.deep.equal([2014, 2015]);
    for (const t of narrow.ticks.filter((t) => t.labelled)) expect(t.x + 4 + 4 * 7).to.be.at.most(640);
  });

  it('timelineLayout() labels spans and highlighted events first, and a death with the name of the man who died', () => {
    const events = [
      ...Array.from({ length: 30 }, (_, i) => ev(`p${i}`, '2014-06-19', 'death', { title: `Crowded ${i}` })),
      ev('hl', '2014-06-19', 'death', { title: 'Highlighted one' }),
      ev('sp', '2014-06-19', 'death', { end: '2015-09', title: 'The span' }),
    ];
    const layout = timelineLayout(events, { width: 800 }, { highlight: new Set(['hl']) });
    const ids = layout.labels.map((l) => l.id);
    expect(ids).to.include.members(['hl', 'sp']);
    expect(layout.labels.find((l) => l.id === 'hl')!.highlighted).to.equal(true);
    expect(layout.items.find((i) => i.id === 'hl')!.highlighted).to.equal(true);
    const named = timelineLayout(sample().events, { width: 1280 });
    expect(named.labels.find((l) => l.id === 'e1')!.text).to.equal('Person A');
  });

  it('timelineLayout() never lets two labels overlap, nor run off the chart, however events crowd', () => {
    for (const width of [601, 800, 1280]) {
      for (const n of [10, 100, 1000]) {
        const layout = timelineLayout(crowd(n), { width }, { highlight: new Set(['c3', 'c4', 'c5']) });
        expect(overlapping(layout.labels), `${n} events at ${width}px`).to.deep.equal([]);
        for (const l of layout.labels) {
          expect(l.x).to.be.at.least(0);
          expect(l.x + l.width).to.be.at.most(width);
          // The leader starts at the mark and ends at the box, inside the box's span.
          expect(l.leaderX).to.be.within(l.x, l.x + l.width);
        }
        expect(layout.labels.length).to.be.at.most(60);
      }
    }
  });

  it('timelineLayout() keeps a lower row label’s leader clear of the row above', () => {
    const layout = timelineLayout(crowd(300), { width: 900 });
    const rowsAbove = layout.labels.filter((l) => l.leaderY2 > l.leaderY1 + 10);
    for (const lower of rowsAbove)
      for (const upper of layout.labels)
        if (upper !== lower && upper.y < lower.y && upper.y > lower.leaderY1)
          expect(
            lower.leaderX < upper.x || lower.leaderX > upper.x + upper.width,
            `${lower.id} crosses ${upper.id}`,
          ).to.equal(true);
  });

  it('timelineLayout() stacks close marks’ labels in rows, growing only the crowded lane', () => {
    const events = [
      ev('k', '2014-06', 'death', { end: '2015-09', title: 'The killings' }),
      ev('a', '2014-06-19', 'death', { victim: { name: 'First Man', age: 1, place: 'x' } }),
      ev('b', '2014-08-28', 'death', { victim: { name: 'Second Man', age: 1, place: 'x' } }),
      ev('c', '2014-09-20', 'death', { victim: { name: 'Third Man', age: 1, place: 'x' } }),
      ev('d', '2015-09-14', 'death', { victim: { name: 'Fourth Man', age: 1, place: 'x' } }),
      ev('w', '2018-01-01', 'watchdog'),
    ];
    const layout = timelineLayout(events, { width: 900 });
    expect(layout.labels.map((l) => l.id).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'k', 'w']);
    expect(layout.labels.find((l) => l.id === 'a')!.text).to.equal('First Man');
    // The span's title sits above its bar; the deaths below, in as many rows as they need.
    const span = layout.labels.find((l) => l.id === 'k')!;
    expect(span.y + span.height).to.be.at.most(layout.items[0]!.cy);
    const [death, watchdog] = layout.lanes;
    expect(death!.height).to.be.greaterThan(watchdog!.height);
    expect(watchdog!.y).to.equal(death!.y + death!.height);
    expect(overlapping(layout.labels)).to.deep.equal([]);
  });

  it('timelineLayout() stacks marks closer than DODGE px upwards, at most MAX_STACK high; spans stay on the bottom', () => {
    const events = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ev(id, '2015-03-01', 'police-failure')),
      ev('far', '2019-03-01', 'police-failure'),
      ev('bar', '2015-03-01', 'police-failure', { end: '2016-01' }),
    ];
    const layout = timelineLayout(events, { width: 900 });
    const level = (id: string) => layout.items.find((i) => i.id === id)!.level;
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'far', 'bar'].map(level)).to.deep.equal([0, 1, 2, 3, 0, 0, 0, 0]);
    const lane = layout.lanes[0]!;
    const cy = (id: string) => layout.items.find((i) => i.id === id)!.cy;
    expect(cy('a') - cy('b')).to.equal(STACK_STEP);
    expect(cy('a')).to.equal(lane.y + LANE_HEADING + MARK_ROW / 2 + 3 * STACK_STEP);
    expect(cy('bar')).to.equal(cy('a'));
    // Labels go below the whole stack.
    for (const l of layout.labels.filter((l) => l.leaderY2 > l.leaderY1)) expect(l.y).to.be.at.least(cy('a') + 7);
    expect(overlapping(layout.labels)).to.deep.equal([]);
  });

  it('timelineLayout() respects maxLabels', () => {
    expect(timelineLayout(crowd(200, 3000), { width: 1280 }, { maxLabels: 5 }).labels.length).to.equal(5);
  });
});

describe('timelineSelection() and layoutAtWidth()', () => {
  it('timelineLayout(events, {width}, options) is layoutAtWidth(timelineSelection(events, options), width)', () => {
    const cases: [TimelineEvent[], TimelineOptions][] = [
      [sample().events, {}],
      [sample().events, { highlight: new Set(['e2']), categories: new Set<EventCategory>(['death', 'watchdog']) }],
      [sample().events, { from: at('2015-01-01'), to: at('2019-12-31'), layout: 'horizontal' }],
      [crowd(ONE_BY_ONE + 20), { highlight: new Set(['c3']), maxLabels: 20 }],
      [[], {}],
    ];
    for (const [events, options] of cases)
      for (const width of [0, 320, BREAKPOINT, BREAKPOINT + 1, 900, 1280])
        expect(layoutAtWidth(timelineSelection(events, options), width), `${events.length} at ${width}`).to.deep.equal(
          timelineLayout(events, { width }, options),
        );
  });

  it('layoutAtWidth() places one selection at width after width, each time as a fresh layout would', () => {
    const events = crowd(120);
    const selection = timelineSelection(events, { highlight: new Set(['c7']) });
    const before = structuredClone(selection.items.map(({ event: _, ...geometry }) => geometry));
    for (const width of [1280, 320, 900, 1280, 700])
      expect(layoutAtWidth(selection, width), `${width}`).to.deep.equal(
        timelineLayout(events, { width }, { highlight: new Set(['c7']) }),
      );
    // Wide layouts place copies: the selection's items keep no geometry of any width.
    expect(selection.items.map(({ event: _, ...geometry }) => geometry)).to.deep.equal(before);
    expect(selection.items.every((i) => i.x === 0 && i.cy === 0 && i.lane === 0)).to.equal(true);
  });

  it('layoutAtWidth(selection, width) reuses what the width does not change: counts, years, domain, the narrow items', () => {
    const selection = timelineSelection(sample().events);
    const narrow = layoutAtWidth(selection, 320);
    const wide = layoutAtWidth(selection, 1280);
    for (const layout of [narrow, wide]) {
      expect(layout.counts).to.equal(selection.counts);
      expect(layout.years).to.equal(selection.years);
      expect(layout.domain).to.equal(selection.domain);
    }
    expect(narrow.items).to.equal(selection.items);
    expect(wide.items.map((i) => i.event)).to.deep.equal(selection.items.map((i) => i.event));
    expect(wide.items[0]!.x).to.be.greaterThan(0);
  });
});

describe('timelineLayout() filters and zoom', () => {
  it('timelineLayout(events, size, {categories}) keeps only those categories, but counts all of them', () => {
    const layout = timelineLayout(sample().events, { width: 1280 }, { categories: new Set<EventCategory>(['death']) });
    expect(layout.items.map((i) => i.id)).to.deep.equal(['e1']);
    expect(layout.lanes.map((l) => l.category)).to.deep.equal(['death']);
    expect(layout.counts).to.deep.equal({
      death: 1,
      'police-failure': 1,
      family: 0,
      justice: 0,
      watchdog: 1,
      inquest: 1,
      inspection: 0,
      response: 0,
    });
    expect(layout.total).to.equal(4);
  });

  it('timelineLayout(events, size, {from, to}) keeps events touching the range and zooms the axis to it', () => {
    const from = parseIsoDate('2016')!.start;
    const to = parseIsoDate('2017')!.end;
    const layout = timelineLayout(sample().events, { width: 1280 }, { from, to });
    expect(layout.items.map((i) => i.id)).to.deep.equal(['span']);
    expect(layout.counts.watchdog).to.equal(1);
    expect(layout.counts.death).to.equal(0);
    expect(layout.domain![0]).to.be.below(from);
    expect(layout.domain![0]).to.be.above(from - 30 * DAY);
    expect(layout.ticks.map((t) => t.year)).to.deep.equal([2016, 2017, 2018]);
    // The span runs past both ends of the range: it is clipped to the chart, not drawn off it.
    const span = layout.items[0]!;
    expect(span.x).to.equal(12);
    expect(span.x2).to.equal(1268);
  });

  it('timelineLayout() keeps a year-only event whose year overlaps the range', () => {
    const from = parseIsoDate('2021-06')!.start;
    const layout = timelineLayout(sample().events, { width: 320 }, { from });
    expect(layout.items.map((i) => i.id)).to.deep.equal(['e3']);
  });
});

describe('timelineLayout() degenerate cases', () => {
  it('timelineLayout([], size) is empty with no domain and no years', () => {
    for (const width of [320, 1280]) {
      const layout = timelineLayout([], { width });
      expect(layout.items).to.deep.equal([]);
      expect(layout.labels).to.deep.equal([]);
      expect(layout.lanes).to.deep.equal([]);
      expect(layout.domain).to.equal(null);
      expect(layout.years).to.equal(null);
      expect(layout.total).to.equal(0);
    }
  });

  it('timelineLayout() of one event centres it in half a year either side, and labels it', () => {
    const layout = timelineLayout([ev('one', '2016-11-23', 'justice')], { width: 1000 });
    expect(layout.domain).to.deep.equal([at('2016-11-23') - 183 * DAY, at('2016-11-23') + 183 * DAY]);
    expect(layout.items[0]!.x).to.be.closeTo(500, 0.001);
    expect(layout.labels.map((l) => l.id)).to.deep.equal(['one']);
  });

  it('timelineLayout() of events on one day draws them at one x, without a zero-width axis', () => {
    const layout = timelineLayout([ev('a', '2015-10-15'), ev('b', '2015-10-15'), ev('c', '2015-10-15')], {
      width: 800,
    });
    expect(new Set(layout.items.map((i) => i.x)).size).to.equal(1);
    expect(layout.domain![1] - layout.domain![0]).to.equal(366 * DAY);
  });

  it('timelineLayout() of a tiny width leaves out labels that cannot fit rather than overflow', () => {
    const layout = timelineLayout(
      [
        ev('long', '2015-10-15', 'death', { title: 'A title far too long for eighty pixels' }),
        ev('short', '2015-06-01', 'death', { title: 'Short' }),
      ],
      { width: 80 },
      { layout: 'horizontal' },
    );
    // The short label fits and is placed (so the bounds below are checked on a real label);
    // the long one does not fit and is left out.
    expect(layout.labels.map((l) => l.id)).to.deep.equal(['short']);
    for (const l of layout.labels) {
      expect(l.x).to.be.at.least(0);
      expect(l.x + l.width).to.be.at.most(80);
    }
  });

  // Speed and the scaling curve are measured by `npm run bench`, not asserted here
  // (timed tests fail on a loaded machine and prove nothing on a fast one).
  it('timelineLayout() of 4,000 crowded events places every mark once', () => {
    const layout = timelineLayout(crowd(4000, 3650), { width: 1280 });
    expect(layout.items.length).to.equal(4000);
    expect(new Set(layout.items.map((item) => item.event.id)).size).to.equal(4000);
  });
});

describe('summarise()', () => {
  it('summarise(sample events) counts the deaths, dates the longest watchdog span, then the latest entry', () => {
    // The watchdog span is dated, not called "the longest investigation" (a later one may be open).
    expect(summarise(sample().events)).to.equal(
      'The timeline has 4 events, from June 2014 to 2021. ' +
        'One man was killed in June 2014. ' +
        'October 2015 to August 2018: A span. ' +
        'about 2021, the latest entry: Year-only event.',
    );
  });

  it('summarise() of four deaths gives their first and last months and no length in months', () => {
    const events = [
      ev('d1', '2014-06-19', 'death'),
      ev('d2', '2014-08-28', 'death'),
      ev('d3', '2014-09-20', 'death'),
      ev('d4', '2015-09-14', 'death'),
      ev('k', '2014-06', 'justice', { end: '2015-09', title: 'The killings' }),
      ev('i', '2021-10-05', 'inquest', { end: '2021-12-10', title: 'Inquests' }),
      ev('h', '2023-04-27', 'inspection', { title: 'Inspection report' }),
      ev('r', '2023-11-16', 'watchdog', { title: 'Re-investigation' }),
    ];
    // No "(15 months)": the sources give the period as 16 months or over 15 months, and the
    // days between the first and last deaths make 14 months and 26 days.
    expect(summarise(events)).to.equal(
      'The timeline has 8 events, from June 2014 to November 2023. ' +
        'Four men were killed between June 2014 and September 2015. ' +
        '5 October 2021 to 10 December 2021: Inquests. 27 April 2023: Inspection report. ' +
        '16 November 2023, the latest entry: Re-investigation.',
    );
  });

  it('summarise() names the key inspection of several on the last inspection date', () => {
    const events = [
      ev('a', '2023-04-27', 'inspection', { title: 'Side finding' }),
      ev('b', '2023-04-27', 'inspection', { title: 'The report', key: true }),
      ev('z', '2023-11-16', 'watchdog', { title: 'Later' }),
    ];
    expect(summarise(events)).to.contain('27 April 2023: The report.');
  });

  it('summarise() reads sensibly with no deaths and no spans, one event, and none', () => {
    expect(summarise([ev('a', '2015', 'response'), ev('b', '2016-02', 'response')])).to.equal(
      'The timeline has 2 events, from 2015 to February 2016. February 2016, the latest entry: Event b.',
    );
    expect(summarise([ev('a', '2015-03-04', 'justice')])).to.equal('The timeline has one event, in March 2015.');
    expect(summarise([])).to.equal('The timeline has no events.');
  });

  it('summarise() writes large counts as en-GB does ("1,200 events")', () => {
    const events = Array.from({ length: 1200 }, (_, i) => ev(`e${i}`, `${2000 + (i % 20)}`, 'response'));
    expect(summarise(events)).to.match(/^The timeline has 1,200 events, from 2000 to 2019\./);
  });
});

describe('timelineLayout() many events', () => {
  /** The absolute `M x,y` that starts each mark in a path string. */
  const starts = (d: string) => [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const all = (marks: TimelineMarks, key: 'shapes' | 'highlighted' | 'bars' | 'whiskers') =>
    marks.lanes.flatMap((lane) => starts(lane[key]));
  const r = (v: number) => Math.round(v * 10) / 10;

  it(`timelineLayout() draws up to ONE_BY_ONE (${ONE_BY_ONE}) events one by one: no mark paths`, () => {
    expect(timelineLayout(manyEvents(ONE_BY_ONE).events, { width: 1280 }).marks).to.equal(null);
    expect(timelineLayout(sample().events, { width: 1280 }).marks).to.equal(null);
    expect(timelineLayout(manyEvents(5000).events, { width: 320 }).marks).to.equal(null);
  });

  it('timelineLayout() of more events draws each as one subpath, at its mark, in its lane', () => {
    const layout = timelineLayout(manyEvents(ONE_BY_ONE + 1).events, { width: 1280 }, { highlight: new Set(['n7']) });
    const marks = layout.marks!;
    const items = layout.items;
    expect(marks.lanes.map((l) => l.category)).to.deep.equal(layout.lanes.map((l) => l.category));
    // One shape per event: the highlighted one in its own path, at the larger size.
    expect(all(marks, 'shapes').length).to.equal(items.length - 1);
    expect(all(marks, 'highlighted')).to.deep.equal([
      [r(items.find((i) => i.id === 'n7')!.x), r(items.find((i) => i.id === 'n7')!.cy)],
    ]);
    expect(marks.lanes.find((l) => l.highlighted)!.highlighted).to.contain(relativeShape('death', HIGHLIGHT_AREA));
    for (const lane of marks.lanes) {
      const inLane = items.filter((i) => i.category === lane.category && !i.highlighted);
      expect(starts(lane.shapes), lane.category).to.deep.equal(inLane.map((i) => [r(i.x), r(i.cy)]));
      expect(lane.shapes).to.contain(relativeShape(lane.category, MARK_AREA));
    }
    expect(all(marks, 'bars').length).to.equal(items.filter((i) => i.span).length);
    expect(all(marks, 'whiskers').length).to.equal(items.filter((i) => !i.span && !i.precise).length);
    expect(starts(marks.approximate).length).to.equal(items.filter((i) => i.event.approximate).length);
    expect(items.filter((i) => i.span).length).to.be.greaterThan(0);
    expect(items.filter((i) => !i.precise && !i.span).length).to.be.greaterThan(0);
  });

  it('relativeShape(category) after `M x,y` draws the same shape as shapePath(category) moved to x,y', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const path = (d: string, transform = '') => {
      const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      p.setAttribute('d', d);
      if (transform) p.setAttribute('transform', transform);
      svg.append(p);
      return p;
    };
    try {
      for (const category of EVENT_CATEGORIES)
        for (const area of [MARK_AREA, HIGHLIGHT_AREA]) {
          const moved = path(`M100,50${relativeShape(category, area)}`).getBBox();
          const d3 = path(shapePath(category, area)).getBBox();
          const name = `${category} ${area}`;
          expect(relativeShape(category, area), name).to.match(/^m[^MLAHVZ]*$/);
          expect(moved.x, name).to.be.closeTo(d3.x + 100, 0.02);
          expect(moved.y, name).to.be.closeTo(d3.y + 50, 0.02);
          expect(moved.width, name).to.be.closeTo(d3.width, 0.02);
          expect(moved.height, name).to.be.closeTo(d3.height, 0.02);
        }
    } finally {
      svg.remove();
    }
  });

  it('itemAt(items, x, y) finds the mark under the point, within HIT px of its shape or bar', () => {
    const layout = timelineLayout(
      [ev('a', '2015-01-10'), ev('b', '2015-01-20'), ev('s', '2016-01', 'watchdog', { end: '2018-06' })],
      { width: 1000 },
    );
    const [a, b, s] = ['a', 'b', 's'].map((id) => layout.items.find((i) => i.id === id)!);
    expect(itemAt(layout.items, a!.x, a!.cy)).to.equal(a);
    expect(itemAt(layout.items, b!.x + 1, b!.cy - 2)).to.equal(b);
    // Along a span's bar, and HIT px beyond its end; one more is nothing.
    expect(itemAt(layout.items, (s!.x + s!.x2) / 2, s!.cy)).to.equal(s);
    expect(itemAt(layout.items, s!.x2 + HIT, s!.cy)).to.equal(s);
    expect(itemAt(layout.items, s!.x2 + HIT + 1, s!.cy)).to.equal(null);
    expect(itemAt(layout.items, a!.x, a!.cy + HIT + 1)).to.equal(null);
    expect(itemAt([], 10, 10)).to.equal(null);
  });

  it('itemAt() finds a mark drawn on a span’s bar at its shape, and the span along the rest of its bar', () => {
    const layout = timelineLayout(
      [ev('s', '2016-01', 'watchdog', { end: '2018-06' }), ev('p', '2017-03-01', 'watchdog')],
      {
        width: 1000,
      },
    );
    const [s, p] = ['s', 'p'].map((id) => layout.items.find((i) => i.id === id)!);
    expect(p!.cy).to.equal(s!.cy);
    expect(itemAt(layout.items, p!.x, p!.cy)).to.equal(p);
    expect(itemAt(layout.items, p!.x + 3, p!.cy + 2)).to.equal(p);
    expect(itemAt(layout.items, p!.x + 40, p!.cy)).to.equal(s);
    expect(itemAt(layout.items, s!.x + 1, s!.cy)).to.equal(s);
  });

  it('itemAt() picks the nearest of overlapping targets, and the later one (drawn on top) on a tie', () => {
    const layout = timelineLayout([ev('a', '2015-01-10'), ev('b', '2015-01-11'), ev('c', '2015-01-11')], {
      width: 1000,
    });
    const [a, b, c] = ['a', 'b', 'c'].map((id) => layout.items.find((i) => i.id === id)!);
    // a and b sit a few px apart on different stack levels; c is stacked above b.
    expect(itemAt(layout.items, a!.x, a!.cy)).to.equal(a);
    expect(itemAt(layout.items, b!.x, b!.cy)).to.equal(b);
    expect(itemAt(layout.items, c!.x, c!.cy)).to.equal(c);
    const twin = { ...a!, id: 'twin' };
    expect(itemAt([a!, twin], a!.x, a!.cy)).to.equal(twin);
  });
});

describe('listWindow()', () => {
  const w = (start: number, end: number) => ({ start, end });

  it(`listWindow(total) renders a list of up to ONE_BY_ONE events whole, and a longer one a page (${LIST_PAGE}) at a time`, () => {
    expect(listWindow(0, null)).to.deep.equal(w(0, 0));
    expect(listWindow(44, null)).to.deep.equal(w(0, 44));
    expect(listWindow(300, null)).to.deep.equal(w(0, 300));
    expect(listWindow(301, null)).to.deep.equal(w(0, 100));
    expect(listWindow(10_000, null)).to.deep.equal(w(0, 100));
    // A short list ignores what was rendered before and what is asked for.
    expect(listWindow(44, w(0, 10), 40)).to.deep.equal(w(0, 44));
  });

  it('listWindow(total, current, need) keeps the window itself while it holds `need`', () => {
    const current = w(100, 300);
    expect(listWindow(10_000, current)).to.equal(current);
    expect(listWindow(10_000, current, 100)).to.equal(current);
    expect(listWindow(10_000, current, 299)).to.equal(current);
  });

  const cases: [string, number, { start: number; end: number }, number, { start: number; end: number }][] = [
    ['the next page (a "next" press, or an arrow key past the end) is added', 10_000, w(0, 100), 100, w(0, 200)],
    ['the page before is added', 10_000, w(200, 300), 199, w(100, 300)],
    ['the page before the first never starts below 0', 10_000, w(100, 200), 0, w(0, 200)],
    ['the last page is only as long as what is left', 1_050, w(800, 1_000), 1_000, w(800, 1_050)],
    ['past LIST_PAGES_KEPT pages, the next page drops the first one', 10_000, w(0, 300), 300, w(100, 400)],
    ['past LIST_PAGES_KEPT pages, the page before drops the last one', 10_000, w(300, 600), 299, w(200, 500)],
    ['dropping from an uneven last page keeps whole pages', 10_050, w(9_800, 10_050), 9_799, w(9_700, 10_000)],
    ['a short last page may make a fourth, shorter one', 350, w(0, 300), 300, w(100, 350)],
    ['a far event (End) moves the window to its page', 10_000, w(0, 200), 9_999, w(9_900, 10_000)],
    ['a far event (Home) moves it back', 10_000, w(9_900, 10_000), 0, w(0, 100)],
    ['a deep link in the middle moves it to that page', 10_000, w(0, 100), 5_432, w(5_400, 5_500)],
    ['an uneven last page', 10_050, w(0, 100), 10_049, w(10_000, 10_050)],
    ['a window past a shorter list is clipped to it', 1_000, w(900, 1_200), -1, w(900, 1_000)],
    ['a window wholly past it starts again at the first page', 500, w(900, 1_000), -1, w(0, 100)],
    ['a need outside the list is ignored', 1_000, w(0, 100), 5_000, w(0, 100)],
    ['no need (-1) keeps the window', 1_000, w(100, 200), -1, w(100, 200)],
  ];
  for (const [name, total, current, need, expected] of cases)
    it(`listWindow(${total}, ${JSON.stringify(current)}, ${need}): ${name}`, () => {
      expect(listWindow(total, current, need)).to.deep.equal(expected);
    });

  it('listWindow() never holds more than LIST_PAGES_KEPT pages, however often "next" is pressed', () => {
    let window = listWindow(10_000, null);
    for (let press = 0; press < 120; press++) {
      window = listWindow(10_000, window, window.end);
      expect(window.end - window.start).to.be.at.most(LIST_PAGES_KEPT * LIST_PAGE);
    }
    expect(window).to.deep.equal(w(9_700, 10_000));
  });

  it('listWindow(total, current, need, page, all) takes other page sizes and limits', () => {
    expect(listWindow(30, null, -1, 10, 20)).to.deep.equal(w(0, 10));
    expect(listWindow(30, w(0, 10), 10, 10, 20)).to.deep.equal(w(0, 20));
    expect(listWindow(20, null, -1, 10, 20)).to.deep.equal(w(0, 20));
  });
});
