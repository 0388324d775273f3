/**
 * On any page (issue #15): transparent on the page's background unless a theme is set,
 * light unless the page asks for dark (theme="dark", or theme="auto" to follow the
 * reader's system), and forced colours winning over every theme. The reader's system
 * setting and forced colours are emulated through the DevTools protocol.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resolveTheme } from '../../src/shared/theme.js';
import { axeViolations, emulateMediaFeatures, mount, settle } from '../helpers.js';
import './frame-probe.js';
import '../../src/case-timeline/case-timeline.js';
import type { FrameProbe } from './frame-probe.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 21, 21)';
const INK = 'rgb(27, 27, 27)';
const DARK_INK = 'rgb(240, 240, 240)';

/** The colour a system colour keyword resolves to in this browser now. */
async function systemColour(keyword: string): Promise<string> {
  const probe = await fixture<HTMLSpanElement>(
    html`<span style="forced-color-adjust: none; color: ${keyword}">x</span>`,
  );
  return getComputedStyle(probe).color;
}

/** A probe painted with a theme token, opting out of the browser's own forced colours: what the tokens resolve to. */
function tokenProbe(el: Element, token: string): HTMLElement {
  const probe = document.createElement('span');
  probe.textContent = 'probe';
  probe.style.setProperty('forced-color-adjust', 'none');
  probe.style.setProperty('color', `var(${token})`);
  el.shadowRoot!.append(probe);
  return probe;
}

describe('theme', () => {
  afterEach(() => emulateMediaFeatures());

  it('by default is transparent on the page, unpadded, with light ink, even when the reader’s system is dark', async () => {
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
    const page = await fixture<HTMLDivElement>(
      html`<div style="background: rgb(250, 240, 200); width: 600px"><frame-probe></frame-probe></div>`,
    );
    const el = page.querySelector('frame-probe')!;
    await settle(el);
    expect(el.hasAttribute('data-pcv-theme')).to.equal(false);
    expect(getComputedStyle(el).backgroundColor).to.equal(TRANSPARENT);
    expect(getComputedStyle($(el, '[part=figure]')).backgroundColor).to.equal(TRANSPARENT);
    expect(getComputedStyle(el).paddingTop).to.equal('0px');
    expect(getComputedStyle($(el, '[part=title]')).color).to.equal(INK);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('theme="dark" paints a dark surface with inner padding, whatever the reader’s system', async () => {
    await emulateMediaFeatures({ 'prefers-color-scheme': 'light' });
    const el = await mount<FrameProbe>(html`<frame-probe theme="dark"></frame-probe>`);
    expect(el.getAttribute('data-pcv-theme')).to.equal('dark');
    expect(getComputedStyle(el).backgroundColor).to.equal(DARK);
    expect(getComputedStyle(el).padding).to.equal('16px');
    expect(getComputedStyle($(el, '[part=title]')).color).to.equal(DARK_INK);
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('theme="light" paints a white surface with inner padding', async () => {
    await emulateMediaFeatures({ 'prefers-color-scheme': 'dark' });
    const el = await mount<FrameProbe>(html`<frame-probe theme="light"></frame-probe>`);
    expect(getComputedStyle(el).backgroundColor).to.equal(WHITE);
    expect(getComputedStyle(el).padding).to.equal('16px');
    expect(getComputedStyle($(el, '[part=title]')).color).to.equal(INK);
  });

  it('theme="auto" on an ancestor follows the reader’s system: the page opted in', async () => {
    for (const [scheme, surface, ink] of [
      ['light', WHITE, INK],
      ['dark', DARK, DARK_INK],
    ] as const) {
      await emulateMediaFeatures({ 'prefers-color-scheme': scheme });
      const wrapper = await mount<HTMLElement>(html`<section theme="auto"><frame-probe></frame-probe></section>`);
      const el = wrapper.querySelector<FrameProbe>('frame-probe')!;
      await settle(el);
      expect(el.getAttribute('data-pcv-theme')).to.equal('auto');
      expect(getComputedStyle(el).backgroundColor, scheme).to.equal(surface);
      expect(getComputedStyle($(el, '[part=title]')).color, scheme).to.equal(ink);
      expect(await axeViolations(el), scheme).to.deep.equal([]);
    }
  });

  it('resolveTheme() reads the nearest theme attribute; an unknown value sets none', async () => {
    const tree = await fixture<HTMLElement>(
      html`<div theme="dark">
        <p theme="Auto"><span id="a"></span></p>
        <p theme="blue"><span id="b"></span></p>
      </div>`,
    );
    expect(resolveTheme(tree.querySelector('#a')!)).to.equal('auto');
    expect(resolveTheme(tree.querySelector('#b')!)).to.equal(null);
    expect(resolveTheme(tree)).to.equal('dark');
    expect(resolveTheme(document.body)).to.equal(null);
  });

  describe('forced colours', () => {
    // Each combination that once kept its own palette: the theme rules outweighed the
    // forced-colours rule on specificity (`:host([data-pcv-theme='dark'])` against `:host`).
    const cases = [
      { name: 'no theme, light contrast theme', attrs: '', scheme: 'light' },
      { name: 'no theme, dark contrast theme', attrs: '', scheme: 'dark' },
      { name: 'theme="dark"', attrs: 'dark', scheme: 'light' },
      { name: 'theme="dark", dark contrast theme', attrs: 'dark', scheme: 'dark' },
      { name: 'theme="auto", dark contrast theme', attrs: 'auto', scheme: 'dark' },
      { name: 'theme="light", dark contrast theme', attrs: 'light', scheme: 'dark' },
    ];
    for (const c of cases)
      it(`every token is a system colour: ${c.name}`, async () => {
        await emulateMediaFeatures({ 'forced-colors': 'active', 'prefers-color-scheme': c.scheme });
        expect(matchMedia('(forced-colors: active)').matches, 'emulated').to.equal(true);
        const el = await mount<FrameProbe>(
          c.attrs ? html`<frame-probe theme=${c.attrs}></frame-probe>` : html`<frame-probe></frame-probe>`,
        );
        const [canvasText, canvas, linkText, highlight] = await Promise.all(
          ['CanvasText', 'Canvas', 'LinkText', 'Highlight'].map(systemColour),
        );
        expect(canvasText).to.not.equal(canvas);
        const expected: [string, string][] = [
          ['--_ink', canvasText!],
          ['--_muted', canvasText!],
          ['--_bad', canvasText!],
          ['--_surface', canvas!],
          ['--_link', linkText!],
          ['--_focus', highlight!],
        ];
        for (const [token, colour] of expected)
          expect(getComputedStyle(tokenProbe(el, token)).color, `${c.name}: ${token}`).to.equal(colour);
        expect(await axeViolations(el)).to.deep.equal([]);
      });
  });

  // Only the timeline draws categories, so their tokens are its own (case-timeline.styles.ts),
  // resolved by the same four rules as the shared ones.
  describe("the timeline's category colours", () => {
    const LIGHT = ['rgb(179, 38, 30)', INK]; // police failure #b3261e, death #1b1b1b
    const NIGHT = ['rgb(255, 138, 128)', DARK_INK]; // #ff8a80, #f0f0f0
    const FORCED = ['CanvasText', 'CanvasText'];
    const cases: { name: string; attrs: string; media: Record<string, string>; colours: string[] }[] = [
      { name: 'no theme, dark system', attrs: '', media: { 'prefers-color-scheme': 'dark' }, colours: LIGHT },
      { name: 'theme="dark"', attrs: 'dark', media: {}, colours: NIGHT },
      { name: 'theme="auto", dark system', attrs: 'auto', media: { 'prefers-color-scheme': 'dark' }, colours: NIGHT },
      { name: 'theme="auto", light system', attrs: 'auto', media: { 'prefers-color-scheme': 'light' }, colours: LIGHT },
      { name: 'no theme, forced colours', attrs: '', media: { 'forced-colors': 'active' }, colours: FORCED },
      {
        name: 'theme="dark", dark forced colours',
        attrs: 'dark',
        media: { 'forced-colors': 'active', 'prefers-color-scheme': 'dark' },
        colours: FORCED,
      },
      {
        name: 'theme="auto", dark forced colours',
        attrs: 'auto',
        media: { 'forced-colors': 'active', 'prefers-color-scheme': 'dark' },
        colours: FORCED,
      },
    ];
    for (const c of cases)
      it(`${c.name}: ${c.colours.join(', ')}`, async () => {
        await emulateMediaFeatures(c.media);
        const el = await mount(
          c.attrs
            ? html`<case-timeline loading="eager" theme=${c.attrs}></case-timeline>`
            : html`<case-timeline loading="eager"></case-timeline>`,
        );
        const expected = await Promise.all(c.colours.map((k) => (k === 'CanvasText' ? systemColour(k) : k)));
        const seen = ['--_cat-police-failure', '--_cat-death'].map(
          (token) => getComputedStyle(tokenProbe(el, token)).color,
        );
        expect(seen, c.name).to.deep.equal(expected);
      });
  });
});
