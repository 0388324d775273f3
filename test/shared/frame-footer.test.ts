/**
 * The quiet footer (issue #15): "Show as table · CSV · JSON" as small links on one line,
 * and a source line that leads with the official record, at 12 px or more.
 */
import { expect, html } from '@open-wc/testing';
import type { Source } from '../../src/data/types.js';
import { officialFirst, sourceTeaser } from '../../src/shared/frame.js';
import { sample } from '../fixtures/sample.js';
import { axeViolations, mount, textOf } from '../helpers.js';
import './frame-probe.js';
import type { FrameProbe } from './frame-probe.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const px = (node: Element) => parseFloat(getComputedStyle(node).fontSize);

const source = (id: string, kind: Source['kind'], publisher: string): Source => ({
  id,
  kind,
  publisher,
  title: `${publisher} title`,
  date: null,
  url: `https://example.org/${id}`,
});

/** Seven sources in the dataset's order, the official ones last. */
const mixed = [
  source('n1', 'news', 'BBC News'),
  source('l1', 'legal', 'Hudgell Solicitors'),
  source('n2', 'news', 'ITV News'),
  source('o1', 'official', 'Independent Office for Police Conduct'),
  source('c1', 'court', 'High Court'),
  source('o2', 'official', 'HMICFRS'),
  source('x1', 'other', 'Wikipedia'),
];

describe('frame footer', () => {
  it('puts "Show as table · CSV · JSON" on one line at 320 px, as small named targets of at least 24 px', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 320);
    const tools = $(el, '[part=tools]')!;
    const buttons = $$(el, '[part=tools] button');
    // What the eye reads (the visually hidden words are for screen readers).
    const seen = [...tools.children].map((child) => textOf(child).replace(/^Get the data as /, ''));
    expect(seen).to.deep.equal(['Show as table', '·', 'CSV', '·', 'JSON']);
    const tops = buttons.map((b) => Math.round(b.getBoundingClientRect().top));
    expect(new Set(tops).size, 'one line').to.equal(1);
    for (const b of buttons) {
      const box = b.getBoundingClientRect();
      expect(box.height).to.be.at.least(24);
      expect(box.width).to.be.at.least(24);
      expect(px(b)).to.be.at.least(12);
    }
    // Each download says what it does to a screen reader, and its visible word is in its name.
    const names = buttons.slice(1).map((b) => textOf(b));
    expect(names).to.deep.equal(['Get the data as CSV', 'Get the data as JSON']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('keeps the notes, as-of line and sources at 12 px or more, even when the page sets a small font', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe style="--pcv-font-size: 10px"></frame-probe>`);
    el.asOf = 'Data as of 16 November 2023.';
    el.requestUpdate();
    await el.updateComplete;
    for (const part of ['notes', 'as-of', 'sources', 'tools'])
      expect(px($(el, `[part=${part}]`)!), part).to.be.at.least(12);
    expect(textOf($(el, '[part=as-of]'))).to.equal('Data as of 16 November 2023.');
  });

  it('has no as-of line unless the graphic gives one', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`);
    expect($(el, '[part=as-of]')).to.equal(null);
  });

  it('officialFirst() leads with the official record and the courts, then the press, then the rest, each in data order', () => {
    expect(officialFirst(mixed).map((s) => s.id)).to.deep.equal(['o1', 'c1', 'o2', 'n1', 'n2', 'l1', 'x1']);
    expect(officialFirst([])).to.deep.equal([]);
  });

  it('sourceTeaser() names the first publishers once, in the order given', () => {
    expect(sourceTeaser(officialFirst(mixed))).to.equal(
      'Independent Office for Police Conduct, High Court, HMICFRS and 4 more',
    );
    expect(sourceTeaser([mixed[0]!, mixed[0]!, mixed[2]!])).to.equal('BBC News, ITV News');
  });

  it('folds many sources into a disclosure named "Sources: …", official ones first, with the space', async () => {
    const data = sample();
    data.sources = mixed;
    data.events.forEach((e, i) => (e.citations = [{ source: mixed[i % mixed.length]!.id, quote: 'q' }]));
    const el = await mount<FrameProbe>(html`<frame-probe .data=${data}></frame-probe>`);
    const summary = $(el, 'details[part=sources] summary')!;
    // The exact text, spaces and all (not folded): the accessible name is built from it.
    expect(summary.textContent!.replace(/\s*\n\s*/g, '')).to.equal(
      'Sources: Independent Office for Police Conduct, High Court, HMICFRS and 4 more',
    );
    const links = $$(el, 'details[part=sources] li a').map((a) => textOf(a));
    expect(links[0]).to.contain('Independent Office for Police Conduct');
    expect(links[links.length - 1]).to.contain('Wikipedia');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('lists up to three sources inline, official first', async () => {
    const data = sample();
    const el = await mount<FrameProbe>(html`<frame-probe .data=${data}></frame-probe>`);
    expect(textOf($(el, 'p[part=sources]'))).to.equal(
      'Sources: “An undated report”; Example News, “An example article”',
    );
  });
});
