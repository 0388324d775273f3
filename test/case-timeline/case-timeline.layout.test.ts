import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/types.js';
import { dataset } from '../../src/data/dataset.js';
import { parseIsoDate } from '../../src/data/dates.js';
import {
  BREAKPOINT,
  FOCUS_SHARE,
  MOST_CHARTED,
  SHIFT,
  STEP,
  TARGET,
  axisTicks,
  chartLayout,
  chartPanels,
  gridMove,
  orientationFor,
  panelX,
  stackMarks,
  type ChartLayout,
  type ChartMark,
} from '../../src/case-timeline/case-timeline.layout.js';
import { boxesIntersect, labelWidth, placeLabels, wrapLabel } from '../../src/case-timeline/case-timeline.labels.js';
import {
  LIST_PAGE,
  LIST_PAGES_KEPT,
  ONE_BY_ONE,
  listWindow,
} from '../../src/case-timeline/case-timeline.list-window.js';
import { phoneOutline, wholeMonths } from '../../src/case-timeline/case-timeline.phone.js';
import { focusSpan, timelineSelection, type TimelineItem } from '../../src/case-timeline/case-timeline.selection.js';
import { spanLengthText } from '../../src/case-timeline/case-timeline.strings.js';
import { summarise, timelineText } from '../../src/case-timeline/case-timeline.text.js';
import { timelineCase } from '../fixtures/timeline-case.js';
import { sample } from '../fixtures/sample.js';

const fixture = timelineCase();
const select = (events = fixture.events, options = {}) =>
  timelineSelection(events, { focus: fixture.focus, ...options });
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);

/** Every pointer target of a layout as a box: the 24 px square, lengthened along a span's bar. */
function targets(layout: ChartLayout) {
  return layout.marks.map((m) => {
    const reach = Math.max(m.x, ...m.bars.map(([, b]) => b)) - m.x;
    return { id: m.item.id, x: m.x - TARGET / 2, y: m.cy - TARGET / 2, width: TARGET + reach, height: TARGET };
  });
}

function overlapping(boxes: { id: string; x: number; y: number; width: number; height: number }[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxesIntersect(boxes[i]!, boxes[j]!)) pairs.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
  return pairs;
}

function labelBoxes(layout: ChartLayout) {
  return layout.labels.map((l) => ({ id: l.id, x: l.x, y: l.y - 11, width: l.width, height: l.height }));
}

describe('timelineSelection()', () => {
  it('timelineSelection(events) keeps every event in reading order, a month after its days, an `after` after its event', () => {
    const sel = select();
    expect(sel.items.length).to.equal(fixture.events.length);
    const order = ids(sel.items);
    expect(order.indexOf('f-a4')).to.be.greaterThan(order.indexOf('f-a3'));
    expect(order.indexOf('span-f')).to.equal(order.indexOf('death-b') + 1);
    expect(sel.filtered).to.equal(false);
  });

  it('numbers the police failures 1, 2, … in reading order, and keeps the numbers under any filter', () => {
    const sel = select();
    const failures = sel.items.filter((i) => i.category === 'police-failure');
    expect(failures.map((i) => i.number)).to.deep.equal(failures.map((_, n) => n + 1));
    expect(sel.items.filter((i) => i.category !== 'police-failure').every((i) => i.number === null)).to.equal(true);
    const later = select(fixture.events, { from: utc(2014, 9), to: utc(2015, 12) });
    const numbers = new Map(failures.map((i) => [i.id, i.number]));
    for (const item of later.items.filter((i) => i.number !== null)) expect(item.number).to.equal(numbers.get(item.id));
    expect(later.filtered).to.equal(true);
  });

  it('counts every category in the range whatever the category filter, and lists the categories present', () => {
    const sel = select(fixture.events, { categories: new Set(['death']) });
    expect(sel.items.every((i) => i.category === 'death')).to.equal(true);
    expect(sel.counts.death).to.equal(4);
    expect(sel.counts['police-failure']).to.equal(10);
    expect(sel.present).to.deep.equal([
      'death',
      'police-failure',
      'family',
      'justice',
      'watchdog',
      'inquest',
      'inspection',
    ]);
  });

  it('takes labels from shortTitle (else the title) and marks key events and the page’s highlights', () => {
    const sel = select(fixture.events, { highlight: new Set(['linked']) });
    const byId = new Map(sel.items.map((i) => [i.id, i]));
    expect(byId.get('f-a1')!.label).to.equal('First failure after A');
    expect(byId.get('death-a')!.label).to.equal('Placeholder title of death-a');
    expect(byId.get('convicted')!.key).to.equal(true);
    expect(byId.get('linked')!.key).to.equal(true);
    expect(byId.get('linked')!.highlighted).to.equal(true);
    expect(byId.get('before')!.key).to.equal(false);
  });

  it('focusSpan() reads the dataset’s focus to ms, and refuses a missing or backwards one', () => {
    expect(focusSpan(fixture.focus)).to.deep.equal({
      label: 'The focus span',
      start: parseIsoDate('2014-06')!.start,
      end: parseIsoDate('2015-10')!.end,
      fromYear: 2014,
      toYear: 2015,
    });
    expect(focusSpan(undefined)).to.equal(null);
    expect(focusSpan({ label: 'x', from: '2016', to: '2015' })).to.equal(null);
  });
});

describe('phoneOutline()', () => {
  it('phoneOutline(items) gives the deaths and key events as rows, each death’s failures folded under it', () => {
    const outline = phoneOutline(select().items);
    const rows = outline.rows.map((r) =>
      r.kind === 'gap'
        ? `gap ${r.months}`
        : r.kind === 'event'
          ? r.item.id
          : `group ${r.death.id}: ${ids(r.items).join(',')}`,
    );
    expect(rows).to.deep.equal([
      'death-a',
      'group death-a: f-a1,f-a2,f-a3,f-a4',
      'death-b',
      'group death-b: span-f,f-b1,f-b2',
      'death-c',
      'group death-c: f-c1',
      'f-a5',
      'death-d',
      'group death-d: f-d1',
      'gap 14',
      'convicted',
      'gap 31',
      'outcome',
      'gap 28',
      'finding',
      'gap 16',
      'report',
    ]);
    expect(outline.reachable).to.equal(18);
  });

  it('phoneOutline() never groups a failure known only to the year under a death it may have come before', () => {
    const rows = phoneOutline(select().items).rows;
    const inGroups = rows.flatMap((r) => (r.kind === 'group' ? ids(r.items) : []));
    expect(inGroups).to.not.include('f-a5');
    expect(rows.some((r) => r.kind === 'event' && r.item.id === 'f-a5')).to.equal(true);
  });

  it('phoneOutline() keeps every failure reachable: one with no death shown before it is a row of its own', () => {
    const events: TimelineEvent[] = fixture.events.filter((e) => e.id !== 'death-a');
    const outline = phoneOutline(select(events).items);
    const rows = outline.rows.flatMap((r) => (r.kind === 'event' ? [r.item.id] : []));
    expect(rows.slice(0, 4)).to.deep.equal(['f-a1', 'f-a2', 'f-a3', 'f-a4']);
    const failures = events.filter((e) => e.category === 'police-failure').length;
    const grouped = outline.rows.reduce((n, r) => n + (r.kind === 'group' ? r.items.length : 0), 0);
    expect(
      grouped + outline.rows.filter((r) => r.kind === 'event' && r.item.category === 'police-failure').length,
    ).to.equal(failures);
  });

  it('wholeMonths(a, b) counts a month once its day is reached', () => {
    expect(wholeMonths(utc(2014, 6, 19), utc(2015, 6, 18))).to.equal(11);
    expect(wholeMonths(utc(2014, 6, 19), utc(2015, 6, 19))).to.equal(12);
    expect(wholeMonths(utc(2015, 9, 14), utc(2016, 11, 23))).to.equal(14);
  });

  it('phoneOutline([]) is empty; of the bundled data it fits a phone: at most 12 rows of events', () => {
    expect(phoneOutline([])).to.deep.equal({ rows: [], reachable: 0 });
    const outline = phoneOutline(timelineSelection(dataset.events, { focus: dataset.focus }).items);
    const events = outline.rows.filter((r) => r.kind === 'event');
    expect(events.filter((r) => r.kind === 'event' && r.item.category !== 'police-failure').length).to.be.within(8, 12);
    const groups = outline.rows.filter((r) => r.kind === 'group');
    expect(groups.length).to.equal(4);
    const failures = dataset.events.filter((e) => e.category === 'police-failure').length;
    const ungrouped = outline.rows.filter((r) => r.kind === 'event' && r.item.category === 'police-failure').length;
    expect(groups.reduce((n, g) => n + (g.kind === 'group' ? g.items.length : 0), 0) + ungrouped).to.equal(failures);
  });
});

describe('wrapLabel() and placeLabels()', () => {
  it('wrapLabel(text) keeps short text on one line and splits longer text in two, as evenly as the words allow', () => {
    expect(wrapLabel('Port convicted')).to.deep.equal(['Port convicted']);
    expect(wrapLabel('Murder team declines case')).to.deep.equal(['Murder team', 'declines case']);
    expect(wrapLabel('Anthony Walgate', 9)).to.deep.equal(['Anthony', 'Walgate']);
  });

  it('wrapLabel() never cuts: every word survives, and nothing ends in “…”', () => {
    const text = 'Extraordinarilylongsingleword and more words after it that run on';
    const lines = wrapLabel(text);
    expect(lines.join(' ')).to.equal(text);
    expect(lines.some((l) => l.endsWith('…'))).to.equal(false);
    for (const event of dataset.events) {
      const wrapped = wrapLabel(event.shortTitle ?? event.title);
      expect(wrapped.length).to.be.at.most(2);
      expect(wrapped.join(' ')).to.equal((event.shortTitle ?? event.title).trim().split(/\s+/).join(' '));
    }
  });

  it('placeLabels() stacks close labels given right to left as a staircase, never overlapping', () => {
    const requests = [300, 250, 200, 150].map((anchor, i) => ({
      id: `l${i}`,
      lines: ['A label of', 'two lines'],
      anchor,
    }));
    const { labels, rowsUsed } = placeLabels(requests, 600, 12);
    expect(labels.length).to.equal(4);
    const boxes = labels.map((l) => ({ id: l.id, x: l.x, y: l.row * 14, width: l.width, height: l.lines.length * 14 }));
    expect(overlapping(boxes)).to.deep.equal([]);
    expect(rowsUsed).to.be.greaterThan(2);
  });

  it('placeLabels() runs a label left of its anchor where the right is taken, and keeps every box inside the width', () => {
    const { labels } = placeLabels(
      [
        { id: 'right', lines: ['Taken'], anchor: 110 },
        { id: 'left', lines: ['Goes left'], anchor: 80 },
      ],
      200,
      1,
    );
    const left = labels.find((l) => l.id === 'left')!;
    expect(left.x + left.width).to.be.at.most(82);
    const edge = placeLabels([{ id: 'edge', lines: ['Near the edge'], anchor: 195 }], 200, 1).labels[0]!;
    expect(edge.x + edge.width).to.be.at.most(200);
    expect(labelWidth(['MMM'])).to.be.greaterThan(labelWidth(['iii']));
  });

  it('placeLabels() leaves off a label that fits nowhere', () => {
    expect(placeLabels([{ id: 'wide', lines: ['x'.repeat(80)], anchor: 0 }], 100, 4).labels).to.deep.equal([]);
  });
});

describe('chartPanels() and axisTicks()', () => {
  it('chartPanels(items, focus, width) gives before, focus and after panels, the focus taking FOCUS_SHARE of what they share', () => {
    const panels = chartPanels(select().items, focusSpan(fixture.focus), 1000);
    expect(panels.map((p) => p.kind)).to.deep.equal(['before', 'focus', 'after']);
    const [before, focus, after] = panels;
    expect(before!.x0).to.equal(4);
    expect(focus!.domain).to.deep.equal([parseIsoDate('2014-06')!.start, parseIsoDate('2015-10')!.end]);
    expect(after!.x1).to.equal(996);
    const shared = after!.x1 - focus!.x0 - (after!.x0 - focus!.x1);
    expect((focus!.x1 - focus!.x0) / shared).to.be.closeTo(FOCUS_SHARE, 0.01);
    expect(after!.caption).to.equal('What followed (compressed)');
  });

  it('chartPanels() without a focus, or with events all outside it, draws one panel for every year', () => {
    expect(chartPanels(select().items, null, 800).map((p) => p.kind)).to.deep.equal(['all']);
    expect(chartPanels([], null, 800)).to.deep.equal([]);
  });

  it('panelX() is monotonic across the panels and maps each panel’s domain onto its edges', () => {
    const panels = chartPanels(select().items, focusSpan(fixture.focus), 1000);
    const focus = panels[1]!;
    // Where two panels meet, a time sits at the earlier one's right edge.
    expect(panelX(panels, focus.domain[0])).to.be.closeTo(panels[0]!.x1, 0.01);
    expect(panelX(panels, focus.domain[0] + 1)).to.be.closeTo(focus.x0, 0.01);
    expect(panelX(panels, focus.domain[1])).to.be.closeTo(focus.x1, 0.01);
    let last = -Infinity;
    for (let t = utc(2012, 1); t < utc(2024, 1); t += 30 * 86_400_000) {
      const x = panelX(panels, t);
      expect(x).to.be.at.least(last);
      last = x;
    }
  });

  it('axisTicks() names months in en-GB short form with the year under the first and January, and years alone on a long range', () => {
    const months = axisTicks([utc(2014, 6), utc(2015, 11) - 1], [0, 700]);
    expect(months[0]).to.include({ text: 'Jun', sub: '2014' });
    const january = months.find((t) => t.text === 'Jan')!;
    expect(january.sub).to.equal('2015');
    expect(months.filter((t) => t.sub === '').every((t) => t.text !== 'Jan')).to.equal(true);
    // Ticks months apart still name each year, at its first tick.
    const sparse = axisTicks([Date.UTC(2014, 0, 1), Date.UTC(2021, 0, 1)], [0, 800]);
    expect(sparse.filter((t) => t.sub).map((t) => t.sub)).to.deep.equal(
      ['2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021'].slice(0, sparse.filter((t) => t.sub).length),
    );
    const years = axisTicks([utc(2015, 11), utc(2024, 1)], [0, 300]);
    expect(years.every((t) => /^\d{4}$/.test(t.text) && t.sub === '')).to.equal(true);
    const labelled = years.filter((t) => t.labelled);
    for (let i = 1; i < labelled.length; i++) expect(labelled[i]!.x - labelled[i - 1]!.x).to.be.at.least(30);
  });
});

describe('stackMarks()', () => {
  const mark = (id: string, x: number, bar?: number): ChartMark => ({
    item: { id } as TimelineItem,
    x,
    cy: 0,
    bars: bar === undefined ? [] : [[x, bar]],
    whisker: null,
    level: 0,
  });

  it('stackMarks(marks) keeps marks apart by STEP on a level, moves one at most SHIFT px, and stacks the rest', () => {
    const marks = [100, 100, 104, 108, 300].map((x, i) => mark(`m${i}`, x));
    const before = marks.map((m) => m.x);
    const levels = stackMarks(marks);
    expect(levels).to.be.at.least(2);
    marks.forEach((m, i) => expect(Math.abs(m.x - before[i]!)).to.be.at.most(SHIFT));
    for (const a of marks)
      for (const b of marks) if (a !== b && a.level === b.level) expect(Math.abs(a.x - b.x)).to.be.at.least(STEP);
    expect(marks[4]!.level).to.equal(0);
  });

  it('stackMarks() keeps a span’s whole bar clear of other marks on its level', () => {
    const marks = [mark('span', 100, 400), mark('inside', 250)];
    stackMarks(marks);
    expect(marks[1]!.level).to.equal(1);
  });
});

describe('chartLayout()', () => {
  for (const width of [768, 1280]) {
    it(`chartLayout(fixture, ${width}) gives every event a mark whose pointer targets never overlap`, () => {
      const layout = chartLayout(select(), width);
      expect(layout.marks.length).to.equal(fixture.events.length);
      expect(overlapping(targets(layout))).to.deep.equal([]);
      for (const m of layout.marks) {
        expect(m.x).to.be.within(0, width);
        expect(m.cy).to.be.within(0, layout.height);
      }
    });

    it(`chartLayout(bundled data, ${width}): every police failure numbered and clickable, labels never overlap nor end in “…”`, () => {
      const layout = chartLayout(timelineSelection(dataset.events, { focus: dataset.focus }), width);
      const failures = layout.marks.filter((m) => m.item.category === 'police-failure');
      expect(failures.length).to.equal(dataset.events.filter((e) => e.category === 'police-failure').length);
      expect(failures.every((m) => m.item.number !== null)).to.equal(true);
      expect(overlapping(targets(layout))).to.deep.equal([]);
      expect(overlapping(labelBoxes(layout))).to.deep.equal([]);
      expect(layout.labels.some((l) => l.lines.some((line) => line.endsWith('…')))).to.equal(false);
      for (const l of layout.labels) expect(l.x + l.width).to.be.at.most(width);
      // The four deaths are the anchors: each labelled with the man's name, and ruled through the focus.
      const deaths = layout.marks.filter((m) => m.item.category === 'death');
      for (const d of deaths)
        expect(layout.labels.find((l) => l.id === d.item.id)?.lines.join(' ')).to.equal(d.item.event.victim!.name);
      expect(layout.rules.length).to.equal(4);
    });
  }

  it('chartLayout() puts the focus span month by month in the middle panel and what followed after the break', () => {
    const layout = chartLayout(select(), 1000);
    const [, focus, after] = layout.panels;
    const x = (id: string) => layout.marks.find((m) => m.item.id === id)!.x;
    expect(x('death-a')).to.be.within(focus!.x0, focus!.x1);
    expect(x('death-d')).to.be.within(focus!.x0, focus!.x1);
    expect(x('report')).to.be.within(after!.x0, after!.x1);
    expect(x('before')).to.be.below(focus!.x0);
    // The watchdog's probe crosses the break: a bar in each panel.
    expect(layout.marks.find((m) => m.item.id === 'probe')!.bars.length).to.equal(2);
  });

  it('chartLayout() labels a span with its length where it lasted a year or more', () => {
    const layout = chartLayout(select(), 1280);
    const probe = layout.labels.find((l) => l.id === 'probe');
    expect(probe?.lines).to.deep.equal(['Watchdog probe', 'about 2 years and 10 months']);
    expect(layout.labels.find((l) => l.id === 'hearings')?.lines ?? ['Hearings']).to.deep.equal(['Hearings']);
  });

  it('chartLayout() gives one grid row per lane, left to right, holding every event once', () => {
    const layout = chartLayout(select(), 1280);
    expect(layout.rows.length).to.equal(layout.lanes.length);
    expect(layout.rows.flat().sort()).to.deep.equal(ids(fixture.events).sort());
    const x = new Map(layout.marks.map((m) => [m.item.id, m.x]));
    for (const row of layout.rows)
      for (let i = 1; i < row.length; i++) expect(x.get(row[i]!)!).to.be.at.least(x.get(row[i - 1]!)!);
  });

  it('chartLayout() of nothing is empty; of one event, one panel and one mark', () => {
    expect(chartLayout(select([]), 800)).to.deep.include({ marks: [], lanes: [], height: 0 });
    const one = chartLayout(timelineSelection([fixture.events[1]!]), 800);
    expect(one.panels.map((p) => p.kind)).to.deep.equal(['all']);
    expect(one.marks.length).to.equal(1);
  });
});

describe('gridMove()', () => {
  const rows = [['a', 'b', 'c'], ['d', 'e'], ['f']];
  const x = (id: string) => ({ a: 0, b: 50, c: 100, d: 10, e: 90, f: 60 })[id]!;
  it('gridMove() moves along a row with Left/Right, stopping at its ends', () => {
    expect(gridMove(rows, x, 'b', 'ArrowRight')).to.equal('c');
    expect(gridMove(rows, x, 'c', 'ArrowRight')).to.equal('c');
    expect(gridMove(rows, x, 'b', 'ArrowLeft')).to.equal('a');
    expect(gridMove(rows, x, 'a', 'ArrowLeft')).to.equal('a');
  });
  it('gridMove() moves Up/Down to the nearest event in time on the next lane', () => {
    expect(gridMove(rows, x, 'c', 'ArrowDown')).to.equal('e');
    expect(gridMove(rows, x, 'a', 'ArrowDown')).to.equal('d');
    expect(gridMove(rows, x, 'e', 'ArrowDown')).to.equal('f');
    expect(gridMove(rows, x, 'f', 'ArrowDown')).to.equal('f');
    expect(gridMove(rows, x, 'f', 'ArrowUp')).to.equal('e');
    expect(gridMove(rows, x, 'a', 'ArrowUp')).to.equal('a');
  });
  it('gridMove() goes Home/End of the row, and with Ctrl to the grid’s first and last; other keys are not moves', () => {
    expect(gridMove(rows, x, 'b', 'Home')).to.equal('a');
    expect(gridMove(rows, x, 'd', 'End')).to.equal('e');
    expect(gridMove(rows, x, 'e', 'Home', true)).to.equal('a');
    expect(gridMove(rows, x, 'a', 'End', true)).to.equal('f');
    expect(gridMove(rows, x, 'a', 'Enter')).to.equal(null);
    expect(gridMove(rows, x, 'zz', 'ArrowRight')).to.equal(null);
  });
});

describe('orientationFor()', () => {
  it('orientationFor(width, mode, count) charts above the breakpoint, obeys an explicit layout, and lists very many events', () => {
    expect(orientationFor(BREAKPOINT, 'auto', 10)).to.equal('vertical');
    expect(orientationFor(BREAKPOINT + 1, 'auto', 10)).to.equal('horizontal');
    expect(orientationFor(320, 'horizontal', 10)).to.equal('horizontal');
    expect(orientationFor(1280, 'vertical', 10)).to.equal('vertical');
    expect(orientationFor(1280, 'horizontal', MOST_CHARTED + 1)).to.equal('vertical');
  });
});

describe('summarise() and timelineText()', () => {
  it('summarise(events) counts the events, the deaths and the police failures, with their months', () => {
    expect(summarise(fixture.events)).to.equal(
      'The timeline has 23 events, from December 2012 to April 2023. Four men were killed between June 2014 and September 2015. ' +
        '10 police failures are recorded, from June 2014 to September 2015.',
    );
  });

  it('summarise(shown, total) says what is shown of how many, and when nothing is', () => {
    const deaths = fixture.events.filter((e) => e.category === 'death');
    expect(summarise(deaths, 23)).to.equal(
      'Showing 4 of 23 events, from June 2014 to September 2015. Four men were killed between June 2014 and September 2015.',
    );
    expect(summarise([], 23)).to.equal('None of the timeline’s 23 events match this selection.');
    expect(summarise([])).to.equal('The timeline has no events.');
  });

  it('timelineText() dates the data by its latest source, and a filtered view by both (audit 3.5)', () => {
    const data = {
      ...fixture,
      sources: [
        ...fixture.sources,
        { id: 'late', kind: 'news' as const, publisher: 'Later News', title: 'Later', date: '2023-11-16' },
      ],
      events: fixture.events.map((e) =>
        e.id === 'report' ? { ...e, citations: [{ source: 'late', quote: 'A quote.' }] } : e,
      ),
    };
    const all = timelineText(timelineSelection(data.events), data.events, data.sources, null);
    expect(all.notes).to.include('Data as of November 2023, the date of the latest source shown.');
    const deaths = timelineSelection(data.events, { categories: new Set(['death']) });
    const filtered = timelineText(deaths, data.events, data.sources, new Set(['death']));
    expect(filtered.notes).to.include(
      'Latest source in this selection: December 2021. Data as of November 2023, the date of the latest source.',
    );
    expect(filtered.notes[0]).to.equal('Showing 4 of 23 events (Death).');
    expect(filtered.summary.startsWith('Showing 4 of 23 events')).to.equal(true);
    expect(filtered.sources.map((s) => s.id)).to.deep.equal(['src-a']);
  });
});

describe('spanLengthText()', () => {
  it('states a length only for a span of a year or more: exact between days, “about” between months', () => {
    expect(spanLengthText({ date: '2015-10', end: '2018-08' })).to.equal('about 2 years and 10 months');
    expect(spanLengthText({ date: '2014-06-19', end: '2015-09-14' })).to.equal('1 year, 2 months and 26 days');
    expect(spanLengthText({ date: '2021-10-05', end: '2021-12-10' })).to.equal('');
    expect(spanLengthText({ date: '2015', end: '2018' })).to.equal('');
    expect(spanLengthText({ date: '2021-10-05', end: '2021-12-10' }, 0)).to.equal('2 months and 5 days');
  });
});

describe('sample data', () => {
  it('the sample fixture (no focus) lays out as one panel', () => {
    const layout = chartLayout(timelineSelection(sample().events), 900);
    expect(layout.panels.length).to.equal(1);
  });
});

describe('listWindow()', () => {
  const w = (start: number, end: number) => ({ start, end });

  it(`listWindow(total) renders a list of up to ONE_BY_ONE (${ONE_BY_ONE}) events whole, and a longer one a page (${LIST_PAGE}) at a time`, () => {
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
