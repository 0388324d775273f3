/**
 * The shared live region (issue #15): each change said once, then cleared, so browse
 * mode finds no stale announcement. No test depends on how fast the machine is: the
 * clearing is waited for, never timed.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { announcerTiming } from '../../src/shared/announcer.js';
import { axeViolations, mount } from '../helpers.js';
import './frame-probe.js';
import type { FrameProbe } from './frame-probe.js';

const region = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part=announcement]')!;

/** Records every text the region held, in order, as a screen reader would be told of them. */
function record(el: Element): { seen: string[]; stop: () => void } {
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(region(el).textContent ?? ''));
  observer.observe(region(el), { childList: true, characterData: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

describe('announcer', () => {
  const saved = { ...announcerTiming };
  afterEach(() => Object.assign(announcerTiming, saved));

  it('is one polite, atomic status region in the frame, empty until something is said', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    const regions = el.shadowRoot!.querySelectorAll('[aria-live]');
    expect(regions.length).to.equal(1);
    const live = region(el);
    expect(live.getAttribute('role')).to.equal('status');
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(live.getAttribute('aria-atomic')).to.equal('true');
    expect(live.textContent).to.equal('');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('says a sentence, then clears it, so browse mode later finds nothing stale', async () => {
    announcerTiming.clearAfterMs = 30;
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    const { seen, stop } = record(el);
    el.say('Rows 101 to 200 of 10,000.');
    expect(region(el).textContent).to.equal('Rows 101 to 200 of 10,000.');
    await waitUntil(() => region(el).textContent === '', 'the region is cleared');
    stop();
    expect(seen).to.deep.equal(['Rows 101 to 200 of 10,000.', '']);
  });

  it('keeps a sentence while the reader may still be hearing it', async () => {
    announcerTiming.clearAfterMs = 60_000;
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    el.say('Officer 3 of 17.');
    await new Promise((r) => setTimeout(r, 50));
    expect(el.spoken).to.equal('Officer 3 of 17.');
  });

  it('says the same sentence again as a change: emptied first, then written', async () => {
    announcerTiming.repeatAfterMs = 10;
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    el.say('No events match.');
    const { seen, stop } = record(el);
    el.say('No events match.');
    await waitUntil(() => region(el).textContent === 'No events match.', 'said again');
    stop();
    expect(seen).to.deep.equal(['', 'No events match.']);
  });

  it('with `after`, says only the last of a quick run (typing, filter presses)', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    const { seen, stop } = record(el);
    el.say('12 match', 40);
    el.say('7 match', 40);
    el.say('3 match', 40);
    expect(region(el).textContent).to.equal('');
    await waitUntil(() => region(el).textContent === '3 match', 'the last one is said');
    await new Promise((r) => setTimeout(r, 80));
    stop();
    expect(seen).to.deep.equal(['3 match']);
  });

  it('clears when the element leaves the page, and a re-render keeps what it says', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    el.say('Showing 11 of 44 events.');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.spoken).to.equal('Showing 11 of 44 events.');
    const live = region(el);
    el.remove();
    expect(live.textContent).to.equal('');
  });
});
