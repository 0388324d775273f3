/**
 * The phone's "Show all" and "Show the highlights only": the reader is never left with focus
 * out of sight, reading order follows what the press revealed, and the change is said once.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/case-timeline/case-timeline.js';
import type { CaseTimeline } from '../../src/case-timeline/case-timeline.js';
import { inViewport, mount, settle, textOf, watchAnnouncements } from '../helpers.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const eventIds = (el: Element) => $$(el, 'button[data-event]').map((b) => b.dataset.event!);

/** Focuses the button where a reader finds it, and presses Enter on it. */
async function pressOn(el: CaseTimeline, button: HTMLElement): Promise<void> {
  button.scrollIntoView({ block: 'center' });
  button.focus();
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

/** The graphic mid-story: page content after it, so the page does not end with it. */
const timelineInStory = () =>
  html`<case-timeline></case-timeline>
    <div style="height: 6000px"></div>`;

describe('<case-timeline> phone: "Show all" keeps the reader’s place', () => {
  for (const width of [320, 375]) {
    it(`at ${width} px, "Show all" moves focus to the list's first event, on screen, and says so once`, async () => {
      const el = await mount<CaseTimeline>(timelineInStory(), width);
      const highlights = new Set(eventIds(el));
      const showAll = $(el, '[part=show-all]')!;
      const total = Number(/Show all (\d+) events/.exec(textOf(showAll))![1]);
      const live = watchAnnouncements(el);
      await pressOn(el, showAll);
      live.stop();
      const all = eventIds(el);
      expect(all).to.have.length(total);
      const now = focused(el)!;
      // The start of what the press revealed: with the bundled data, an event the highlights did not show.
      expect(now.dataset.event).to.equal(all[0]);
      expect(highlights.has(all[0]!)).to.equal(false);
      // Before: focus stayed on the button, pushed thousands of pixels below the screen.
      expect(inViewport(now), `the focused event at ${Math.round(now.getBoundingClientRect().top)} px`).to.equal(true);
      // It holds the list's tab stop, so Tab away and back returns to it.
      expect(now.tabIndex).to.equal(0);
      expect(live.said).to.deep.equal([`Showing all ${total} events.`]);
    });
  }

  it('"Show the highlights only" keeps focus on the button, brings it back on screen, and announces nothing', async () => {
    const el = await mount<CaseTimeline>(timelineInStory(), 320);
    const before = eventIds(el);
    await pressOn(el, $(el, '[part=show-all]')!);
    const button = $(el, '[part=show-all]')!;
    expect(textOf(button)).to.equal('Show the highlights only');
    const live = watchAnnouncements(el);
    await pressOn(el, button);
    live.stop();
    expect(eventIds(el)).to.deep.equal(before);
    expect(focused(el)).to.equal(button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // The list above it shrank by thousands of pixels; it is brought back into view.
    expect(inViewport(button), `the button at ${Math.round(button.getBoundingClientRect().top)} px`).to.equal(true);
    // Its own new name and state say the change: the live region adds nothing.
    expect(live.said).to.deep.equal([]);
  });

  it('"Show the highlights only" works from an event only the full list has (it once listed every event again)', async () => {
    const el = await mount<CaseTimeline>(timelineInStory(), 320);
    const highlights = eventIds(el);
    $(el, '[part=show-all]')!.click();
    await settle(el);
    // The reader moves to an event the highlights do not show, then back to the button.
    $$(el, 'button[data-event]')
      .find((b) => !highlights.includes(b.dataset.event!))!
      .focus();
    await settle(el);
    $(el, '[part=show-all]')!.click();
    await settle(el);
    expect(eventIds(el)).to.deep.equal(highlights);
    expect(textOf($(el, '[part=show-all]'))).to.match(/^Show all \d+ events$/);
  });
});
