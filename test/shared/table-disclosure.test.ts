/**
 * "Show as table" as a disclosure (WAI-ARIA APG): the table follows its toggle in reading
 * order, the pressed toggle stays on screen, Tab from it reaches the table before leaving
 * the figure, and nothing is announced besides the toggle's own state. Narrow, each stacked
 * row's label and value lines line up. Two graphics' table regions have different names.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/case-timeline/case-timeline.js';
import '../../src/officer-outcomes/officer-outcomes.js';
import '../../src/recommendation-status/recommendation-status.js';
import { axeViolations, inViewport, mount, settle, watchAnnouncements } from '../helpers.js';
import './frame-probe.js';
import type { FrameProbe } from './frame-probe.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** Page content after the graphic, as a story has: the page does not end with the graphic. */
const storyAfter = html`<div style="height: 6000px"></div>`;

const graphics = [
  { tag: 'officer-outcomes', width: 375, mount: () => html`<officer-outcomes></officer-outcomes>${storyAfter}` },
  { tag: 'case-timeline', width: 320, mount: () => html`<case-timeline></case-timeline>${storyAfter}` },
  {
    tag: 'recommendation-status',
    width: 320,
    mount: () => html`<recommendation-status></recommendation-status>${storyAfter}`,
  },
];

describe('"Show as table" is a disclosure: the table follows its toggle', () => {
  for (const g of graphics) {
    it(`<${g.tag}> at ${g.width} px: Enter on the toggle keeps it focused and on screen; Tab reaches the table next after the downloads; nothing is announced`, async () => {
      const el = await mount(g.mount(), g.width);
      const toggle = $(el, '[part~=table-toggle]')!;
      toggle.scrollIntoView({ block: 'center' });
      toggle.focus();
      const live = watchAnnouncements(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      live.stop();
      const wrap = $(el, '[part=table-wrap]')!;
      expect(wrap, 'the table is open').to.not.equal(null);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(el)).to.equal(toggle);
      // Before: the table went in above the toggle and pushed it thousands of pixels down.
      expect(inViewport(toggle), `the toggle at ${Math.round(toggle.getBoundingClientRect().top)} px`).to.equal(true);
      expect(toggle.compareDocumentPosition(wrap) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      // The toggle's new state is what a screen reader says: the live region adds nothing.
      expect(live.said).to.deep.equal([]);
      // Tab: CSV, JSON, then the table's scrolling region (before: past the table, out of the figure).
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(el)?.getAttribute('part') ?? String(focused(el)));
      }
      expect(order).to.deep.equal(['button download', 'button download', 'table-wrap']);
    });
  }

  it('pressing "Hide table" keeps the toggle focused where it was', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>${storyAfter}`, 320);
    const toggle = $(el, '[part~=table-toggle]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const top = toggle.getBoundingClientRect().top;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '[part=table-wrap]')).to.equal(null);
    expect(focused(el)).to.equal(toggle);
    expect(toggle.getBoundingClientRect().top).to.equal(top);
  });
});

/** Where a cell's value text starts (its ::before label is not in the DOM, so not in the range). */
function valueLeft(cell: Element): number {
  const range = document.createRange();
  range.selectNodeContents(cell);
  const first = [...range.getClientRects()].find((r) => r.width > 0);
  return Math.round(first!.left - cell.getBoundingClientRect().left);
}

describe('the stacked table (narrow): label and value lines line up', () => {
  for (const g of graphics)
    for (const width of [320, 375]) {
      it(`<${g.tag}> at ${width} px: every label starts at the row's edge and every value in one column`, async () => {
        const el = await mount(g.mount(), width);
        $(el, '[part~=table-toggle]')!.click();
        await settle(el);
        const shown = $$(el, 'tbody td').filter((td) => getComputedStyle(td).display !== 'none');
        expect(shown.length).to.be.greaterThan(0);
        expect(getComputedStyle(shown[0]!).display).to.equal('grid');
        // Before: a number column kept text-align: end, so the officers' "Officers" label sat
        // mid-row and its "7" at the far edge.
        const labels = new Set(shown.map((td) => getComputedStyle(td, '::before').textAlign));
        expect([...labels]).to.deep.equal(['start']);
        const lefts = new Set(shown.map(valueLeft));
        expect([...lefts], shown.map((td) => `${td.dataset.label}: ${valueLeft(td)}`).join('; ')).to.have.length(1);
        // Nothing sticks out of its row.
        for (const td of shown) expect(td.scrollWidth, td.dataset.label).to.be.at.most(td.clientWidth + 1);
      });
    }
});

describe('the table region is named after its graphic', () => {
  it('two graphics on one page with their tables open: different region names, and axe finds no landmark-unique', async () => {
    const both = await mount<HTMLDivElement>(
      html`<div>
        <frame-probe heading="Officers: the first story"></frame-probe>
        <frame-probe heading="Officers: the second story"></frame-probe>
      </div>`,
      600,
    );
    const probes = [...both.querySelectorAll('frame-probe')];
    for (const probe of probes) {
      $(probe, '[part~=table-toggle]')!.click();
      await settle(probe);
    }
    // Named by each graphic's own title (aria-labelledby: the title in the same shadow root).
    const names = probes.map((p) => {
      const wrap = $(p, '[part=table-wrap]')!;
      return wrap
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => p.shadowRoot!.getElementById(id)!.textContent!.trim())
        .join(' ');
    });
    expect(names).to.deep.equal(['Officers: the first story', 'Officers: the second story']);
    // The table itself keeps its caption as its name.
    expect($(probes[0]!, 'caption')!.textContent!.trim()).to.equal('Events');
    expect(await axeViolations(both)).to.deep.equal([]);
  });

  it('one graphic: its region is named by its title, hidden or not', async () => {
    const el = await mount(html`<officer-outcomes hide-title></officer-outcomes>`, 600);
    $(el, '[part~=table-toggle]')!.click();
    await settle(el);
    const wrap = $(el, '[part=table-wrap]')!;
    expect(wrap.getAttribute('aria-labelledby')).to.equal('title');
    const title = el.shadowRoot!.getElementById('title')!;
    expect(title.hidden).to.equal(true);
    expect(title.textContent!.trim()).to.equal('What happened to the officers investigated');
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
