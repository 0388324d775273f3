/**
 * Width 0 and print (issue #15): a graphic in a hidden tab or collapsed accordion is never
 * laid out at 0 px, and waits for a real width; for print it is laid out at paper width,
 * with everything a reader would open shown, and back after.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { PRINT_WIDTH } from '../../src/shared/size-controller.js';
import { sample } from '../fixtures/sample.js';
import type { Source } from '../../src/data/types.js';
import { mount, nextFrame, settle } from '../helpers.js';
import './frame-probe.js';
import type { FrameProbe } from './frame-probe.js';

const figure = (el: Element) => el.shadowRoot?.querySelector('[part=figure]') ?? null;

/** Enough sources that the source line folds into a <details>. */
function manySources() {
  const data = sample();
  data.sources = Array.from({ length: 5 }, (_, i): Source => ({
    id: `s${i}`,
    kind: 'news',
    publisher: `P${i}`,
    title: `T${i}`,
    date: null,
    url: `https://example.org/${i}`,
  }));
  data.events.forEach((e) => (e.citations = [{ source: 's0', quote: 'q' }]));
  return data;
}

describe('width 0', () => {
  it('does not lay out in a hidden tab, and lays out at the real width once shown', async () => {
    const tab = await fixture<HTMLDivElement>(html`<div hidden style="width: 420px"><frame-probe></frame-probe></div>`);
    const el = tab.querySelector('frame-probe')!;
    // Long enough for a first update to have happened, were it going to.
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(el.widths).to.deep.equal([]);
    expect(figure(el)).to.equal(null);
    expect(el.getBoundingClientRect().height).to.equal(0);

    tab.hidden = false;
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    await settle(el);
    expect(el.widths.length).to.be.greaterThan(0);
    expect(el.widths.every((w) => w === 420)).to.equal(true);
    expect(figure(el)).to.not.equal(null);
  });

  it('applies what the page set while it waited', async () => {
    const tab = await fixture<HTMLDivElement>(
      html`<div style="display: none; width: 400px"><frame-probe></frame-probe></div>`,
    );
    const el = tab.querySelector('frame-probe')!;
    el.heading = 'Set while hidden';
    el.setAttribute('show-summary', '');
    await nextFrame();
    tab.style.display = 'block';
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent!.trim()).to.equal('Set while hidden');
    expect(el.shadowRoot!.querySelector<HTMLElement>('[part=summary]')!.hidden).to.equal(false);
  });

  it('in a closed accordion (<details>) lays out at the width it will open to, never at 0', async () => {
    const details = await fixture<HTMLDetailsElement>(
      html`<details style="width: 380px">
        <summary>More</summary>
        <frame-probe></frame-probe>
      </details>`,
    );
    const el = details.querySelector('frame-probe')!;
    // Chromium lays out a closed details' content when asked for its size (content-visibility: hidden).
    for (let i = 0; i < 3; i++) await nextFrame();
    details.open = true;
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(el.widths.length).to.be.greaterThan(0);
    expect(el.widths.every((w) => w === 380)).to.equal(true);
  });

  it('fills its box when a page makes it inline or a flex item sized by its content (never waits for ever)', async () => {
    const inline = await fixture<HTMLDivElement>(
      html`<div style="width: 450px"><frame-probe style="display: inline"></frame-probe></div>`,
    );
    const a = inline.querySelector('frame-probe')!;
    await settle(a);
    expect(a.widths[0]).to.equal(450);
    expect(figure(a)).to.not.equal(null);

    const flex = await fixture<HTMLDivElement>(
      html`<div style="display: flex; width: 520px; padding: 0 10px"><frame-probe></frame-probe></div>`,
    );
    const b = flex.querySelector('frame-probe')!;
    await settle(b);
    expect(b.widths[0]).to.equal(520);
    expect(figure(b)).to.not.equal(null);
  });

  it('lays out at the width inside its padding: a themed graphic draws within its surface', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe theme="dark"></frame-probe>`, 500);
    const graphic = el.shadowRoot!.querySelector('[part=graphic]')!;
    expect(el.widths.every((w) => w === 500 - 2 * 16)).to.equal(true);
    expect(Math.round(graphic.getBoundingClientRect().width)).to.equal(500 - 2 * 16);
    // And when the padding changes, so does the layout width.
    el.style.setProperty('--pcv-padding', '0 40px');
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(el.widths[el.widths.length - 1]).to.equal(500 - 2 * 40);
  });

  it('keeps its last real width when a shown graphic is hidden (a tab switched away)', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 500);
    const wrapper = el.parentElement!;
    wrapper.style.display = 'none';
    for (let i = 0; i < 3; i++) await nextFrame();
    el.requestUpdate(); // e.g. a property the page set meanwhile
    wrapper.style.display = 'block';
    await settle(el);
    expect(el.widths.filter((w) => w !== 500)).to.deep.equal([]);
  });
});

describe('print', () => {
  it('lays out at paper width with sources open on beforeprint, and back as it was on afterprint', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe .data=${manySources()}></frame-probe>`, 1100);
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.open).to.equal(false);
    const before = el.widths.length;

    window.dispatchEvent(new Event('beforeprint'));
    // Synchronously, inside the event: the browser prints what the page holds when it returns.
    expect(el.widths.slice(before)).to.deep.equal([PRINT_WIDTH]);
    expect(el.printed[el.printed.length - 1]).to.equal(true);
    expect(details.open).to.equal(true);

    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(el.widths[el.widths.length - 1]).to.equal(1100);
    expect(el.printed[el.printed.length - 1]).to.equal(false);
    expect(details.open).to.equal(false);
  });

  it('leaves open what the reader had opened', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe .data=${manySources()}></frame-probe>`);
    const details = el.shadowRoot!.querySelector('details')!;
    details.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(details.open).to.equal(true);
  });
});
