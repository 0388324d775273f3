import { expect, fixture, html } from '@open-wc/testing';
import { compareSnapshot, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/case-timeline/case-timeline.js';
import '../../src/officer-outcomes/officer-outcomes.js';
import type {
  CaseTimeline,
  CaseTimelineSelectDetail,
  CaseTimelineSelectEvent,
} from '../../src/case-timeline/case-timeline.js';
import { timelineWords } from '../../src/case-timeline/case-timeline.strings.js';
import { summarise } from '../../src/case-timeline/case-timeline.text.js';
import { dataset } from '../../src/data/dataset.js';
import { timelineCase } from '../fixtures/timeline-case.js';
import { sample } from '../fixtures/sample.js';
import { manyEvents } from '../fixtures/many.js';
import { axeViolations, captureErrors, mount, nextFrame, serializeSvg, settle, textOf, until } from '../helpers.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const cells = (el: Element) => $$<SVGGElement>(el, '[role=gridcell]');
const cell = (el: Element, id: string) => cells(el).find((c) => c.dataset.event === id)!;
const buttons = (el: Element) => $$<HTMLButtonElement>(el, 'button[data-event]');
const active = (el: Element) => (shadow(el).activeElement as HTMLElement | null)?.dataset?.event ?? null;
const detail = (el: Element) => $(el, '[part=detail]');
const status = (el: Element) => textOf($(el, '[role=status]'));
const failures = dataset.events.filter((e) => e.category === 'police-failure');

function recordSelects() {
  const seen: CustomEvent<CaseTimelineSelectDetail>[] = [];
  const listener = (e: CaseTimelineSelectEvent) => seen.push(e);
  document.addEventListener('pcv-timeline-select', listener);
  return { seen, stop: () => document.removeEventListener('pcv-timeline-select', listener) };
}

async function press(el: CaseTimeline, key: string) {
  await sendKeys({ press: key });
  await settle(el);
}

/** Clicks at the centre of an element, as a reader's pointer would (whatever is drawn on top gets it). */
async function clickAt(el: CaseTimeline, target: Element) {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await settle(el);
}

/** The phone outline's rows as text, one a line, for the snapshot. */
function serializeOutline(el: Element): string {
  return (
    $$(el, '.outline > li, .group-items > li')
      .map((li) =>
        li.classList.contains('gap')
          ? `-- ${textOf(li)}`
          : li.classList.contains('group')
            ? `[${textOf(li.querySelector('.group-toggle'))}]`
            : `${li.closest('.group-items') ? '    ' : ''}${textOf(li.querySelector('button'))}`,
      )
      .join('\n') + '\n'
  );
}

describe('<case-timeline> wide: two scales and numbered failures', () => {
  it('draws the bundled data at 1280 px as a grid of every event, in focus and compressed panels, with the filtered-aware summary', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 1280);
    const svg = $(el, 'svg[part=chart]')!;
    expect(svg.getAttribute('role')).to.equal('grid');
    expect(cells(el).length).to.equal(dataset.events.length);
    expect($$(el, '.caption').map((c) => textOf(c))).to.deep.equal([
      'Before',
      dataset.focus!.label,
      'What followed (compressed)',
    ]);
    expect(textOf($(el, '[part=summary]'))).to.equal(summarise(dataset.events, timelineWords()));
  });

  for (const width of [768, 1280]) {
    it(`at ${width} px every police failure is numbered, listed by number, and a click on its mark opens it`, async () => {
      const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, width);
      const numbered = $$(el, '[part=numbered] button');
      expect(numbered.length).to.equal(failures.length);
      expect(numbered.map((b) => textOf(b.querySelector('.num')))).to.deep.equal(failures.map((_, i) => String(i + 1)));
      for (const event of failures) {
        const mark = cell(el, event.id);
        expect(textOf(mark.querySelector('.badge-number'))).to.match(/^\d+$/);
        const hit = mark.querySelector('.hit')!.getBoundingClientRect();
        expect(hit.width).to.be.at.least(23.9);
        expect(hit.height).to.be.at.least(23.9);
        // What is under the centre of its target is the mark itself: no other target covers it.
        await clickAt(el, mark.querySelector('.hit')!);
        expect(textOf(detail(el)), event.id).to.contain(event.title);
        await press(el, 'Escape');
      }
    });
  }

  // The target of the wide layout's rebuild: one story graphic a laptop shows on one screen,
  // or close to it (the lane-per-category chart was about 2,000 px tall at these widths).
  for (const [width, most] of [
    [768, 1300],
    [1280, 1100],
  ] as const)
    it(`fits a laptop screen at ${width} px with the bundled data, numbered list included: at most ${most} px`, async () => {
      const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, width);
      expect(el.getBoundingClientRect().height).to.be.at.most(most);
    });

  it('no label or list entry ends in “…”, and deaths are labelled with the name of the man who died', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 1280);
    // A label's lines, read as words: the first in the <text>, the next ones in its <tspan>s.
    const lines = (t: Element) => textOf(t);
    const texts = [...$$(el, '[part=label] text').map(lines), ...$$(el, '[part=numbered] .what').map((t) => textOf(t))];
    expect(texts.filter((t) => t.endsWith('…'))).to.deep.equal([]);
    // As drawn: no label runs off the chart.
    const width = Number($(el, 'svg[part=chart]')!.getAttribute('width'));
    for (const text of $$<SVGTextElement>(el, '[part=label] text')) {
      const box = text.getBBox();
      expect(box.x + box.width, lines(text)).to.be.at.most(width);
    }
    const names = $$(el, '.label.strong text').map(lines);
    for (const death of dataset.events.filter((e) => e.category === 'death'))
      expect(names).to.include(death.victim!.name);
  });

  it('opens the detail next to the mark, inside the chart, and from the numbered list in place in the list', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    const mark = cell(el, 'f-b1');
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    const panel = detail(el)!;
    expect(panel.parentElement!.classList.contains('chart-wrap')).to.equal(true);
    const markBox = mark.querySelector('.hit')!.getBoundingClientRect();
    const box = panel.getBoundingClientRect();
    expect(box.top - markBox.bottom).to.be.within(0, 24);
    expect(markBox.left).to.be.within(box.left - 1, box.right);
    const listed = $$(el, '[part=numbered] button').find((b) => b.dataset.numbered === 'f-c1')!;
    listed.click();
    await settle(el);
    expect(detail(el)!.closest('li')).to.equal(listed.closest('li'));
    expect(listed.getAttribute('aria-expanded')).to.equal('true');
  });

  it('matches the SVG snapshot of a fixed case-shaped fixture at 1280 px', async () => {
    // Snapshots draw a fixture, not the bundled data, so a data fix changes no snapshot.
    // After an intended change to the drawing: npm run test:unit -- --update-snapshots
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    await compareSnapshot({ name: 'case-timeline-case-1280', content: serializeSvg($(el, 'svg[part=chart]')!) });
  });

  it('matches the SVG snapshot of the same fixture at 768 px', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 768);
    await compareSnapshot({ name: 'case-timeline-case-768', content: serializeSvg($(el, 'svg[part=chart]')!) });
  });
});

describe('<case-timeline> first drawing in steps (issue #16: no long task)', () => {
  /** What each animation frame shows of the element, before it is painted. */
  interface Seen {
    height: number;
    chart: number | null;
    marks: number;
    legend: number;
    numbered: number;
  }
  function watchFrames(el: CaseTimeline): { frames: Seen[]; stop: () => void } {
    const frames: Seen[] = [];
    let watching = true;
    const look = () => {
      if (!watching) return;
      const svg = el.shadowRoot?.querySelector('svg[part=chart]');
      if (el.shadowRoot?.querySelector('[part~=figure]'))
        frames.push({
          height: el.getBoundingClientRect().height,
          chart: svg ? svg.getBoundingClientRect().height : null,
          marks: svg ? svg.querySelectorAll('[role=gridcell]').length : 0,
          legend: el.shadowRoot!.querySelectorAll('[part=legend-item]').length,
          numbered: el.shadowRoot!.querySelectorAll('[part=numbered] li').length,
        });
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
    return { frames, stop: () => (watching = false) };
  }

  /** A timeline of the bundled data drawn at once at `width`, and what each frame painted until updateComplete. */
  async function drawnWatched(width: number) {
    const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const el = document.createElement('case-timeline');
    el.loading = 'eager';
    const { frames, stop } = watchFrames(el);
    box.append(el);
    await el.updateComplete;
    stop();
    return { el, frames };
  }

  it('paints the frame, legend, numbered list and the chart’s box at its final size first, the marks a frame later, all by updateComplete', async () => {
    const { el, frames } = await drawnWatched(1280);
    const final = {
      height: el.getBoundingClientRect().height,
      chart: $(el, 'svg[part=chart]')!.getBoundingClientRect().height,
    };
    expect(cells(el).length).to.equal(dataset.events.length);
    // The first frame painted holds everything but the chart's contents, at the final size.
    const first = frames[0]!;
    expect(first.marks).to.equal(0);
    expect(first.legend).to.be.greaterThan(0);
    expect(first.numbered).to.equal(failures.length);
    expect(first.chart).to.equal(final.chart);
    // Nothing moves while the marks arrive: every frame painted had the final height.
    expect(frames.map((f) => f.height)).to.deep.equal(frames.map(() => final.height));
  });

  it('draws nothing until it can draw the frame whole; the marks follow within the same updateComplete on a phone too', async () => {
    const { el, frames } = await drawnWatched(375);
    expect($$(el, 'button[data-event]').length).to.be.greaterThan(0);
    expect(frames.map((f) => f.height)).to.deep.equal(frames.map(() => el.getBoundingClientRect().height));
  });

  it('data from src: the “Loading” line stays until the frame is drawn, never a blank between', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(timelineCase())], { type: 'application/json' }));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
    const el = document.createElement('case-timeline');
    el.loading = 'eager';
    el.src = url;
    const seen: string[] = [];
    const look = () => {
      const root = el.shadowRoot!;
      const now = root.querySelector('[part=loading]')
        ? 'loading'
        : root.querySelector('[part~=figure]')
          ? 'drawn'
          : 'blank';
      if (seen[seen.length - 1] !== now) seen.push(now);
    };
    // After every update's changes to the shadow tree, in order: each step of the first drawing.
    const observer = new MutationObserver(look);
    box.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    // updateComplete does not wait for a download: wait for the drawing, then for its every step.
    await until(() => el.shadowRoot!.querySelector('[part~=figure]'));
    await el.updateComplete;
    observer.disconnect();
    look(); // the last update's records may not have been delivered yet
    URL.revokeObjectURL(url);
    expect(seen).to.deep.equal(['loading', 'drawn']);
    expect(cells(el).length).to.equal(timelineCase().events.length);
  });

  it('draws the wide frame with its folded source list filled, and loads the events’ details only once drawn', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
    const el = document.createElement('case-timeline');
    el.loading = 'eager';
    // What each update of the first drawing left in the shadow tree, in order (a mutation
    // observer hears each before the next step's task).
    const seen: { step: string; sources: number; whole: boolean }[] = [];
    const look = () => {
      const svg = el.shadowRoot!.querySelector('svg[part=chart]');
      const step = !svg ? 'preparing' : svg.querySelector('[role=gridcell]') ? 'chart' : 'frame';
      const sources = el.shadowRoot!.querySelectorAll('details[part~=sources] a').length;
      // The loader is protected: read as the element's own code does.
      const whole = (el as unknown as { loader: { whole: unknown } }).loader.whole !== null;
      const last = seen[seen.length - 1];
      if (!last || last.step !== step || last.sources !== sources || last.whole !== whole)
        seen.push({ step, sources, whole });
    };
    const observer = new MutationObserver(look);
    box.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
    await el.updateComplete;
    observer.disconnect();
    look();
    const drawing = seen.filter((s) => s.step !== 'preparing');
    // The frame comes with its folded list already filled: no update between the frame and
    // the marks draws the graphic again to fill it.
    expect(drawing[0]!.step).to.equal('frame');
    expect(drawing[0]!.sources).to.be.greaterThan(0);
    // The details are not loaded, read and copied in the middle of the drawing: only after it.
    expect(seen.filter((s) => s.step !== 'chart').every((s) => !s.whole)).to.equal(true);
    expect(seen[seen.length - 1]).to.deep.include({ step: 'chart', whole: true });
  });

  it('the next graphic on the page renders once the timeline is drawn, not between its steps', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
    const el = document.createElement('case-timeline');
    const next = document.createElement('officer-outcomes');
    const order: string[] = [];
    const note = (what: string) => {
      if (!order.includes(what)) order.push(what);
    };
    // Both lazy, both near the viewport: they render one at a time (RenderWhenNeeded).
    box.append(el, next);
    new MutationObserver(() => {
      if (el.shadowRoot!.querySelector('[role=gridcell]')) note('timeline marks');
    }).observe(el.shadowRoot!, { childList: true, subtree: true });
    new MutationObserver(() => {
      if (next.shadowRoot!.querySelector('[part~=figure]')) note('next graphic');
    }).observe(next.shadowRoot!, { childList: true, subtree: true });
    await until(() => order.length === 2);
    expect(order).to.deep.equal(['timeline marks', 'next graphic']);
    await next.updateComplete;
    await el.updateComplete;
  });

  it('beforeprint in the middle of the first drawing draws everything at once, at paper width', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="width: 1280px"></div>`);
    for (const moment of ['preparing', 'frame drawn'] as const) {
      const el = document.createElement('case-timeline');
      el.loading = 'eager';
      let printed: { marks: number; width: string | null } | null = null;
      const print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        // Synchronously, inside the event: the browser prints what the page holds when it returns.
        const svg = el.shadowRoot!.querySelector('svg[part=chart]');
        printed = {
          marks: svg?.querySelectorAll('[role=gridcell]').length ?? 0,
          width: svg?.getAttribute('width') ?? null,
        };
        window.dispatchEvent(new Event('afterprint'));
      };
      // The first update draws nothing yet; a mutation observer hears it before the next step's task.
      const observer = new MutationObserver(() => {
        const svg = el.shadowRoot!.querySelector('svg[part=chart]');
        const now = svg ? 'frame drawn' : el.shadowRoot!.querySelector('[part~=figure]') ? 'other' : 'preparing';
        if (now === moment && !printed) print();
      });
      box.append(el);
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete;
      observer.disconnect();
      expect(printed, moment).to.deep.equal({ marks: dataset.events.length, width: '680' });
      await settle(el);
      expect(cells(el).length, moment).to.equal(dataset.events.length);
      expect($(el, 'svg[part=chart]')!.getAttribute('width'), moment).to.equal('1280');
      el.remove();
    }
  });
});

describe('<case-timeline> phone: highlights first', () => {
  it('shows the highlights, each death’s failures folded under it, gap markers, then “Show all”', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 375);
    expect($(el, 'svg[part=chart]')).to.equal(null);
    const toggles = $$(el, '.group-toggle');
    expect(toggles.map((t) => textOf(t))).to.deep.equal([
      'After Person Alpha’s death: 4 police failures',
      'After Person Beta’s death: 3 police failures',
      'After Person Gamma’s death: 1 police failure',
      'After Person Delta’s death: 1 police failure',
    ]);
    expect($$(el, '.gap').map((g) => textOf(g))).to.deep.equal([
      'More than a year later',
      'More than 2 years later',
      'More than 2 years later',
      'More than a year later',
    ]);
    toggles[0]!.click();
    await settle(el);
    expect(toggles[0]!.getAttribute('aria-expanded')).to.equal('true');
    await compareSnapshot({ name: 'case-timeline-case-375-outline', content: serializeOutline(el) });
    const all = $(el, '[part=show-all]')!;
    expect(textOf(all)).to.equal('Show all 23 events');
    all.click();
    await settle(el);
    expect(buttons(el).length).to.equal(23);
    expect(textOf($(el, '[part=show-all]'))).to.equal('Show the highlights only');
  });

  it('is at most 1,500 px tall at 375 px with the bundled data before “Show all”', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 375);
    expect(el.getBoundingClientRect().height).to.be.at.most(1500);
    expect($(el, '[part=show-all]')).to.not.equal(null);
  });

  it('reads a list item with pauses between date, title and category', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 375);
    const button = buttons(el).find((b) => b.dataset.event === 'death-a')!;
    expect(textOf(button)).to.equal('19 June 2014. Placeholder title of death-a. Death');
    expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('opens the detail in place in the list, and Up/Down, Home/End move between the rows shown', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 375);
    const first = buttons(el)[0]!;
    first.focus();
    await press(el, 'ArrowDown');
    expect(active(el)).to.equal('death-b');
    await press(el, 'End');
    expect(active(el)).to.equal('report');
    await press(el, 'Home');
    expect(active(el)).to.equal('death-a');
    await press(el, 'Enter');
    expect(detail(el)!.closest('li')).to.equal(first.closest('li'));
    await press(el, 'Escape');
    expect(detail(el)).to.equal(null);
    expect(active(el)).to.equal('death-a');
  });
});

describe('<case-timeline> keyboard and screen readers', () => {
  it('has one tab stop for the chart: an APG grid, Left/Right along time, Up/Down between lanes, Home/End', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()} no-filter></case-timeline>`, 1280);
    expect(cells(el).filter((c) => c.getAttribute('tabindex') === '0').length).to.equal(1);
    expect($$(el, '[role=row]').length).to.equal($$(el, '[part=lane]').length);
    expect($(el, '[part=hint]')!.checkVisibility()).to.equal(true);
    expect($(el, 'svg[part=chart]')!.getAttribute('aria-describedby')).to.equal('chart-hint');
    expect(el.shadowRoot!.getElementById('chart-hint')?.textContent).to.include('arrow keys');
    cell(el, 'death-a').focus();
    await press(el, 'ArrowRight');
    expect(active(el)).to.equal('death-b');
    await press(el, 'ArrowDown');
    // The failures share their lane with what followed in another panel: here, the inquests.
    expect(active(el)).to.equal('f-b1');
    expect(cell(el, active(el)!).parentElement!.getAttribute('aria-label')).to.equal('Police failures and Inquests');
    await press(el, 'Home');
    expect(active(el)).to.equal('f-a1');
    await press(el, 'End');
    expect(active(el)).to.equal('finding');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(active(el)).to.equal('f-d1');
    await press(el, 'ArrowUp');
    expect(active(el)).to.equal('death-d');
    await sendKeys({ down: 'Control' });
    await press(el, 'End');
    await sendKeys({ up: 'Control' });
    expect(active(el)).to.equal('outcome');
    expect(
      cells(el)
        .filter((c) => c.getAttribute('tabindex') === '0')
        .map((c) => c.dataset.event),
    ).to.deep.equal(['outcome']);
  });

  it('announces a move once, by focus alone: the live region stays silent', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    cell(el, 'death-a').focus();
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(status(el)).to.equal('');
    expect(cell(el, 'death-c').getAttribute('aria-label')).to.equal(
      '20 September 2014. Death. Placeholder title of death-c',
    );
  });

  it('Enter opens the detail and fires pcv-timeline-select; Escape closes it and returns focus', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    const selects = recordSelects();
    cell(el, 'f-a1').focus();
    await press(el, 'Enter');
    expect(textOf(detail(el))).to.contain('Placeholder title of f-a1');
    expect(cell(el, 'f-a1').getAttribute('aria-expanded')).to.equal('true');
    expect(selects.seen.map((e) => e.detail.event.id)).to.deep.equal(['f-a1']);
    await press(el, 'Escape');
    expect(detail(el)).to.equal(null);
    expect(active(el)).to.equal('f-a1');
    selects.stop();
  });

  it('announces a filter change once, after the changes settle, including “no events match”', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    const region = $(el, '[role=status]')!;
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(textOf(region)));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    const legend = $$(el, '[part=legend-item]');
    legend[0]!.click();
    legend[1]!.click();
    await until(() => status(el) !== '');
    expect(status(el)).to.equal('Showing 9 of 23 events.');
    for (const item of legend.slice(2)) item.click();
    await until(() => status(el) !== 'Showing 9 of 23 events.');
    expect(status(el)).to.equal('No events match this selection.');
    expect(textOf($(el, '[part=empty]'))).to.contain('No events match');
    expect(changes.filter((c) => c !== '')).to.deep.equal([
      'Showing 9 of 23 events.',
      'No events match this selection.',
    ]);
    observer.disconnect();
  });

  it('keeps focus on the same event when the layout switches between chart and list, both ways', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    cell(el, 'f-b1').focus();
    await settle(el);
    el.parentElement!.style.width = '400px';
    await nextFrame();
    await settle(el);
    // The chart is kept, not shown (case-timeline.resize.test.ts), and focus is in the list.
    expect($(el, '.layout:not(.kept) svg[part=chart]') === null).to.equal(true);
    expect(active(el)).to.equal('f-b1');
    expect(el.shadowRoot!.activeElement!.closest('.layout.kept') === null).to.equal(true);
    el.parentElement!.style.width = '1000px';
    await nextFrame();
    await settle(el);
    expect($(el, '.layout:not(.kept) svg[part=chart]') === null).to.equal(false);
    expect(el.shadowRoot!.activeElement!.closest('.layout.kept') === null).to.equal(true);
    expect(active(el)).to.equal('f-b1');
  });
});

describe('<case-timeline> controls and the filtered summary', () => {
  it('the legend is a row of toggle buttons with counts; the summary and table follow what is shown', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    const legend = $$(el, '[part=legend-item]');
    expect(legend.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(legend.map(() => 'true'));
    expect(textOf(legend[0])).to.equal('Deaths 4');
    legend.slice(2).forEach((b) => b.click());
    await settle(el);
    expect(cells(el).length).to.equal(14);
    expect(textOf($(el, '[part=summary]'))).to.equal(
      'Showing 14 of 23 events, from 2014 to October 2015. Four men were killed between June 2014 and September 2015. ' +
        '10 police failures are recorded, from June 2014 to September 2015.',
    );
    $<HTMLButtonElement>(el, '[part~=table-toggle]')!.click();
    await settle(el);
    expect($$(el, 'tbody tr').length).to.equal(14);
    expect(
      $$(el, 'tbody tr').some((tr) => textOf(tr).includes('Police failure 1: Placeholder title of f-a1')),
    ).to.equal(true);
  });

  it('one range toggle shows the focus years or every year; from and to still set the range', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    const toggle = $<HTMLButtonElement>(el, '[part=range-toggle]')!;
    expect(textOf(toggle)).to.equal('Show 2014–2015 only');
    toggle.click();
    await settle(el);
    expect(textOf(toggle)).to.equal('Show every year');
    expect(cells(el).map((c) => c.dataset.event)).to.not.include('report');
    expect(cells(el).map((c) => c.dataset.event)).to.include('probe');
    toggle.click();
    await settle(el);
    expect(cells(el).length).to.equal(23);
    const ranged = await mount<CaseTimeline>(
      html`<case-timeline .data=${timelineCase()} from="2021" to="2023"></case-timeline>`,
      1280,
    );
    expect(cells(ranged).map((c) => c.dataset.event)).to.deep.equal(['hearings', 'finding', 'report']);
    expect(textOf($(ranged, '[part=range-toggle]'))).to.equal('Show every year');
  });

  it('on a phone the legend and the toggle fold behind one Filter button', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 375);
    expect($(el, '[part=legend]')).to.equal(null);
    const filter = $<HTMLButtonElement>(el, '[part=filter-toggle]')!;
    filter.click();
    await settle(el);
    expect(filter.getAttribute('aria-expanded')).to.equal('true');
    expect($$(el, '[part=legend-item]').length).to.equal(7);
  });

  it('no-filter keeps the legend as a key with no buttons and no toggle', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()} no-filter></case-timeline>`, 1280);
    expect($$(el, 'button[part=legend-item]').length).to.equal(0);
    expect($$(el, 'li[part=legend-item]').length).to.equal(7);
    expect($(el, '[part=range-toggle]')).to.equal(null);
  });
});

describe('<case-timeline> any data', () => {
  it('shows the error state for bad data and logs one console error', async () => {
    let el!: CaseTimeline;
    const errors = await captureErrors(async () => {
      el = await mount<CaseTimeline>(html`<case-timeline .data=${{ sources: [] }}></case-timeline>`, 800);
    });
    // Readers get a neutral sentence; the field path goes to the console (show-problems shows it too).
    expect(textOf($(el, '[part=error]'))).to.contain('This graphic could not be shown.');
    expect(errors.length).to.equal(1);
    expect(errors[0]).to.contain('events');
  });

  it('shows a clear empty state for no events, and draws data without a focus on one scale', async () => {
    const empty = await mount<CaseTimeline>(
      html`<case-timeline .data=${{ sources: [], events: [] }}></case-timeline>`,
      800,
    );
    expect(textOf($(empty, '[part=empty]'))).to.equal('The data has no events to show.');
    const plain = await mount<CaseTimeline>(html`<case-timeline .data=${sample()}></case-timeline>`, 900);
    expect($$(plain, '.panel').length).to.equal(1);
    expect($(plain, '[part=range-toggle]')).to.equal(null);
  });

  it('lists rather than charts more than a chart can show, a page at a time, with a bounded DOM at 10,000 events', async () => {
    // A thousand events still make an outline of highlights (at most SHOW_ALL_UP_TO rows
    // reachable, groups folded); "Show all" then pages the list, a hundred at a time.
    const some = await mount<CaseTimeline>(html`<case-timeline .data=${manyEvents(1000)}></case-timeline>`, 1280);
    expect($(some, 'svg[part=chart]')).to.equal(null);
    $<HTMLButtonElement>(some, '[part=show-all]')!.click();
    await settle(some);
    expect(buttons(some).length).to.equal(100);
    expect(shadow(some).querySelectorAll('*').length).to.be.below(4000);
    for (const width of [1280, 375]) {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${manyEvents(10_000)}></case-timeline>`, width);
      expect($(el, 'svg[part=chart]')).to.equal(null);
      // Thousands of deaths make no outline of highlights (it once rendered 13,000 nodes at
      // 10,000 events): the list pages at once, a hundred events at a time.
      expect($(el, '[part=show-all]') === null, 'no "Show all" button').to.equal(true);
      expect(buttons(el).length).to.equal(100);
      expect(shadow(el).querySelectorAll('*').length).to.be.below(2000);
    }
  });

  it('programmatic changes fire no pcv-timeline-select', async () => {
    const selects = recordSelects();
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1280);
    el.categories = 'death';
    el.from = '2014';
    await settle(el);
    expect(selects.seen.length).to.equal(0);
    selects.stop();
  });

  it('a deep link opens the event, in a folded group on the phone too, without firing pcv-timeline-select', async () => {
    history.replaceState(null, '', '#f-b2');
    const selects = recordSelects();
    try {
      const el = await mount<CaseTimeline>(
        html`<case-timeline .data=${timelineCase()} deep-link></case-timeline>`,
        375,
      );
      expect(textOf(detail(el))).to.contain('Placeholder title of f-b2');
      expect(selects.seen.length).to.equal(0);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      selects.stop();
    }
  });
});

describe('<case-timeline> theming and accessibility', () => {
  it('has no axe violations: wide, wide with a detail open, phone, phone unfolded, filtered to nothing, dark', async () => {
    const wide = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 1280);
    expect(await axeViolations(wide), 'wide').to.deep.equal([]);
    cell(wide, failures[0]!.id).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(wide);
    expect(await axeViolations(wide), 'wide, detail').to.deep.equal([]);
    wide.theme = 'dark';
    await settle(wide);
    expect(await axeViolations(wide), 'wide, dark').to.deep.equal([]);
    const phone = await mount<CaseTimeline>(html`<case-timeline></case-timeline>`, 375);
    expect(await axeViolations(phone), 'phone').to.deep.equal([]);
    $<HTMLButtonElement>(phone, '.group-toggle')!.click();
    $<HTMLButtonElement>(phone, '[part=filter-toggle]')!.click();
    await settle(phone);
    expect(await axeViolations(phone), 'phone, unfolded').to.deep.equal([]);
    const none = await mount<CaseTimeline>(html`<case-timeline from="2019-01" to="2019-02"></case-timeline>`, 1280);
    expect(await axeViolations(none), 'nothing shown').to.deep.equal([]);
  });

  it('takes the theme and a --pcv-* colour from an ancestor', async () => {
    const wrapper = await mount<HTMLElement>(
      html`<section theme="dark" style="--pcv-color-police-failure: rgb(1, 2, 3)">
        <case-timeline .data=${timelineCase()}></case-timeline>
      </section>`,
      1000,
    );
    const el = wrapper.querySelector<CaseTimeline>('case-timeline')!;
    await settle(el);
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    expect(getComputedStyle(cell(el, 'f-a1').querySelector('.badge')!).fill).to.equal('rgb(1, 2, 3)');
  });

  it('shows focus on the focused mark, always', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    cell(el, 'death-a').focus();
    await settle(el);
    const hit = cell(el, 'death-a').querySelector('.hit')!;
    expect(getComputedStyle(hit).strokeWidth).to.equal('3px');
  });
});
