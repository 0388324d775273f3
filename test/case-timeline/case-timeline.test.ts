import { EVENT_CATEGORIES } from '../../src/data/validate.js';
import { expect, html } from '@open-wc/testing';
import { compareSnapshot, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/case-timeline/case-timeline.js';
import type {
  CaseTimeline,
  CaseTimelineSelectDetail,
  CaseTimelineSelectEvent,
} from '../../src/case-timeline/case-timeline.js';
import { summarise } from '../../src/case-timeline/case-timeline.js';
import {
  LIST_PAGE,
  LIST_PAGES_KEPT,
  ONE_BY_ONE,
  boxesIntersect,
  itemAt,
  timelineLayout,
} from '../../src/case-timeline/case-timeline.layout.js';
import { dataset } from '../../src/data/dataset.js';
import type { Dataset, EventCategory, TimelineEvent } from '../../src/data/types.js';
import { sample } from '../fixtures/sample.js';
import { manyEvents } from '../fixtures/many.js';
import { axeViolations, captureErrors, mount, nextFrame, serializeSvg, settle, textOf } from '../helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const marks = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement | SVGElement>('[part~=event]')];
const ids = (el: Element) => marks(el).map((m) => m.dataset.event);
const active = (el: Element) => (shadow(el).activeElement as HTMLElement | null)?.dataset?.event ?? null;
const detail = (el: Element) => shadow(el).querySelector('[part=detail]');
const status = (el: Element) => textOf(shadow(el).querySelector('[role=status]'));

/** Records pcv-timeline-select events reaching the document (so they must bubble and be composed). */
function recordSelects() {
  const seen: CustomEvent<CaseTimelineSelectDetail>[] = [];
  // Typed by the event map: no cast.
  const listener = (e: CaseTimelineSelectEvent) => seen.push(e);
  document.addEventListener('pcv-timeline-select', listener);
  return { seen, stop: () => document.removeEventListener('pcv-timeline-select', listener) };
}

async function press(el: CaseTimeline, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

function withEvents(events: TimelineEvent[]): Dataset {
  return { ...sample(), events };
}

function many(n: number): Dataset {
  const categories: readonly EventCategory[] = EVENT_CATEGORIES.filter((c) => c !== 'family'); // the seven these tests' counts were worked out for
  const base = sample();
  const events = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    category: categories[i % 7]!,
    date: new Date(Date.UTC(2014, 0, 1) + ((i * 7919) % 3650) * 86_400_000).toISOString().slice(0, 10),
    title: `Generated event ${i} with a title of some length`,
    description: 'Generated.',
    citations: base.events[0]!.citations,
  }));
  return { ...base, events };
}

/** Rendered label boxes in the chart, measured by the browser (not the layout's estimate). */
function renderedLabelBoxes(el: Element) {
  return [...shadow(el).querySelectorAll<SVGTextElement>('[part=label] text')].map((t) => {
    const b = t.getBBox();
    return { id: t.parentElement!.dataset.label!, x: b.x, y: b.y, width: b.width, height: b.height };
  });
}

function intersectingPairs(boxes: ReturnType<typeof renderedLabelBoxes>) {
  const pairs: string[] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  // Sweep: only boxes whose x ranges overlap can intersect.
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++)
      if (boxesIntersect(sorted[i]!, sorted[j]!)) pairs.push(`${sorted[i]!.id} × ${sorted[j]!.id}`);
  return pairs;
}

/** The list's structure as text, one event a line, for the 320 px snapshot. */
function serializeList(el: Element): string {
  return (
    [...shadow(el).querySelectorAll('[part=list-item]')]
      .map((li) =>
        [
          textOf(li.querySelector('.year')),
          li.querySelector('.mk')?.getAttribute('class'),
          textOf(li.querySelector('.when')),
          textOf(li.querySelector('.what')),
          textOf(li.querySelector('.cat')),
        ].join(' | '),
      )
      .join('\n') + '\n'
  );
}

describe('<case-timeline> rendering', () => {
  it('renders the bundled data as a horizontal chart at 1280 px, with the computed summary', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 1280);
    const svg = shadow(el).querySelector('svg[part=chart]')!;
    expect(svg).to.not.equal(null);
    expect(svg.getAttribute('width')).to.equal('1280');
    expect(marks(el).length).to.equal(dataset.events.length);
    expect(textOf(shadow(el).querySelector('[part=summary]'))).to.equal(summarise(dataset.events));
  });

  it('renders the bundled data as a list at 320 px, with no chart', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 320);
    expect(shadow(el).querySelector('svg[part=chart]')).to.equal(null);
    expect(shadow(el).querySelectorAll('ol[part=list] > li').length).to.equal(dataset.events.length);
  });

  // Snapshots draw a fixed fixture, not the bundled data, so a data fix changes no snapshot.
  // After an intended change to the drawing: npm run test:unit -- --update-snapshots
  it('matches the SVG snapshot of a fixed 44-event dataset at 1280 px', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${manyEvents(44)}></case-timeline>`, 1280);
    await compareSnapshot({
      name: 'case-timeline-fixture-1280',
      content: serializeSvg(shadow(el).querySelector('svg[part=chart]')!),
    });
  });

  it('matches the list snapshot of a fixed 44-event dataset at 320 px', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${manyEvents(44)}></case-timeline>`, 320);
    await compareSnapshot({ name: 'case-timeline-fixture-320', content: serializeList(el) });
  });

  it('follows its own width, not the window: relayouts when its container narrows', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 900);
    expect(shadow(el).querySelector('svg[part=chart]')).to.not.equal(null);
    el.parentElement!.style.width = '500px';
    // The ResizeObserver reports in the frame after the layout changes, then Lit updates.
    await nextFrame();
    await settle(el);
    expect(shadow(el).querySelector('svg[part=chart]')).to.equal(null);
    expect(shadow(el).querySelector('[part=list]')).to.not.equal(null);
  });

  it('re-places only the chart when its width changes but stays wide: the same selection, frame and controls', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 1280);
    const kept = el as unknown as { selection: object; frame: [unknown, object] };
    const [selection, frame] = [kept.selection, kept.frame[1]];
    const changed = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((r) => changed.add(r.target)));
    observer.observe(shadow(el), { subtree: true, childList: true, attributes: true, characterData: true });
    el.parentElement!.style.width = '900px';
    // The ResizeObserver reports in the next frame; the size controller re-renders in the one after.
    await nextFrame();
    await nextFrame();
    await settle(el);
    observer.takeRecords().forEach((r) => changed.add(r.target));
    observer.disconnect();
    expect(shadow(el).querySelector('svg[part=chart]')!.getAttribute('width')).to.equal('900');
    expect(changed.size).to.be.greaterThan(0);
    // A label's text node is in the chart too (a Text node has no closest(): ask its parent).
    const outside = [...changed].filter(
      (node) => !(node instanceof Element ? node : node.parentElement)?.closest('svg[part=chart]'),
    );
    expect(outside.map((node) => node.nodeName)).to.deep.equal([]);
    expect(kept.selection).to.equal(selection);
    expect(kept.frame[1]).to.equal(frame);
  });

  it('shows each event’s date at its precision, “about” for approximate ones, and its category in words', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 320);
    expect(serializeList(el)).to.equal(
      [
        '2014 | mk death | 19 June 2014 | First event | Death',
        ' | mk police-failure | August 2014 | Second event | Police failure',
        '2015 | mk watchdog | October 2015 to August 2018 | A span | Watchdog',
        '2021 | mk inquest | about 2021 | Year-only event | Inquest',
        '',
      ].join('\n'),
    );
  });

  it('draws the category as a shape as well as a colour, approximate dates with a ring, spans as bars', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const byId = (id: string) => marks(el).find((m) => m.dataset.event === id)!;
    expect(byId('e1').querySelector('path')!.getAttribute('class')).to.equal('fill');
    expect(byId('span').querySelector('path')!.getAttribute('class')).to.equal('open');
    expect(byId('e1').querySelector('path')!.getAttribute('d')).to.not.equal(
      byId('e2').querySelector('path')!.getAttribute('d'),
    );
    expect(byId('e3').querySelector('circle.approx')).to.not.equal(null);
    expect(byId('e1').querySelector('circle.approx')).to.equal(null);
    expect(byId('span').querySelector('rect.bar')).to.not.equal(null);
    expect(byId('e2').querySelector('line.whisker')).to.not.equal(null);
    expect(byId('e3').getAttribute('aria-label')).to.equal('about 2021. Inquest. Year-only event');
    const legend = textOf(shadow(el).querySelector('[part=legend]'));
    expect(legend).to.contain('Bar: something that lasted').and.contain('Dashed ring: approximate date');
  });

  it('exposes its parts', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    for (const part of [
      'figure',
      'title',
      'summary',
      'graphic',
      'controls',
      'chip',
      'range',
      'range-from',
      'range-to',
      'legend',
      'chart',
      'axis',
      'lane',
      'label',
      'event',
      'readout',
      'notes',
      'sources',
    ])
      expect(shadow(el).querySelector(`[part~=${part}]`), part).to.not.equal(null);
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    for (const part of ['detail', 'quote', 'close'])
      expect(shadow(el).querySelector(`[part~=${part}]`), part).to.not.equal(null);
  });

  it('labels never overlap as drawn, for the bundled data and for 1,000 crowded events', async () => {
    for (const [data, width] of [
      [dataset, 1280],
      [dataset, 700],
      [many(1000), 1280],
    ] as const) {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, width);
      const boxes = renderedLabelBoxes(el);
      expect(boxes.length).to.be.greaterThan(0);
      expect(intersectingPairs(boxes), `${data.events.length} events at ${width}px`).to.deep.equal([]);
      for (const b of boxes) expect(b.x + b.width).to.be.at.most(width + 0.5);
    }
  });

  it('lists the visible events in the table: date, category, title, description, sources', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    shadow(el).querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
    await settle(el);
    const table = shadow(el).querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map(textOf)).to.deep.equal([
      'Date',
      'Category',
      'Event',
      'Description',
      'Sources',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(textOf))).to.deep.equal([
      ['19 June 2014', 'Death', 'First event', 'Something happened.', 'Example News'],
      ['August 2014', 'Police failure', 'Second event', 'Something else.', 'Example News'],
      ['October 2015 to August 2018', 'Watchdog', 'A span', 'Something that lasted.', 'Example News'],
      ['about 2021', 'Inquest', 'Year-only event', 'Dated only to the year.', 'An undated report'],
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('notes approximate and imprecise dates, and cites only the sources of visible events', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const notes = textOf(shadow(el).querySelector('[part=notes]'));
    expect(notes).to.contain('1 date is marked “about”').and.contain('only as precisely as the sources');
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.contain('An undated report');
    el.categories = 'death';
    await settle(el);
    expect(textOf(shadow(el).querySelector('[part=sources]'))).to.not.contain('An undated report');
    expect(textOf(shadow(el).querySelector('[part=notes]'))).to.contain(
      'Showing 1 of 4 events (Death). The category buttons and years above change the selection.',
    );
    // no-filter alone (the events shown are the same) still rewrites the note.
    el.noFilter = true;
    await settle(el);
    expect(textOf(shadow(el).querySelector('[part=notes]'))).to.not.contain('buttons');
    el.categories = 'death,inquest';
    await settle(el);
    const notes2 = textOf(shadow(el).querySelector('[part=notes]'));
    expect(notes2).to.contain('Showing 2 of 4 events (Death and Inquest).');
    expect(notes2).to.not.contain('buttons');
  });

  it('renders data text as text, never as markup', async () => {
    const data = sample();
    data.events[0]!.title = '<img src=x onerror="window.__pwned=1">';
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 320);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(textOf(shadow(el).querySelector('.what'))).to.equal('<img src=x onerror="window.__pwned=1">');
  });
});

describe('<case-timeline> any data', () => {
  it('shows a clear empty state inside the frame for 0 events, with no controls', async () => {
    for (const width of [320, 1280]) {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${withEvents([])}></case-timeline>`, width);
      expect(textOf(shadow(el).querySelector('[part=empty]'))).to.equal('The data has no events to show.');
      expect(shadow(el).querySelector('[part=figure] [part=empty]')).to.not.equal(null);
      expect(shadow(el).querySelector('[part=controls]')).to.equal(null);
      expect(textOf(shadow(el).querySelector('[part=summary]'))).to.equal('The timeline has no events.');
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });

  it('draws and labels a single event', async () => {
    const one = withEvents([sample().events[1]!]);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${one}></case-timeline>`, 1000);
    expect(ids(el)).to.deep.equal(['e2']);
    expect(shadow(el).querySelectorAll('[part=label]').length).to.equal(1);
    expect(textOf(shadow(el).querySelector('[part=summary]'))).to.equal('The timeline has one event, in August 2014.');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  // Render time is measured by `npm run bench`, not asserted here.
  it(`renders up to ONE_BY_ONE (${ONE_BY_ONE}) events one by one, wide and narrow, as for the bundled data`, async () => {
    const data = manyEvents(ONE_BY_ONE);
    for (const width of [1280, 320]) {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, width);
      expect(marks(el).length, `${width}`).to.equal(ONE_BY_ONE);
      expect(shadow(el).querySelector('[part=marks]'), `${width}`).to.equal(null);
      expect(shadow(el).querySelector('[part=pager]'), `${width}`).to.equal(null);
    }
  });

  it('shows the error state for bad data and logs one console error', async () => {
    const data = sample();
    (data.events[0] as { category: string }).category = 'nonsense';
    let el!: CaseTimeline;
    const errors = await captureErrors(async () => {
      el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 1000);
    });
    // Readers get a neutral sentence; the field path goes to the console (show-problems shows it too).
    expect(textOf(shadow(el).querySelector('[part=error]'))).to.contain('This graphic could not be shown.');
    expect(shadow(el).querySelector('[part=chart]')).to.equal(null);
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('events[0].category');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('<case-timeline> keyboard', () => {
  it('has one tab stop into the chart; arrows, Home and End move between events in date order', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const tabbable = marks(el).filter((m) => m.getAttribute('tabindex') === '0');
    expect(tabbable.map((m) => m.dataset.event)).to.deep.equal(['e1']);
    expect(marks(el).filter((m) => m.getAttribute('tabindex') === '-1').length).to.equal(3);
    marks(el)[0]!.focus();
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal('e2');
    expect(status(el)).to.equal('August 2014: Second event');
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('span');
    await press(el, 'ArrowLeft');
    expect(active(el)).to.equal('e2');
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('e1');
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('e1');
    await press(el, 'End');
    expect(active(el)).to.equal('e3');
    expect(status(el)).to.equal('about 2021: Year-only event');
    await press(el, 'Home');
    expect(active(el)).to.equal('e1');
    expect(
      marks(el)
        .filter((m) => m.getAttribute('tabindex') === '0')
        .map((m) => m.dataset.event),
    ).to.deep.equal(['e1']);
  });

  it('handles keys on the element only: arrow keys elsewhere on the page do nothing to it', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const outside = document.createElement('button');
    el.after(outside);
    outside.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'End' });
    await settle(el);
    expect(
      marks(el)
        .filter((m) => m.getAttribute('tabindex') === '0')
        .map((m) => m.dataset.event),
    ).to.deep.equal(['e1']);
    expect(status(el)).to.equal('');
    outside.remove();
  });

  it('Tab from the controls reaches the chart once, and the next Tab leaves it', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()} no-filter></case-timeline>`, 1000);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal('e1');
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(null);
    before.remove();
  });

  it('Enter opens the detail and fires pcv-timeline-select; Escape closes it and returns focus to the event', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const selects = recordSelects();
    marks(el)[0]!.focus();
    await press(el, 'ArrowRight');
    await press(el, 'Enter');
    expect(selects.seen.length).to.equal(1);
    expect(selects.seen[0]!.detail.event.id).to.equal('e2');
    expect(selects.seen[0]!.bubbles && selects.seen[0]!.composed).to.equal(true);
    expect(textOf(detail(el)))
      .to.contain('Second event')
      .and.contain('Something else.');
    const mark = marks(el).find((m) => m.dataset.event === 'e2')!;
    expect(mark.getAttribute('aria-expanded')).to.equal('true');
    expect(mark.getAttribute('aria-controls')).to.equal('detail');
    expect(await axeViolations(el)).to.deep.equal([]);
    // Focus moves into the panel (a link), then Escape brings it back to the event.
    shadow(el).querySelector<HTMLElement>('[part=detail] a')!.focus();
    await press(el, 'Escape');
    expect(detail(el)).to.equal(null);
    expect(active(el)).to.equal('e2');
    await press(el, ' ');
    expect(detail(el)).to.not.equal(null);
    expect(selects.seen.length).to.equal(2);
    selects.stop();
  });

  it('in the list, Up and Down (and Left and Right) move, Enter opens in place, Escape closes', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 320);
    const selects = recordSelects();
    marks(el)[0]!.focus();
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('e2');
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal('span');
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('e2');
    await press(el, 'Enter');
    expect(selects.seen.map((e) => e.detail.event.id)).to.deep.equal(['e2']);
    // The detail opens inside the event's list item, next to what the reader chose.
    expect(detail(el)!.closest('li')!.querySelector('[part~=event]')!.getAttribute('data-event')).to.equal('e2');
    expect(await axeViolations(el)).to.deep.equal([]);
    await press(el, 'Escape');
    expect(detail(el)).to.equal(null);
    expect(active(el)).to.equal('e2');
    expect(selects.seen.length).to.equal(1);
    selects.stop();
  });

  it('the close button closes the detail, returns focus and fires nothing', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    marks(el)[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    const selects = recordSelects();
    shadow(el).querySelector<HTMLButtonElement>('[part=close]')!.click();
    await settle(el);
    expect(detail(el)).to.equal(null);
    expect(active(el)).to.equal('span');
    expect(selects.seen.length).to.equal(0);
    selects.stop();
  });
});

describe('<case-timeline> detail wording', () => {
  it('states a span’s length in months and days only when both its ends are exact days', async () => {
    const data = sample();
    data.events[2] = { ...data.events[2]!, date: '2021-10-05', end: '2021-12-10' };
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 320);
    shadow(el).querySelector<HTMLButtonElement>('[data-event=span]')!.click();
    await settle(el);
    expect(textOf(detail(el))).to.contain('Watchdog · 5 October 2021 to 10 December 2021 (2 months and 5 days)');
  });

  it('says who said a quote in their own words, under the quote', async () => {
    const data = sample();
    data.events[0] = {
      ...data.events[0]!,
      citations: [{ source: 'src-a', quote: 'We are examining it.', saidBy: 'A regional director' }],
    };
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 320);
    shadow(el).querySelector<HTMLButtonElement>('[data-event=e1]')!.click();
    await settle(el);
    expect(textOf(detail(el))).to.contain('“We are examining it.” — A regional director');
  });

  it('dates its data in a note: the latest source it shows, to the month', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 320);
    expect(textOf(shadow(el).querySelector('[part=notes]'))).to.contain(
      'Data as of December 2021, the date of the latest source shown.',
    );
  });
});

describe('<case-timeline> pointer', () => {
  it('a click opens the event, fires pcv-timeline-select with it, and a second click closes it', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const selects = recordSelects();
    const span = marks(el).find((m) => m.dataset.event === 'span')!;
    span.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(selects.seen.map((e) => e.detail.event)).to.deep.equal([sample().events[2]]);
    // October 2015 to August 2018 is known only to the month: no length is stated for it.
    expect(textOf(detail(el)))
      .to.contain('Watchdog · October 2015 to August 2018 A span')
      .and.not.match(/months\)/);
    marks(el)
      .find((m) => m.dataset.event === 'span')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect(detail(el)).to.equal(null);
    expect(selects.seen.length).to.equal(1);
    selects.stop();
  });

  it('hover previews the event’s date and title above the chart, and fires nothing', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const selects = recordSelects();
    marks(el)[1]!
      .querySelector('path')!
      .dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    await settle(el);
    expect(textOf(shadow(el).querySelector('[part=readout]'))).to.equal('August 2014 Second event');
    shadow(el).querySelector('.chart-wrap')!.dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect(textOf(shadow(el).querySelector('[part=readout]'))).to.equal('Select an event to read it and its sources.');
    expect(selects.seen.length).to.equal(0);
    selects.stop();
  });

  it('the detail gives sources: publisher, title, a link, and the verbatim quote', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    const panel = detail(el)!;
    expect(panel.getAttribute('role')).to.equal('region');
    const link = panel.querySelector<HTMLAnchorElement>('a')!;
    expect(link.href).to.equal('https://example.org/a');
    expect(textOf(link)).to.equal('Example News, “An example article”');
    expect(textOf(panel.querySelector('[part=quote]'))).to.equal('Quote: “A short quote that supports the record.”');
    expect(textOf(panel)).to.contain('Person A, aged 23. Where he was found: Barking.');
    expect(panel.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
  });
});

describe('<case-timeline> filter and zoom', () => {
  it('category chips are toggle buttons with counts that filter the events', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const chips = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=chip]')];
    expect(chips.map(textOf)).to.deep.equal([
      '✓ Death 1 events',
      '✓ Police failure 1 events',
      '✓ Watchdog 1 events',
      '✓ Inquest 1 events',
    ]);
    expect(chips.every((c) => c.getAttribute('aria-pressed') === 'true')).to.equal(true);
    chips[0]!.click();
    await settle(el);
    expect(chips[0]!.getAttribute('aria-pressed')).to.equal('false');
    expect(ids(el)).to.deep.equal(['e2', 'span', 'e3']);
    expect(await axeViolations(el)).to.deep.equal([]);
    chips[0]!.click();
    await settle(el);
    expect(ids(el)).to.deep.equal(['e1', 'e2', 'span', 'e3']);
    expect(shadow(el).querySelector('[part=reset]')).to.equal(null);
  });

  it('turning every chip off leaves a clear message and a way back', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    for (const chip of shadow(el).querySelectorAll<HTMLButtonElement>('[part=chip]')) {
      chip.click();
      await settle(el);
    }
    expect(textOf(shadow(el).querySelector('[part=empty]'))).to.contain('No events match this selection');
    expect(await axeViolations(el)).to.deep.equal([]);
    shadow(el).querySelector<HTMLButtonElement>('[part=reset]')!.click();
    await settle(el);
    expect(ids(el).length).to.equal(4);
  });

  it('Reset puts the selects back to the full range and keeps keyboard focus inside the element', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const from = () => shadow(el).querySelector<HTMLSelectElement>('[part=range-from]')!;
    // Pick 2016, 2014, then 2016 again: the selectedness is now the reader's, and a
    // `selected` attribute alone would no longer move it back.
    for (const year of ['2016', '2014', '2016']) {
      from().value = year;
      from().dispatchEvent(new Event('change'));
      await settle(el);
    }
    const reset = shadow(el).querySelector<HTMLButtonElement>('[part=reset]')!;
    reset.focus();
    reset.click();
    await settle(el);
    expect(from().value).to.equal('2014');
    expect(shadow(el).querySelector('[part=reset]')).to.equal(null);
    expect(shadow(el).activeElement?.getAttribute('part')).to.match(/chip/);
  });

  it('the year selects zoom the axis to the range and keep the events that touch it', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    const from = shadow(el).querySelector<HTMLSelectElement>('[part=range-from]')!;
    const to = shadow(el).querySelector<HTMLSelectElement>('[part=range-to]')!;
    expect([...from.options].map((o) => o.value)).to.deep.equal([
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
    ]);
    expect(from.value).to.equal('2014');
    expect(to.value).to.equal('2021');
    from.value = '2016';
    from.dispatchEvent(new Event('change'));
    await settle(el);
    to.value = '2017';
    to.dispatchEvent(new Event('change'));
    await settle(el);
    expect(ids(el)).to.deep.equal(['span']);
    const years = [...shadow(el).querySelectorAll('.tick-label')].map(textOf);
    // 1 January 2018 falls in the padding at the right edge: its tick is drawn, its label would not fit.
    expect(years).to.deep.equal(['2016', '2017']);
    expect(shadow(el).querySelectorAll('line.tick').length).to.equal(3);
    expect(await axeViolations(el)).to.deep.equal([]);
    // A "from" after the "to" pulls the "to" along rather than showing nothing.
    from.value = '2020';
    from.dispatchEvent(new Event('change'));
    await settle(el);
    expect(shadow(el).querySelector<HTMLSelectElement>('[part=range-to]')!.value).to.equal('2020');
  });

  it('the selects work from the keyboard', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    shadow(el).querySelector<HTMLSelectElement>('[part=range-from]')!.focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(shadow(el).querySelector<HTMLSelectElement>('[part=range-from]')!.value).to.equal('2016');
    expect(ids(el)).to.deep.equal(['span', 'e3']);
  });
});

describe('<case-timeline> attributes', () => {
  it('categories, from and to set what is shown; unknown categories are ignored', async () => {
    const el = await mount<CaseTimeline>(
      html`<case-timeline
        .data=${sample()}
        categories="death, watchdog,bogus"
        from="2014-07"
        to="2019"
      ></case-timeline>`,
      1000,
    );
    expect(ids(el)).to.deep.equal(['span']);
    el.from = null;
    await settle(el);
    expect(ids(el)).to.deep.equal(['e1', 'span']);
    el.categories = 'bogus';
    await settle(el);
    expect(ids(el)).to.deep.equal(['e1', 'e2', 'span']);
  });

  it('highlight emphasises and labels the named events', async () => {
    const el = await mount<CaseTimeline>(
      html`<case-timeline .data=${sample()} highlight="e2,nope"></case-timeline>`,
      1000,
    );
    const mark = marks(el).find((m) => m.dataset.event === 'e2')!;
    expect(mark.classList.contains('highlighted')).to.equal(true);
    expect(mark.getAttribute('aria-label')).to.contain('highlighted');
    const label = shadow(el).querySelector('[part=label][data-label=e2]')!;
    expect(label.classList.contains('highlighted')).to.equal(true);
    expect(getComputedStyle(label.querySelector('text')!).fontWeight).to.equal('700');
    el.layout = 'vertical';
    await settle(el);
    expect(textOf(shadow(el).querySelectorAll('[part=event]')[1])).to.contain('Police failure, highlighted');
  });

  it('layout="vertical" and layout="horizontal" override the width', async () => {
    const wide = await mount<CaseTimeline>(
      html`<case-timeline .data=${sample()} layout="vertical"></case-timeline>`,
      1280,
    );
    expect(shadow(wide).querySelector('[part=list]')).to.not.equal(null);
    expect(await axeViolations(wide)).to.deep.equal([]);
    const narrow = await mount<CaseTimeline>(
      html`<case-timeline .data=${sample()} layout="horizontal"></case-timeline>`,
      400,
    );
    expect(shadow(narrow).querySelector('[part=chart]')).to.not.equal(null);
  });

  it('no-filter hides the chips and range, and the legend names the shapes instead', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()} no-filter></case-timeline>`, 1000);
    expect(shadow(el).querySelector('[part=controls]')).to.equal(null);
    expect(textOf(shadow(el).querySelector('[part=legend]')))
      .to.contain('Death')
      .and.contain('Watchdog');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('heading-level sets the title level and the detail’s headings below it', async () => {
    const el = await mount<CaseTimeline>(
      html`<case-timeline .data=${sample()} heading-level="4"></case-timeline>`,
      1000,
    );
    expect(shadow(el).querySelector('[part=title]')!.getAttribute('aria-level')).to.equal('4');
    marks(el)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect([...detail(el)!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'))).to.deep.equal([
      '5',
      '6',
    ]);
  });

  it('programmatic changes fire no pcv-timeline-select', async () => {
    const selects = recordSelects();
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    el.highlight = 'e1';
    el.categories = 'death,watchdog';
    el.from = '2015';
    el.to = '2020';
    el.layout = 'vertical';
    el.data = withEvents(sample().events.slice(0, 2));
    await settle(el);
    expect(selects.seen.length).to.equal(0);
    selects.stop();
  });
});

describe('<case-timeline> deep link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('opens #event-id on load and on hashchange, without firing pcv-timeline-select', async () => {
    history.replaceState(null, '', '#span');
    const selects = recordSelects();
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()} deep-link></case-timeline>`, 1000);
    expect(textOf(detail(el))).to.contain('A span');
    history.replaceState(null, '', '#e1');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(el);
    expect(textOf(detail(el))).to.contain('First event');
    history.replaceState(null, '', '#not-an-event');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle(el);
    expect(textOf(detail(el))).to.contain('First event');
    expect(selects.seen.length).to.equal(0);
    selects.stop();
  });

  it('a deep link to an event the filters hide shows everything and opens it', async () => {
    history.replaceState(null, '', '#e3');
    const el = await mount<CaseTimeline>(
      html`<case-timeline .data=${sample()} deep-link categories="death"></case-timeline>`,
      320,
    );
    expect(ids(el)).to.include('e3');
    expect(textOf(detail(el))).to.contain('Year-only event');
  });

  it('ignores the URL without deep-link, and stops listening when removed', async () => {
    history.replaceState(null, '', '#e1');
    const plain = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    expect(detail(plain)).to.equal(null);
    const added: string[] = [];
    const removed: string[] = [];
    const { addEventListener: add, removeEventListener: remove } = window;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.push(type);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      removed.push(type);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()} deep-link></case-timeline>`, 1000);
      expect(added.filter((t) => t === 'hashchange').length).to.equal(1);
      el.remove();
      expect(removed.filter((t) => t === 'hashchange').length).to.equal(1);
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });
});

describe('<case-timeline> theming and accessibility', () => {
  it('has no axe violations with the bundled data, wide and narrow, light and dark', async () => {
    for (const width of [1280, 320]) {
      const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, width);
      expect(await axeViolations(el), `light ${width}`).to.deep.equal([]);
      el.theme = 'dark';
      await settle(el);
      expect(await axeViolations(el), `dark ${width}`).to.deep.equal([]);
    }
  });

  it('takes the theme and a --pcv-* colour from an ancestor', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section theme="dark" style="--pcv-color-death: rgb(1, 2, 3)">
        <case-timeline .data=${sample()}></case-timeline>
      </section>`,
      1000,
    );
    const el = wrapper.querySelector<CaseTimeline>('case-timeline')!;
    await settle(el);
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    const death = marks(el)
      .find((m) => m.dataset.event === 'e1')!
      .querySelector('path')!;
    expect(getComputedStyle(death).fill).to.equal('rgb(1, 2, 3)');
    const watchdog = marks(el)
      .find((m) => m.dataset.event === 'span')!
      .querySelector('path')!;
    expect(getComputedStyle(watchdog).stroke).to.equal('rgb(240, 182, 90)');
  });

  it('shows focus on the focused event, always', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 1000);
    marks(el)[0]!.focus();
    await settle(el);
    const hit = marks(el)[0]!.querySelector('.hit')!;
    expect(getComputedStyle(hit).strokeWidth).to.equal('3px');
    expect(getComputedStyle(hit).stroke).to.equal('rgb(10, 88, 202)');
  });

  it('keeps the list markers’ shapes when every colour is the same (forced colours)', async () => {
    // The test browser cannot emulate forced colours; give every category one colour instead.
    const style = Object.fromEntries(
      ['death', 'police-failure', 'justice', 'watchdog', 'inquest', 'inspection', 'response'].map((c) => [
        `--pcv-color-${c}`,
        'rgb(0, 0, 0)',
      ]),
    );
    const wrapper = await mount<HTMLElement>(
      html`<div
        style=${Object.entries(style)
          .map(([k, v]) => `${k}: ${v}`)
          .join(';')}
      >
        <case-timeline .data=${sample()} layout="vertical"></case-timeline>
      </div>`,
      320,
    );
    const el = wrapper.querySelector<CaseTimeline>('case-timeline')!;
    await settle(el);
    const look = (m: Element) => {
      const cs = getComputedStyle(m);
      return [cs.borderRadius, cs.clipPath, cs.backgroundColor, cs.transform].join(' ');
    };
    const looks = [...shadow(el).querySelectorAll('.mk')].map(look);
    expect(new Set(looks).size).to.equal(looks.length);
  });
});

/** Every node the element renders (elements, text, Lit's comment markers), its shadow root included. */
function nodeCount(el: Element): number {
  let n = 0;
  const walk = (node: Node) => {
    n += 1;
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    for (const child of node.childNodes) walk(child);
  };
  walk(el);
  return n;
}

/** The events in date order, as the element sorts them (the layout is the element's own). */
const inOrder = (data: Dataset) => timelineLayout(data.events, { width: 320 }).items.map((i) => i.id);
const listIds = (el: Element) =>
  [...shadow(el).querySelectorAll<HTMLElement>('[part=list] [part~=event]')].map((b) => b.dataset.event!);
const pagers = (el: Element) => [...shadow(el).querySelectorAll('[part=pager]')].map(textOf);
const moreButton = (el: Element, text: RegExp) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=more]')].find((b) => text.test(textOf(b))) ?? null;

describe('<case-timeline> many events (a newsroom’s own, far larger data)', () => {
  // Before the list paged and the chart drew paths, 10,000 events made 250,473 nodes at
  // 360 px and 145,870 at 1,280 px (bench, scale section): about 25 and 15 per event.
  it('keeps the DOM bounded: 10,000 events render about as many nodes as 1,000, and a few thousand at most', async () => {
    const small = manyEvents(1_000);
    const large = manyEvents(10_000);
    for (const width of [360, 1280]) {
      const a = nodeCount(await mount<CaseTimeline>(html`<case-timeline .data=${small}></case-timeline>`, width));
      const b = nodeCount(await mount<CaseTimeline>(html`<case-timeline .data=${large}></case-timeline>`, width));
      expect(b, `${width} px`).to.be.below(5_000);
      // What grows is text that counts (chips, notes) and the year selects, not elements per event.
      expect(b - a, `${width} px`).to.be.below(200);
    }
  });

  it('the narrow list shows the first 100 events in date order and says which of how many', async () => {
    const data = manyEvents(10_000);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 360);
    expect(listIds(el)).to.deep.equal(inOrder(data).slice(0, LIST_PAGE));
    expect(shadow(el).querySelector('[part=list]')!.getAttribute('aria-label')).to.equal('Events 1 to 100 of 10,000');
    expect(pagers(el)).to.deep.equal(['Events 1 to 100 of 10,000. Show the next 100 events']);
    expect(moreButton(el, /previous/)).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('“Show the next” reaches every event; focus goes to the first new event and the new range is announced', async () => {
    const data = manyEvents(350);
    const order = inOrder(data);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 360);
    const ends = [100];
    for (let page = 1; moreButton(el, /next/); page++) {
      moreButton(el, /next/)!.click();
      await settle(el);
      const end = Math.min(350, (page + 1) * LIST_PAGE);
      // At most LIST_PAGES_KEPT pages stay: past them the first page goes.
      const start = Math.max(0, Math.ceil((end - LIST_PAGES_KEPT * LIST_PAGE) / LIST_PAGE) * LIST_PAGE);
      ends.push(end);
      expect(active(el), `page ${page}`).to.equal(order[page * LIST_PAGE]);
      expect(status(el)).to.equal(`Events ${start + 1} to ${end} of 350.`);
      expect(listIds(el)).to.deep.equal(order.slice(start, end));
      // The new tab stop is the focused event, so Tab back into the list returns there.
      expect(shadow(el).querySelectorAll('[part=list] [tabindex="0"]').length).to.equal(1);
      expect(shadow(el).querySelector<HTMLElement>('[part=list] [tabindex="0"]')!.dataset.event).to.equal(
        order[page * LIST_PAGE],
      );
      if (page === 1) expect(await axeViolations(el)).to.deep.equal([]);
    }
    expect(ends).to.deep.equal([100, 200, 300, 350]);
    expect(pagers(el)).to.deep.equal(['Show the previous 100 events', 'Events 101 to 350 of 350.']);
  });

  it('arrow keys past the last event shown add the next page; End and Home jump to the last and first pages', async () => {
    const data = manyEvents(1_000);
    const order = inOrder(data);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 360);
    marks(el)[LIST_PAGE - 1]!.focus();
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal(order[LIST_PAGE]);
    expect(listIds(el)).to.deep.equal(order.slice(0, 2 * LIST_PAGE));
    await press(el, 'End');
    expect(active(el)).to.equal(order[999]);
    expect(status(el)).to.contain('Many event');
    expect(listIds(el)).to.deep.equal(order.slice(900));
    expect(shadow(el).querySelector('[part=list]')!.getAttribute('aria-label')).to.equal(
      'Events 901 to 1,000 of 1,000',
    );
    // The page starts part-way through a year: its first event still shows the year.
    expect(shadow(el).querySelector('[part=list-item] .year')).to.not.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    await press(el, 'Home');
    expect(active(el)).to.equal(order[0]);
    expect(listIds(el)).to.deep.equal(order.slice(0, LIST_PAGE));
    await press(el, 'End');
    await press(el, 'Home');
    await press(el, 'End');
    marks(el)[0]!.focus();
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal(order[899]);
    expect(listIds(el)).to.deep.equal(order.slice(800));
  });

  it('“Show the previous” shows the page before and moves focus to its first event', async () => {
    const data = manyEvents(1_000);
    const order = inOrder(data);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 360);
    marks(el)[0]!.focus();
    await press(el, 'End');
    moreButton(el, /previous/)!.click();
    await settle(el);
    expect(active(el)).to.equal(order[800]);
    expect(status(el)).to.equal('Events 801 to 1,000 of 1,000.');
    expect(textOf(moreButton(el, /previous/))).to.equal('Show the previous 100 events');
    expect(moreButton(el, /next/)).to.equal(null);
  });

  it('a deep link to an event on a later page shows that page and opens it', async () => {
    const data = manyEvents(1_000);
    const target = inOrder(data)[640]!;
    history.replaceState(null, '', `#${target}`);
    try {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${data} deep-link></case-timeline>`, 360);
      expect(listIds(el)).to.deep.equal(inOrder(data).slice(600, 700));
      expect(detail(el)!.closest('li')!.querySelector<HTMLElement>('[part~=event]')!.dataset.event).to.equal(target);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('a filter that leaves few events shows them all; a long list stays on the focused event’s page, or starts at the first', async () => {
    const data = manyEvents(1_000);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 360);
    moreButton(el, /next/)!.click();
    await settle(el);
    expect(listIds(el).length).to.equal(200);
    const focused = data.events.find((e) => e.id === active(el))!;
    el.categories = 'death';
    await settle(el);
    expect(listIds(el).length).to.equal(143);
    expect(shadow(el).querySelector('[part=pager]')).to.equal(null);
    // Three categories, the focused event's among them: its page, the one the reader was on.
    // The fixture's seven categories (it has no 'family' events).
    const seven = EVENT_CATEGORIES.filter((c) => c !== 'family');
    const withIt = [focused.category, ...seven.filter((c) => c !== focused.category).slice(0, 2)];
    el.categories = withIt.join(',');
    await settle(el);
    const order = timelineLayout(data.events, { width: 320 }, { categories: new Set(withIt) }).items.map((i) => i.id);
    const at = order.indexOf(focused.id);
    expect(listIds(el)).to.deep.equal(order.slice(at - (at % LIST_PAGE), at - (at % LIST_PAGE) + LIST_PAGE));
    // Three others: the focused event is gone, so the first page.
    const without = seven.filter((c) => !withIt.includes(c)).slice(0, 3);
    el.categories = without.join(',');
    await settle(el);
    const others = timelineLayout(data.events, { width: 320 }, { categories: new Set(without) }).items.map((i) => i.id);
    expect(listIds(el)).to.deep.equal(others.slice(0, LIST_PAGE));
  });

  it('the wide chart draws the marks as paths, with one element for the event that holds the tab stop', async () => {
    const data = manyEvents(1_000);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 1280);
    const order = inOrder(data);
    expect(ids(el)).to.deep.equal([order[0]]);
    expect(marks(el)[0]!.getAttribute('tabindex')).to.equal('0');
    // Four paths a lane (shapes, highlighted shapes, bars, precision lines) and one for the rings.
    expect(shadow(el).querySelectorAll('[part=marks] path').length).to.equal(7 * 4 + 1);
    expect(shadow(el).querySelector('[part=marks]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelector('.events')!.getAttribute('aria-label')).to.equal('1,000 events');
    // The category's colour still reaches the marks drawn as paths.
    const death = shadow(el).querySelector('[part=marks] .cat-death .shape')!;
    expect(getComputedStyle(death).fill).to.equal(getComputedStyle(marks(el)[0]!.querySelector('path')!).fill);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('in the wide chart the keys still reach every event: Tab in, arrows, End, Enter and Escape', async () => {
    const data = manyEvents(1_000);
    const order = inOrder(data);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data} no-filter></case-timeline>`, 1280);
    const selects = recordSelects();
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(el)).to.equal(order[0]);
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal(order[1]);
    expect(status(el)).to.contain(data.events.find((e) => e.id === order[1])!.title);
    expect(ids(el)).to.deep.equal([order[1]]);
    for (let i = 2; i <= 5; i++) await press(el, 'ArrowRight');
    expect(active(el)).to.equal(order[5]);
    await press(el, 'End');
    expect(active(el)).to.equal(order[999]);
    await press(el, 'Enter');
    expect(selects.seen.map((e) => e.detail.event.id)).to.deep.equal([order[999]]);
    expect(textOf(detail(el))).to.contain(data.events.find((e) => e.id === order[999])!.title);
    expect(marks(el)[0]!.getAttribute('aria-expanded')).to.equal('true');
    expect(await axeViolations(el)).to.deep.equal([]);
    await press(el, 'ArrowLeft');
    // The open event keeps its element (its aria-controls points at the detail); focus moved on.
    expect(ids(el)).to.deep.equal([order[998], order[999]]);
    expect(active(el)).to.equal(order[998]);
    await press(el, 'Escape');
    expect(detail(el)).to.equal(null);
    expect(active(el)).to.equal(order[999]);
    selects.stop();
    before.remove();
  });

  it('in the wide chart the pointer finds the mark under it: hover previews, a click opens it, focuses it and fires pcv-timeline-select', async () => {
    const data = manyEvents(1_000);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data}></case-timeline>`, 1280);
    const chart = shadow(el).querySelector('svg[part=chart]')!;
    // The same layout as the element's: the chart is as wide as the element's content box.
    const layout = timelineLayout(data.events, { width: Number(chart.getAttribute('width')) });
    chart.scrollIntoView();
    const box = chart.getBoundingClientRect();
    // An event in the window that is the one found at its own mark (not under a later one).
    const target = layout.items.find(
      (i, n) =>
        n > 10 &&
        box.left + i.x < innerWidth - 20 &&
        box.top + i.cy < innerHeight - 20 &&
        box.top + i.cy > 20 &&
        itemAt(layout.items, i.x, i.cy) === i,
    )!;
    const position: [number, number] = [Math.round(box.left + target.x), Math.round(box.top + target.cy)];
    await sendMouse({ type: 'move', position });
    await settle(el);
    expect(textOf(shadow(el).querySelector('[part=readout]'))).to.contain(target.event.title);
    expect(ids(el)).to.include(target.id);
    const selects = recordSelects();
    // A real click: the mark under the pointer takes focus first, then the click opens it.
    await sendMouse({ type: 'click', position });
    await settle(el);
    expect(selects.seen.map((e) => e.detail.event.id)).to.deep.equal([target.id]);
    expect(textOf(detail(el))).to.contain(target.event.title);
    expect(active(el)).to.equal(target.id);
    // Keys go on from the event clicked.
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal(layout.items[layout.items.indexOf(target) + 1]!.id);
    // Far from any mark (the axis row): nothing opens.
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 3)] });
    await settle(el);
    expect(selects.seen.length).to.equal(1);
    selects.stop();
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('a category chip that leaves few events brings back one element per mark', async () => {
    const data = manyEvents(1_000);
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${data} categories="death"></case-timeline>`, 1280);
    expect(marks(el).length).to.equal(143);
    expect(shadow(el).querySelector('[part=marks]')).to.equal(null);
  });
});
