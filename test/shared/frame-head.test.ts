/**
 * The first screen is the graphic (issues #14 item 4 and #15): a title and a standfirst
 * set by the page, the computed summary as the figure's accessible description (read
 * once), shown only when asked for, and nothing repeated on a story page that writes its
 * own headline and intro.
 */
import { expect, html } from '@open-wc/testing';
import { sample } from '../fixtures/sample.js';
import { axeViolations, mount, settle, textOf } from '../helpers.js';
import './frame-probe.js';
import type { FrameProbe } from './frame-probe.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const shown = (node: Element | null) => node !== null && node.getClientRects().length > 0;

describe('frame head', () => {
  it('by default: the title as a heading, no standfirst, and the summary as the description only', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    const figure = $(el, '[part=figure]')!;
    const title = $(el, '[part=title]')!;
    const summary = $(el, '[part=summary]')!;
    expect(shown(title)).to.equal(true);
    expect(title.getAttribute('role')).to.equal('heading');
    expect(figure.getAttribute('aria-labelledby')).to.equal(title.id);
    // Described by the summary, which is not in the reading order: read once, on entry.
    expect(figure.getAttribute('aria-describedby')).to.equal(summary.id);
    expect(textOf(summary)).to.equal('The probe shows 4 events.');
    expect(summary.hidden).to.equal(true);
    expect(shown(summary)).to.equal(false);
    expect(shown($(el, '[part=dek]'))).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('puts the graphic right under the title and standfirst on a phone', async () => {
    const el = await mount<FrameProbe>(
      html`<frame-probe
        heading="What happened"
        dek="A standfirst of one sentence, written by the page for this story."
      ></frame-probe>`,
      320,
    );
    const top = el.getBoundingClientRect().top;
    const graphic = $(el, '[part=graphic]')!.getBoundingClientRect().top - top;
    // Title (one line) and a standfirst of two or three lines: the rest of the first screen is the graphic.
    expect(graphic).to.be.below(160);
    expect(textOf($(el, '[part=title]'))).to.equal('What happened');
    expect(textOf($(el, '[part=dek]'))).to.equal('A standfirst of one sentence, written by the page for this story.');
  });

  it('shows a standfirst from the dek attribute under the title', async () => {
    const el = await mount<FrameProbe>(
      html`<frame-probe dek="Four men were killed; police missed chances."></frame-probe>`,
    );
    const dek = $(el, '[part=dek]')!;
    expect(shown(dek)).to.equal(true);
    expect(textOf(dek)).to.equal('Four men were killed; police missed chances.');
    const title = $(el, '[part=title]')!.getBoundingClientRect();
    expect(dek.getBoundingClientRect().top).to.be.at.least(title.bottom);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('takes a standfirst with markup from a slot="dek" child, in place of the attribute, also when added later', async () => {
    const el = await mount<FrameProbe>(
      html`<frame-probe dek="The attribute's words"
        ><p slot="dek">The <a href="#x">slotted</a> standfirst</p></frame-probe
      >`,
    );
    const slot = $(el, 'slot[name=dek]') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => textOf(e))).to.deep.equal(['The slotted standfirst']);
    expect(shown(el.querySelector('[slot=dek]'))).to.equal(true);
    expect(await axeViolations(el)).to.deep.equal([]);

    const late = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    expect(shown($(late, '[part=dek]'))).to.equal(false);
    const p = document.createElement('p');
    p.slot = 'dek';
    p.textContent = 'Arrived later';
    late.append(p);
    await new Promise((r) => setTimeout(r, 0));
    await settle(late);
    expect(shown($(late, '[part=dek]'))).to.equal(true);
    expect(shown(p)).to.equal(true);
  });

  it('show-summary prints the summary under the title, and then it is no longer the description (not read twice)', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe show-summary></frame-probe>`);
    const summary = $(el, '[part=summary]')!;
    expect(shown(summary)).to.equal(true);
    expect(textOf(summary)).to.equal('The probe shows 4 events.');
    expect($(el, '[part=figure]')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('hide-summary leaves the summary out altogether, even with show-summary', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe hide-summary show-summary></frame-probe>`);
    expect($(el, '[part=summary]')).to.equal(null);
    expect($(el, '[part=figure]')!.hasAttribute('aria-describedby')).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('hide-title: no visible title and no heading in the outline, but the figure keeps it as its name', async () => {
    const el = await mount<FrameProbe>(
      html`<frame-probe hide-title hide-summary heading="The officers"></frame-probe>`,
    );
    const title = $(el, '[part=title]')!;
    expect(shown(title)).to.equal(false);
    expect(title.hidden).to.equal(true);
    const figure = $(el, '[part=figure]')!;
    expect(el.shadowRoot!.getElementById(figure.getAttribute('aria-labelledby')!)).to.equal(title);
    expect(textOf(title)).to.equal('The officers');
    // The graphic is the first thing in the frame: the head takes no space at all.
    const head = $(el, '[part=head]')!;
    expect(head.getBoundingClientRect().height).to.equal(0);
    expect(getComputedStyle(head).marginBottom).to.equal('0px');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('switches between the states when the attributes change', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    el.setAttribute('show-summary', '');
    await el.updateComplete;
    expect(shown($(el, '[part=summary]'))).to.equal(true);
    el.removeAttribute('show-summary');
    el.setAttribute('hide-title', '');
    await el.updateComplete;
    expect(shown($(el, '[part=summary]'))).to.equal(false);
    expect(shown($(el, '[part=title]'))).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});

describe('frame error state', () => {
  const broken = () => {
    const data = sample();
    data.events[0]!.category = 'nonsense' as never;
    return data;
  };

  it('keeps the title as a heading, says so neutrally, and shows the page’s own fallback with its sources link', async () => {
    const original = console.error;
    const logged: string[] = [];
    console.error = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    let el: FrameProbe;
    try {
      el = await mount<FrameProbe>(
        html`<frame-probe heading="The officers" heading-level="3" .data=${broken()}
          ><p>What happened to the officers. <a href="https://example.org/sources">Sources and data</a></p></frame-probe
        >`,
      );
    } finally {
      console.error = original;
    }
    const error = $(el, '[part=error]')!;
    const heading = error.querySelector('[role=heading]')!;
    expect(textOf(heading)).to.equal('The officers');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(shown(heading)).to.equal(true);
    expect(textOf(error.querySelector('.error-title'))).to.equal('This graphic could not be shown.');
    // Nothing a reader cannot act on: no field paths, no "problems".
    expect(textOf(error)).to.not.contain('events[0]');
    const slot = error.querySelector('slot:not([name])') as HTMLSlotElement;
    const fallback = slot.assignedElements()[0]!;
    expect(shown(fallback)).to.equal(true);
    expect(fallback.querySelector('a')!.href).to.equal('https://example.org/sources');
    expect(logged.length).to.equal(1);
    expect(logged[0]).to.contain('events[0].category');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('hides the fallback once the graphic is drawn', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe><p id="fb">Fallback text.</p></frame-probe>`);
    expect(shown(el.querySelector('#fb'))).to.equal(false);
  });
});
