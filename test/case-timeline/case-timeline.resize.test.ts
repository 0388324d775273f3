/**
 * The timeline's re-layout when its width changes (issue #16: within one frame). The element
 * re-renders in the frame after the one that applies a new width (SizeController); in that
 * first frame, CSS already skips the layout the width leaves (the chart below the breakpoint,
 * the phone's list above it), and the layout it comes back to is the DOM it had before.
 * Nothing here is timed: the tests check which layout is shown, skipped and kept.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/case-timeline/case-timeline.js';
import type { CaseTimeline } from '../../src/case-timeline/case-timeline.js';
import { BREAKPOINT, MOST_CHARTED } from '../../src/case-timeline/case-timeline.layout.js';
import { timelineCase } from '../fixtures/timeline-case.js';
import { manyEvents } from '../fixtures/many.js';
import { emulateMediaFeatures, mount, nextFrame, settle } from '../helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
/** Not laid out nor painted: display none or content-visibility hidden, on it or on the kept box holding it. */
function skipped(node: Element | null): boolean {
  if (node === null) return false;
  const style = getComputedStyle(node);
  if (style.display === 'none' || style.contentVisibility === 'hidden') return true;
  const box = node.closest('.layout');
  return box !== null && getComputedStyle(box).contentVisibility === 'hidden';
}

/** What the element shows now: its chart or its list (not the one kept), and whether CSS skips it. */
function shown(el: Element) {
  const wrap = $(el, '.layout:not(.kept) > .chart-wrap') ?? $(el, '.layout:not(.kept) > .list-wrap');
  return {
    layout: wrap?.classList.contains('chart-wrap') ? 'chart' : wrap ? 'list' : 'none',
    skipped: skipped(wrap),
    height: Math.round(wrap?.getBoundingClientRect().height ?? 0),
  };
}

/** Sets the width of the element's box and waits until it has re-rendered at it. */
async function resizeTo(el: CaseTimeline, width: string): Promise<void> {
  el.parentElement!.style.width = width;
  await nextFrame();
  await settle(el);
}

/**
 * Sets the container's width and returns what `look` sees in the frame that applies it,
 * before the element re-renders: a ResizeObserver made after the element's runs after its
 * callback, which leaves the re-render to the next frame.
 */
async function inApplyingFrame<T>(el: Element, width: string, look: () => T): Promise<T> {
  let reports = 0;
  let changed: () => void;
  const seen = new Promise<T>((resolve) => {
    const observer = new ResizeObserver(() => {
      // The first report is of the present size: the width changes after it, in the next
      // frame's animation callbacks (a change inside this callback would loop).
      if (reports++ === 0) return void requestAnimationFrame(() => changed());
      observer.disconnect();
      resolve(look());
    });
    observer.observe(el);
  });
  await new Promise<void>((resolve) => (changed = resolve));
  el.parentElement!.style.width = width;
  return seen;
}

/** The shadow tree as markup, without Lit's comment markers and without the layout kept. */
function markup(el: Element): string {
  const copy = document.createElement('template');
  copy.innerHTML = el.shadowRoot!.innerHTML;
  copy.content.querySelector('.layout.kept')?.remove();
  return copy.innerHTML.replace(/<!--[^]*?-->/g, '');
}

describe('<case-timeline> on resize', () => {
  it('skips the layout a width leaves in the frame that applies it, and shows the one it draws', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    expect(shown(el)).to.include({ layout: 'chart', skipped: false });
    const narrowing = await inApplyingFrame(el, '400px', () => ({
      ...shown(el),
      numbered: skipped($(el, '.numbered-wrap')),
    }));
    // Still the chart (the element has not re-rendered yet), but not laid out at 400 px.
    expect(narrowing).to.include({ layout: 'chart', skipped: true, numbered: true });
    await settle(el);
    expect(shown(el)).to.include({ layout: 'list', skipped: false });

    const widening = await inApplyingFrame(el, '1000px', () => shown(el));
    expect(widening).to.include({ layout: 'list', skipped: true });
    await settle(el);
    expect(shown(el)).to.include({ layout: 'chart', skipped: false });
    expect(skipped($(el, '.numbered-wrap'))).to.equal(false);
  });

  it('at the breakpoint and at fractions of a pixel around it, with or without a theme’s padding, never skips the layout drawn', async () => {
    for (const theme of [null, 'light'])
      for (const width of [
        BREAKPOINT - 1,
        BREAKPOINT,
        BREAKPOINT + 0.4,
        BREAKPOINT + 0.6,
        BREAKPOINT + 1,
        BREAKPOINT + 2,
      ]) {
        // With a theme, the element's padding is inside the container: its content box is `width` wide.
        const outer = theme ? width + 32 : width;
        const el = await mount<CaseTimeline>(
          html`<case-timeline theme=${theme ?? ''} .data=${timelineCase()}></case-timeline>`,
          outer,
        );
        if (!theme) el.removeAttribute('theme');
        await settle(el);
        const expected =
          Math.round(el.getBoundingClientRect().width - (theme ? 32 : 0)) > BREAKPOINT ? 'chart' : 'list';
        expect(shown(el), `${width} px, theme ${theme}`).to.include({ layout: expected, skipped: false });
        expect(shown(el).height, `${width} px, theme ${theme}`).to.be.greaterThan(0);
        el.parentElement!.remove();
      }
  });

  it('a layout the page chose is never skipped, whatever the width', async () => {
    const list = await mount<CaseTimeline>(
      html`<case-timeline layout="vertical" .data=${timelineCase()}></case-timeline>`,
      1000,
    );
    expect(shown(list)).to.include({ layout: 'list', skipped: false });
    const chart = await mount<CaseTimeline>(
      html`<case-timeline layout="horizontal" .data=${timelineCase()}></case-timeline>`,
      400,
    );
    expect(shown(chart)).to.include({ layout: 'chart', skipped: false });
    // More events than a chart draws: a list at any width, so never skipped as the phone's.
    const many = await mount<CaseTimeline>(
      html`<case-timeline .data=${manyEvents(MOST_CHARTED + 1)}></case-timeline>`,
      1000,
    );
    expect(shown(many)).to.include({ layout: 'list', skipped: false });
  });

  it('printing never skips the chart laid out for paper, in a column narrower than the breakpoint', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 400);
    expect(shown(el).layout).to.equal('list');
    try {
      await emulateMediaFeatures({}, 'print');
      window.dispatchEvent(new Event('beforeprint'));
      expect(shown(el)).to.include({ layout: 'chart', skipped: false });
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMediaFeatures();
    }
    await settle(el);
    expect(shown(el)).to.include({ layout: 'list', skipped: false });
  });

  it('keeps a focused event laid out until the element re-renders, so its focus moves to the other layout', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    $<SVGGElement>(el, '[role=gridcell][data-event="f-b1"]')!.focus();
    const narrowing = await inApplyingFrame(el, '400px', () => shown(el));
    expect(narrowing).to.include({ layout: 'chart', skipped: false });
    await settle(el);
    expect((el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.event).to.equal('f-b1');
  });

  it('re-renders after the ResizeObserver callbacks, not in them: a page watching its own height sees no observer loop', async () => {
    // As the iframe embed page does (src/embed/embed.ts): its height is posted to the parent.
    // Were the element to re-render inside its own observer's callback, the page's height would
    // change after the page's observer was given it, and Chromium would report "ResizeObserver
    // loop completed with undelivered notifications" as a page error, in every embed.
    const heights: number[] = [];
    const page = new ResizeObserver(() => heights.push(document.documentElement.scrollHeight));
    page.observe(document.documentElement);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
      for (const width of ['400px', '1000px', '700px', '320px']) {
        await resizeTo(el, width);
        await nextFrame();
      }
    } finally {
      window.removeEventListener('error', onError);
      page.disconnect();
    }
    expect(errors).to.deep.equal([]);
    expect(heights.length).to.be.greaterThan(1);
  });

  it('keeps the layout a width left out of sight, out of the page width, the tab order and the accessibility tree, with no id twice', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    // An event open in the chart, so the box kept holds its panel.
    $<SVGGElement>(el, '[role=gridcell][data-event="f-b1"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle(el);
    expect($(el, '#detail')).to.not.equal(null);
    for (const width of ['320px', '1000px', '320px']) {
      await resizeTo(el, width);
      const kept = $(el, '.layout.kept')!;
      expect(kept, width).to.not.equal(null);
      // Its rendering skipped: the box is there, nothing in it is drawn.
      expect(getComputedStyle(kept).contentVisibility, width).to.equal('hidden');
      expect(
        [...kept.children].some((child) => child.checkVisibility()),
        width,
      ).to.equal(false);
      expect(kept.getBoundingClientRect().height, width).to.equal(0);
      // Out of the flow and no wider than the graphic: nothing to scroll sideways.
      const box = el.parentElement!;
      expect(box.scrollWidth, width).to.be.at.most(box.clientWidth);
      // Nothing in it can be reached: not by Tab, not by a screen reader.
      const focusable = [...kept.querySelectorAll<HTMLElement>('[tabindex="0"], button, a[href]')];
      expect(focusable.length, width).to.be.greaterThan(0);
      for (const node of focusable) {
        node.focus();
        expect(el.shadowRoot!.activeElement, width).to.not.equal(node);
      }
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((n) => n.id);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        width,
      ).to.deep.equal([]);
      // Every id a shown element points to is in the layout shown (or the frame), never only in the one kept.
      for (const node of el.shadowRoot!.querySelectorAll(
        '.layout:not(.kept) [aria-describedby], .layout:not(.kept) [aria-controls]',
      ))
        for (const id of (node.getAttribute('aria-describedby') ?? node.getAttribute('aria-controls'))!.split(' '))
          expect(kept.querySelector(`#${id}`), `${width}: #${id}`).to.equal(null);
    }
  });

  it('going back to a layout shown before reuses its nodes, and the DOM is what a first render at that width makes', async () => {
    const el = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    const chart = $(el, 'svg[part=chart]');
    await resizeTo(el, '400px');
    const list = $(el, '[part=list]');
    expect(list).to.not.equal(null);
    await resizeTo(el, '1000px');
    expect($(el, 'svg[part=chart]')).to.equal(chart);
    const fresh = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 1000);
    expect(markup(el)).to.equal(markup(fresh));

    await resizeTo(el, '400px');
    expect($(el, '[part=list]')).to.equal(list);
    const freshList = await mount<CaseTimeline>(html`<case-timeline .data=${timelineCase()}></case-timeline>`, 400);
    expect(markup(el)).to.equal(markup(freshList));
  });
});
