import { expect } from '@open-wc/testing';
import type { TimelineEvent } from '../../src/data/types.js';
import { dataset } from '../../src/data/dataset.js';
import { parseIsoDate } from '../../src/data/dates.js';
import {
  ASIDE,
  BREAKPOINT,
  ChartLayoutMemo,
  FOCUS_SHARE,
  LABEL_ROOM,
  LANE_PAD,
  MOST_CHARTED,
  SHIFT,
  STEP,
  TARGET,
  axisTicks,
  chartLayout,
  chartPanels,
  gridMove,
  layoutSignature,
  orientationFor,
  packLanes,
  panelX,
  shapePath,
  stackMarks,
  type ChartLayout,
  type ChartMark,
} from '../../src/case-timeline/case-timeline.layout.js';
import {
  GAP,
  LABEL_GAP,
  boxesIntersect,
  isFree,
  labelWidth,
  textWidth,
  wrapLabel,
} from '../../src/case-timeline/case-timeline.labels.js';
import type { EventCategory } from '../../src/data/types.js';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye } from 'd3-shape';
import { phoneOutline, wholeMonths } from '../../src/case-timeline/case-timeline.phone.js';
import { focusSpan, timelineSelection, type TimelineItem } from '../../src/case-timeline/case-timeline.selection.js';
import {
  caseTimelineStrings,
  eventDateText,
  spanLengthText,
  timelineWords,
} from '../../src/case-timeline/case-timeline.strings.js';
import { markName } from '../../src/case-timeline/case-timeline.chart.js';
import { summarise, tableRows, timelineText } from '../../src/case-timeline/case-timeline.text.js';
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

describe('wrapLabel(), label widths and isFree()', () => {
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

  it('textWidth() and labelWidth() measure wide letters wider, bold wider still, with room to spare', () => {
    expect(labelWidth(['MMM'])).to.be.greaterThan(labelWidth(['iii']));
    expect(textWidth('Port', true)).to.be.greaterThan(textWidth('Port'));
    expect(labelWidth(['Port', 'convicted'])).to.equal(Math.ceil(textWidth('convicted')) + 8);
  });

  it(`isFree(box, taken) keeps a label ${LABEL_GAP} px from another label and ${GAP} px from anything else`, () => {
    const label = { x: 100, y: 0, width: 50, height: 14, label: true };
    const mark = { x: 100, y: 30, width: 24, height: 24 };
    const box = (x: number, y: number) => ({ x, y, width: 40, height: 14 });
    expect(isFree(box(150 + LABEL_GAP, 0), [label])).to.equal(true);
    expect(isFree(box(150 + LABEL_GAP - 1, 0), [label])).to.equal(false);
    expect(isFree(box(100, 14 + LABEL_GAP), [label])).to.equal(true);
    expect(isFree(box(100, 14 + LABEL_GAP - 1), [label])).to.equal(false);
    expect(isFree(box(124 + GAP, 30), [mark])).to.equal(true);
    expect(isFree(box(124 + GAP - 1, 30), [mark])).to.equal(false);
    // A leader (not a label) only needs the small gap, even from a label.
    expect(isFree({ x: 150 + GAP, y: 0, width: 2, height: 20 }, [label], false)).to.equal(true);
  });

  it('boxesIntersect() is true for overlapping boxes, false for boxes that only touch', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(boxesIntersect(a, { x: 9, y: 9, width: 5, height: 5 })).to.equal(true);
    expect(boxesIntersect(a, { x: 10, y: 0, width: 5, height: 5 })).to.equal(false);
    expect(boxesIntersect(a, { x: 0, y: 10, width: 5, height: 5 })).to.equal(false);
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
  const placed = (marks: ChartMark[]) => marks.map((m) => [Math.round(m.x), m.level]);

  it('stackMarks(marks) turns a pile of one day into a swarm three marks wide, in reading order', () => {
    const marks = [1, 2, 3, 4, 5, 6, 7].map((n) => mark(`m${n}`, 100));
    expect(stackMarks(marks)).to.equal(3);
    expect(placed(marks)).to.deep.equal([
      [100, 0],
      [100 - STEP, 0],
      [100 + STEP, 0],
      [100, 1],
      [100 - STEP, 1],
      [100 + STEP, 1],
      [100, 2],
    ]);
  });

  it('stackMarks() keeps marks apart by STEP on a level, moves one at most SHIFT px, and leaves a lone mark at its date', () => {
    const marks = [100, 100, 104, 108, 300].map((x, i) => mark(`m${i}`, x));
    const before = marks.map((m) => m.x);
    expect(stackMarks(marks)).to.equal(2);
    marks.forEach((m, i) => expect(Math.abs(m.x - before[i]!)).to.be.at.most(SHIFT));
    for (const a of marks)
      for (const b of marks) if (a !== b && a.level === b.level) expect(Math.abs(a.x - b.x)).to.be.at.least(STEP);
    expect(placed([marks[4]!])).to.deep.equal([[300, 0]]);
  });

  it('stackMarks() never moves a span (its bar is its dates) and keeps its whole bar clear of other marks on its level', () => {
    const marks = [mark('point', 100), mark('span', 110, 400), mark('inside', 250)];
    stackMarks(marks);
    expect(placed(marks)).to.deep.equal([
      [100, 0],
      [110, 1],
      [250, 0],
    ]);
    expect(marks[1]!.bars).to.deep.equal([[110, 400]]);
  });

  it('stackMarks(marks, bounds) keeps every centre inside its bounds (its panel)', () => {
    const marks = [mark('a', 95), mark('b', 95), mark('c', 95)];
    stackMarks(marks, () => [90, 200]);
    expect(placed(marks)).to.deep.equal([
      [95, 0],
      [121, 0],
      [95, 1],
    ]);
  });
});

describe('packLanes()', () => {
  const panels: Record<string, number[]> = {
    death: [1],
    'police-failure': [1],
    family: [1],
    justice: [0, 1, 2],
    watchdog: [1, 2],
    inquest: [1, 2],
    inspection: [2],
    response: [2],
  };
  it('packLanes() gives the deaths a lane of their own, and a category of what followed the first lane whose panels it does not use', () => {
    expect(packLanes(Object.keys(panels) as EventCategory[], (c) => panels[c]!)).to.deep.equal([
      ['death'],
      ['police-failure', 'inspection'],
      ['family', 'response'],
      ['justice'],
      ['watchdog'],
      ['inquest'],
    ]);
  });

  it('packLanes() with one panel (no focus) gives every category its own lane, in the order given', () => {
    const all: EventCategory[] = ['death', 'justice', 'inquest'];
    expect(packLanes(all, () => [0])).to.deep.equal([['death'], ['justice'], ['inquest']]);
  });
});

describe('chartLayout()', () => {
  for (const width of [768, 1280]) {
    it(`chartLayout(fixture, ${width}) gives every event a mark whose pointer targets never overlap`, () => {
      const layout = chartLayout(select(), width, timelineWords());
      expect(layout.marks.length).to.equal(fixture.events.length);
      expect(overlapping(targets(layout))).to.deep.equal([]);
      for (const m of layout.marks) {
        expect(m.x).to.be.within(0, width);
        expect(m.cy).to.be.within(0, layout.height);
      }
    });

    it(`chartLayout(bundled data, ${width}): every police failure numbered and clickable, labels never overlap nor end in “…”`, () => {
      const layout = chartLayout(timelineSelection(dataset.events, { focus: dataset.focus }), width, timelineWords());
      const failures = layout.marks.filter((m) => m.item.category === 'police-failure');
      expect(failures.length).to.equal(dataset.events.filter((e) => e.category === 'police-failure').length);
      expect(failures.every((m) => m.item.number !== null)).to.equal(true);
      expect(overlapping(targets(layout))).to.deep.equal([]);
      expect(overlapping(labelBoxes(layout))).to.deep.equal([]);
      // Nor does a label, or a leader on its way to one, cover any mark.
      const marks = targets(layout);
      const covered = layout.labels.flatMap((l) => {
        const boxes = [labelBoxes(layout).find((b) => b.id === l.id)!];
        if (l.leader) {
          const [x, a, b] = l.leader;
          boxes.push({ id: l.id, x: x - 0.5, y: Math.min(a, b) + 1, width: 1, height: Math.abs(b - a) - 2 });
        }
        return marks.filter((m) => boxes.some((b) => boxesIntersect(b, m))).map((m) => `${l.id} × ${m.id}`);
      });
      expect(covered).to.deep.equal([]);
      // A label beside its mark keeps ASIDE px clear on its far side: it never reads as the next mark's.
      for (const l of layout.labels.filter((lb) => !lb.leader)) {
        const own = layout.marks.find((m) => m.item.id === l.id)!;
        const right = l.x > own.x;
        const room = { x: right ? l.x : l.x - ASIDE, y: l.y - 11, width: l.width + ASIDE, height: l.height };
        const near = marks.filter((m) => m.id !== l.id && boxesIntersect(room, m)).map((m) => m.id);
        expect(near, l.id).to.deep.equal([]);
      }
      expect(layout.labels.some((l) => l.lines.some((line) => line.endsWith('…')))).to.equal(false);
      for (const l of layout.labels) expect(l.x + l.width).to.be.at.most(width);
      // The four deaths are the anchors: each labelled with the man's name, and ruled through the focus.
      const deaths = layout.marks.filter((m) => m.item.category === 'death');
      for (const d of deaths)
        expect(layout.labels.find((l) => l.id === d.item.id)?.lines.join(' ')).to.equal(d.item.event.victim!.name);
      expect(layout.rules.length).to.equal(4);
    });
  }

  it('chartLayout(bundled data) packs six lanes: the deaths, then what happened in the focus span sharing lanes with what followed', () => {
    const layout = chartLayout(timelineSelection(dataset.events, { focus: dataset.focus }), 1152, timelineWords());
    expect(layout.lanes.map((l) => l.name)).to.deep.equal([
      'Deaths',
      'Police failures and Inspections',
      'Families’ concerns and Responses',
      'Justice',
      'Watchdog',
      'Inquests',
    ]);
    // Each category named once in its lane, except the deaths, named by the men's names.
    expect(layout.lanes.map((l) => l.names.map((n) => n.lines.join(' ')))).to.deep.equal([
      [],
      ['Police failures', 'Inspections'],
      ['Families’ concerns', 'Responses'],
      ['Justice'],
      ['Watchdog'],
      ['Inquests'],
    ]);
    // Lanes follow one another with no gap, and the deaths' rules run from under theirs to the foot.
    layout.lanes.forEach((l, i) => expect(l.y).to.equal(i ? layout.lanes[i - 1]!.y + layout.lanes[i - 1]!.height : 50));
    const deaths = layout.lanes[0]!;
    expect(layout.rules.every((r) => r.y1 === deaths.y + deaths.height && r.y2 === layout.height - LANE_PAD)).to.equal(
      true,
    );
  });

  for (const [width, most] of [
    [736, 620],
    [1152, 590],
  ] as const)
    it(`chartLayout(bundled data, ${width}) is at most ${most} px tall (it was 1,310–1,366 px with a lane per category)`, () => {
      const layout = chartLayout(timelineSelection(dataset.events, { focus: dataset.focus }), width, timelineWords());
      expect(layout.height).to.be.at.most(most);
    });

  it('chartLayout() sets a label beside its mark where there is room, and a lane is as tall as what it holds', () => {
    const [event] = fixture.events.filter((e) => e.id === 'convicted');
    const layout = chartLayout(timelineSelection([event!]), 800, timelineWords());
    const [mark] = layout.marks;
    const [label] = layout.labels;
    expect(label).to.deep.include({ id: 'convicted', lines: ['Convicted'], leader: null });
    expect(label!.x).to.equal(mark!.x + TARGET / 2 + 4);
    expect(label!.y - 11 + label!.height / 2).to.equal(mark!.cy);
    // One level, its name beside the mark: the lane is a mark's target and its padding.
    expect(layout.lanes[0]).to.deep.include({
      names: [{ lines: ['Justice'], x: mark!.x - 12 - 6 - labelWidth(['Justice'], true), y: mark!.cy - 7 + 11 }],
    });
    expect(layout.lanes[0]!.height).to.equal(TARGET + 2 * LANE_PAD);
  });

  it('chartLayout() hangs a label over or under a mark with a leader where it cannot sit beside it, and stays within LABEL_ROOM', () => {
    const layout = chartLayout(timelineSelection(dataset.events, { focus: dataset.focus }), 1152, timelineWords());
    const leadered = layout.labels.filter((l) => l.leader);
    expect(leadered.length).to.be.greaterThan(0);
    for (const l of leadered) {
      const mark = layout.marks.find((m) => m.item.id === l.id)!;
      const [x, from, to] = l.leader!;
      expect(x).to.equal(mark.x);
      expect(Math.abs(from - mark.cy)).to.equal(TARGET / 2);
      // The leader ends at the label's box, above or below it.
      expect([l.y - 11, l.y - 11 + l.height]).to.include(to);
      if (l.strong) continue;
      const lane = layout.lanes.find((ln) => ln.categories.includes(mark.item.category))!;
      const levels = layout.marks.filter((m) => lane.categories.includes(m.item.category));
      const top = Math.min(...levels.map((m) => m.cy)) - STEP / 2;
      const bottom = Math.max(...levels.map((m) => m.cy)) + STEP / 2;
      expect(l.y - 11).to.be.at.least(top - LABEL_ROOM);
      expect(l.y - 11 + l.height).to.be.at.most(bottom + LABEL_ROOM);
    }
  });

  it('chartLayout() puts the focus span month by month in the middle panel and what followed after the break', () => {
    const layout = chartLayout(select(), 1000, timelineWords());
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
    const layout = chartLayout(select(), 1280, timelineWords());
    const probe = layout.labels.find((l) => l.id === 'probe');
    expect(probe?.lines).to.deep.equal(['Watchdog probe', 'about 2 years and 10 months']);
    expect(layout.labels.find((l) => l.id === 'hearings')?.lines ?? ['Hearings']).to.deep.equal(['Hearings']);
  });

  it('chartLayout() gives one grid row per lane, in reading order (along time, whatever a swarm moves), holding every event once', () => {
    const layout = chartLayout(select(), 1280, timelineWords());
    expect(layout.rows.length).to.equal(layout.lanes.length);
    expect(layout.rows.flat().sort()).to.deep.equal(ids(fixture.events).sort());
    const order = ids(select().items);
    for (const row of layout.rows) expect(row).to.deep.equal(order.filter((id) => row.includes(id)));
    expect(layout.rows[1]).to.deep.equal([
      'f-a1',
      'f-a2',
      'f-a3',
      'f-a4',
      'span-f',
      'f-b1',
      'f-b2',
      'f-c1',
      'f-a5',
      'f-d1',
      'hearings',
      'finding',
    ]);
  });

  it('chartLayout() of nothing is empty; of one event, one panel and one mark', () => {
    expect(chartLayout(select([]), 800, timelineWords())).to.deep.include({ marks: [], lanes: [], height: 0 });
    const one = chartLayout(timelineSelection([fixture.events[1]!]), 800, timelineWords());
    expect(one.panels.map((p) => p.kind)).to.deep.equal(['all']);
    expect(one.marks.length).to.equal(1);
  });
});

describe('ChartLayoutMemo and layoutSignature()', () => {
  const words = timelineWords();
  const bundled = () => timelineSelection(dataset.events, { focus: dataset.focus });
  /** The layout as plain data, each mark's item by id: what a fresh layout must equal. */
  const plain = (layout: ChartLayout) => JSON.parse(JSON.stringify(layout, (k, v) => (k === 'item' ? v.id : v)));

  for (const width of [601, 768, 1280])
    it(`memo.layout(bundled data, ${width}) equals chartLayout() computed afresh, and the same call again returns it`, () => {
      const memo = new ChartLayoutMemo();
      const sel = bundled();
      const first = memo.layout(sel, width, words);
      expect(plain(first)).to.deep.equal(plain(chartLayout(bundled(), width, words)));
      expect(first.marks.every((m, i) => m.item === sel.items[i])).to.equal(true);
      expect(memo.layout(sel, width, words)).to.equal(first);
    });

  it('a resize back to a width seen before is found, not laid out again; the oldest of more widths than it keeps goes', () => {
    const memo = new ChartLayoutMemo(2);
    const sel = bundled();
    const wide = memo.layout(sel, 1280, words);
    const narrow = memo.layout(sel, 700, words);
    expect(memo.layout(sel, 1280, words)).to.equal(wide);
    expect(memo.layout(sel, 700, words)).to.equal(narrow);
    memo.layout(sel, 900, words); // 1280 is now the oldest, and goes
    const again = memo.layout(sel, 1280, words);
    expect(again).not.to.equal(wide);
    expect(plain(again)).to.deep.equal(plain(wide));
    expect(memo.layout(sel, 900, words)).to.equal(memo.layout(sel, 900, words));
  });

  it('events made again with other descriptions, notes and quotes keep the layout, its marks on the new items', () => {
    const memo = new ChartLayoutMemo();
    const first = memo.layout(bundled(), 1280, words);
    const retold = dataset.events.map((e) => ({ ...e, description: `${e.description} More.`, note: 'A note.' }));
    const sel = timelineSelection(retold, { focus: dataset.focus });
    const again = memo.layout(sel, 1280, words);
    expect(again).not.to.equal(first);
    expect(again.marks.every((m, i) => m.item === sel.items[i])).to.equal(true);
    expect(again.labels).to.equal(first.labels);
    expect(plain(again)).to.deep.equal(plain(chartLayout(sel, 1280, words)));
  });

  it('a changed label, date, category, highlight, focus, name or measure is laid out afresh', () => {
    const memo = new ChartLayoutMemo(8);
    const base = memo.layout(bundled(), 1280, words);
    const death = dataset.events.find((e) => e.category === 'death')!;
    const watchdog = dataset.events.find((e) => e.category === 'watchdog')!;
    const edits: [string, TimelineEvent[], { highlight?: Set<string>; focus?: null }?][] = [
      [
        'label',
        dataset.events.map((e) => (e === watchdog ? { ...e, shortTitle: 'A much longer label than before' } : e)),
      ],
      ['date', dataset.events.map((e) => (e === watchdog ? { ...e, date: '2016-02-03' } : e))],
      ['category', dataset.events.map((e) => (e === watchdog ? { ...e, category: 'justice' as const } : e))],
      ['victim name', dataset.events.map((e) => (e === death ? { ...e, victim: { ...e.victim!, name: 'A B' } } : e))],
      ['highlight', dataset.events, { highlight: new Set([watchdog.id]) }],
      ['focus', dataset.events, { focus: null }],
    ];
    for (const [what, events, options] of edits) {
      const sel = timelineSelection(events, { focus: dataset.focus, ...options });
      expect(layoutSignature(sel, words) === layoutSignature(bundled(), words), what).to.equal(false);
      const layout = memo.layout(sel, 1280, words);
      expect(plain(layout), what).to.deep.equal(plain(chartLayout(sel, 1280, words)));
      expect(plain(layout), what).not.to.deep.equal(plain(base));
    }
    const renamed = timelineWords({ watchdog: { one: 'Regulator', many: 'Regulators' } });
    expect(layoutSignature(bundled(), renamed) === layoutSignature(bundled(), words)).to.equal(false);
    const wider = (line: string, strong: boolean) => textWidth(line, strong) + 20;
    const measured = memo.layout(bundled(), 1280, words, wider);
    expect(plain(measured)).to.deep.equal(plain(chartLayout(bundled(), 1280, words, wider)));
    expect(plain(measured)).not.to.deep.equal(plain(base));
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

describe('shapePath()', () => {
  it('shapePath(category, area) draws the d3-shape symbol of its category at that area: same outline, same size', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    const measure = (d: string) => {
      const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      path.setAttribute('d', d);
      svg.append(path);
      const { x, y, width, height } = path.getBBox();
      return [x, y, width, height, path.getTotalLength()];
    };
    const symbols = [
      ['death', symbolCircle],
      ['police-failure', symbolTriangle],
      ['family', symbolWye],
      ['justice', symbolSquare],
      ['watchdog', symbolCircle],
      ['inquest', symbolSquare],
      ['inspection', symbolDiamond],
      ['response', symbolDiamond],
    ] as const;
    try {
      for (const [category, type] of symbols)
        for (const area of [70, 110, 190]) {
          const ours = measure(shapePath(category, area));
          measure(symbol(type, area)()!).forEach((v, i) =>
            expect(ours[i], `${category} ${area}`).to.be.closeTo(v, 0.15),
          );
        }
    } finally {
      svg.remove();
    }
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
    expect(summarise(fixture.events, timelineWords())).to.equal(
      'The timeline has 23 events, from December 2012 to April 2023. Four men were killed between June 2014 and September 2015. ' +
        '10 police failures are recorded, from June 2014 to September 2015.',
    );
  });

  it('summarise(shown, total) says what is shown of how many, and when nothing is', () => {
    const deaths = fixture.events.filter((e) => e.category === 'death');
    expect(summarise(deaths, timelineWords(), 23)).to.equal(
      'Showing 4 of 23 events, from June 2014 to September 2015. Four men were killed between June 2014 and September 2015.',
    );
    expect(summarise([], timelineWords(), 23)).to.equal('None of the timeline’s 23 events match this selection.');
    expect(summarise([], timelineWords())).to.equal('The timeline has no events.');
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
    const all = timelineText(timelineSelection(data.events), data.events, data.sources, null, timelineWords());
    expect(all.notes).to.include('Data as of November 2023, the date of the latest source shown.');
    const deaths = timelineSelection(data.events, { categories: new Set(['death']) });
    const filtered = timelineText(deaths, data.events, data.sources, new Set(['death']), timelineWords());
    expect(filtered.notes).to.include(
      'Latest source in this selection: December 2021. Data as of November 2023, the date of the latest source.',
    );
    expect(filtered.notes[0]).to.equal('Showing 4 of 23 events (Death).');
    expect(filtered.summary.startsWith('Showing 4 of 23 events')).to.equal(true);
    expect(filtered.sources.map((s) => s.id)).to.deep.equal(['src-a']);
  });
});

describe('timelineWords(): the category names, the data’s or the built-in ones', () => {
  /** Another case's names, as an editor writes them in `labels.categories`. */
  const names = {
    death: { one: 'Death in custody', many: 'Deaths in custody' },
    'police-failure': { one: 'Missed chance', many: 'Missed chances' },
    watchdog: { one: 'IOPC step', many: 'IOPC steps' },
  };

  it('timelineWords() is the built-in strings, wording by wording', () => {
    const s = caseTimelineStrings;
    const words = timelineWords();
    expect(words.one).to.deep.equal(s.categories);
    expect(words.many).to.deep.equal(s.lanes);
    expect(words.failureNumber(3)).to.equal('Police failure 3');
    expect(words.numberedLabel).to.equal('Police failures, by number');
    expect(words.pointerHint).to.equal(s.pointerHint);
    expect(words.afterDeath('Anthony Walgate', 7)).to.equal('After Anthony Walgate’s death: 7 police failures');
    expect(words.afterDeath('Anthony Walgate', 1)).to.equal('After Anthony Walgate’s death: 1 police failure');
    expect(words.deaths(4, 'June 2014', 'September 2015')).to.equal(s.deaths(4, 'June 2014', 'September 2015'));
    expect(words.failures(2, 'June 2014', 'May 2015')).to.equal(s.failures(2, 'June 2014', 'May 2015'));
    expect(timelineWords({}).one).to.deep.equal(words.one);
    expect(timelineWords({}).failureNumber(3)).to.equal('Police failure 3');
  });

  it('timelineWords(names) takes each named category’s words as written, and the built-in ones for the rest', () => {
    const words = timelineWords(names);
    expect(words.one).to.deep.include({
      death: 'Death in custody',
      'police-failure': 'Missed chance',
      watchdog: 'IOPC step',
      inquest: 'Inquest',
    });
    expect(words.many).to.deep.include({
      'police-failure': 'Missed chances',
      watchdog: 'IOPC steps',
      inquest: 'Inquests',
    });
    expect(words.failureNumber(3)).to.equal('Missed chance 3');
    expect(words.numberedLabel).to.equal('Missed chances, by number');
    expect(words.pointerHint).to.equal('Select a mark or a number to read it and its sources.');
    // The data's name opens the line, never lower-cased ("IOPC steps" must stay as written).
    expect(words.afterDeath('Anthony Walgate', 7)).to.equal('Missed chances after Anthony Walgate’s death: 7');
    expect(words.deaths(4, 'June 2014', 'September 2015')).to.equal(
      'Deaths in custody: 4, from June 2014 to September 2015.',
    );
    expect(words.failures(1, 'May 2015', 'May 2015')).to.equal('Missed chances: 1, in May 2015.');
  });

  it('summarise(), timelineText() and tableRows() speak of the categories in the words given', () => {
    const words = timelineWords(names);
    expect(summarise(fixture.events, words)).to.equal(
      'The timeline has 23 events, from December 2012 to April 2023. Deaths in custody: 4, from June 2014 to September 2015. ' +
        'Missed chances: 10, from June 2014 to September 2015.',
    );
    const shown = new Set(['death', 'watchdog'] as const);
    const text = timelineText(
      timelineSelection(fixture.events, { categories: shown }),
      fixture.events,
      fixture.sources,
      shown,
      words,
    );
    expect(text.notes[0]).to.match(/^Showing \d+ of 23 events \(Death in custody and IOPC step\)\.$/);
    const rows = tableRows(timelineSelection(fixture.events).items, () => '', words);
    const failure = rows.find((r) => r[2]!.startsWith('Missed chance 1:'));
    expect(failure?.[1]).to.equal('Missed chance');
    expect(rows.filter((r) => r[1] === 'Death in custody')).to.have.length(4);
  });

  it('chartLayout(selection, width, measure, words) names the lanes in the words given', () => {
    const selection = timelineSelection(dataset.events, { focus: dataset.focus });
    const layout = chartLayout(selection, 1152, timelineWords(names));
    const lane = layout.lanes.find((l) => l.categories.includes('watchdog'))!;
    expect(lane.name).to.include('IOPC steps');
    expect(layout.lanes.flatMap((l) => l.names.map((n) => n.lines.join(' ')))).to.include.members([
      'Missed chances',
      'IOPC steps',
    ]);
    const builtIn = chartLayout(selection, 1152, timelineWords());
    expect(builtIn.lanes.flatMap((l) => l.names.map((n) => n.lines.join(' ')))).to.include('Police failures');
  });
});

describe('eventDateText() and markName(), worded once and kept', () => {
  it('words each date at its precision, the same date alike however often asked, approximate or not', () => {
    for (let round = 0; round < 2; round++) {
      expect(eventDateText({ date: '2014-06-19' })).to.equal('19 June 2014');
      expect(eventDateText({ date: '2014-06', approximate: true })).to.equal('about June 2014');
      expect(eventDateText({ date: '2014-06' })).to.equal('June 2014');
      expect(eventDateText({ date: '2015-10', end: '2018-08' })).to.equal('October 2015 to August 2018');
    }
  });

  it('names a mark in the words given: the data’s own category names replace the kept name', () => {
    const item = select().items.find((i) => i.category === 'watchdog')!;
    const builtIn = markName(item, timelineWords());
    expect(builtIn).to.equal(`${eventDateText(item.event)}. Watchdog. ${item.event.title}`);
    expect(markName(item, timelineWords())).to.equal(builtIn);
    const own = timelineWords({ watchdog: { one: 'Regulator', many: 'Regulators' } });
    expect(markName(item, own)).to.equal(`${eventDateText(item.event)}. Regulator. ${item.event.title}`);
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
    const layout = chartLayout(timelineSelection(sample().events), 900, timelineWords());
    expect(layout.panels.length).to.equal(1);
  });
});
