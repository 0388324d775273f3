/**
 * "Show as table" readable at any width (issue #15): no word shredded letter by letter,
 * columns as wide as what they hold, a scrolling region when wide, and rows stacked as
 * label and value lines below about 480 px.
 */
import { expect, html } from '@open-wc/testing';
import { columnKinds } from '../../src/shared/table-view.js';
import type { DataTable } from '../../src/shared/downloads.js';
import { axeViolations, mount } from '../helpers.js';
import './frame-probe.js';
import type { FrameProbe } from './frame-probe.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** A table like the recommendations': a body, a long text, short statuses, a number. */
const recommendationsLike: DataTable = {
  caption: 'Recommendations',
  columns: ['Body', 'Recommendation', 'Accepted', 'Implemented', 'Number'],
  rows: Array.from({ length: 12 }, (_, i) => [
    i % 2 ? 'HMICFRS' : 'Independent Office for Police Conduct',
    'The Metropolitan Police Service should review how it investigates unexplained deaths, including the training of officers who attend them.',
    'Accepted',
    i % 3 ? 'Not known' : 'Claimed done',
    i + 1,
  ]),
};

/** Words split across lines in the text nodes under `root`: none when no word is shredded. */
function brokenWords(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const match of text.matchAll(/\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      // A word on one line has one box; one broken across lines has one per line.
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

/** How many lines an element's text takes. */
function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

async function openTable(el: FrameProbe, table: DataTable = recommendationsLike): Promise<HTMLTableElement> {
  el.customTable = table;
  el.requestUpdate();
  await el.updateComplete;
  $(el, '[part~=table-toggle]')!.click();
  await el.updateComplete;
  return $(el, '[part=table]') as HTMLTableElement;
}

describe('frame table', () => {
  it('columnKinds() tells numbers, short cells and prose apart (empty cells do not count)', () => {
    expect(columnKinds(recommendationsLike)).to.deep.equal(['long', 'long', 'short', 'short', 'number']);
    expect(
      columnKinds({
        caption: '',
        columns: ['a', 'b', 'c', 'd'],
        rows: [
          [1, null, 'x'.repeat(24), ''],
          [null, 'y', 'x'.repeat(25), ''],
        ],
      }),
    ).to.deep.equal(['number', 'short', 'long', 'short']);
    expect(columnKinds({ caption: '', columns: ['a'], rows: [] })).to.deep.equal(['short']);
  });

  for (const width of [481, 768, 1280]) {
    it(`at ${width} px breaks no word, keeps short cells on one line, and scrolls in its own region`, async () => {
      const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, width);
      const table = await openTable(el);
      expect(getComputedStyle(table).display).to.equal('table');
      expect(brokenWords(table)).to.deep.equal([]);
      for (const cell of $$(el, 'td.short, th.short, td.number'))
        expect(lineCount(cell), cell.textContent!).to.equal(1);
      const wrap = $(el, '[part=table-wrap]')!;
      expect(wrap.getAttribute('role')).to.equal('region');
      expect(wrap.getAttribute('tabindex')).to.equal('0');
      expect(getComputedStyle(wrap).overflowX).to.equal('auto');
      // Whatever the table needs, the page does not scroll sideways: the region does.
      expect(el.scrollWidth).to.be.at.most(width);
      // The prose column has room to be read: at least 16em of 14 px.
      const prose = $$(el, 'tbody td.long')[0]!;
      expect(prose.getBoundingClientRect().width).to.be.at.least(16 * 14 - 1);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  for (const width of [320, 375, 480]) {
    it(`at ${width} px stacks each row as label and value lines, breaking no word, short`, async () => {
      const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, width);
      const table = await openTable(el);
      expect(getComputedStyle(table).display).to.equal('block');
      const row = $$(el, 'tbody tr')[0]!;
      const cells = [...row.querySelectorAll('td')];
      expect(cells.map((c) => c.dataset.label)).to.deep.equal(['Recommendation', 'Accepted', 'Implemented', 'Number']);
      expect(getComputedStyle(cells[1]!, '::before').content).to.equal('"Accepted" / ""');
      // The label sits beside its value, on the value's first line.
      expect(getComputedStyle(cells[1]!).display).to.equal('grid');
      expect(brokenWords(table)).to.deep.equal([]);
      expect(el.scrollWidth).to.be.at.most(width);
      // A readable length: 12 rows of about 8 lines each, not a column a word wide.
      expect(table.getBoundingClientRect().height).to.be.below(12 * 260);
      // Still a table for screen readers: the roles are in the markup, the headers in the tree.
      expect(table.getAttribute('role')).to.equal('table');
      expect(row.getAttribute('role')).to.equal('row');
      expect(cells[0]!.getAttribute('role')).to.equal('cell');
      expect($$(el, 'thead th').map((th) => th.getAttribute('role'))).to.deep.equal(Array(5).fill('columnheader'));
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  }

  it('was shredded before: the same table under overflow-wrap: anywhere breaks words (the check can fail)', async () => {
    const el = await mount<FrameProbe>(html`<frame-probe></frame-probe>`, 600);
    const table = await openTable(el, {
      ...recommendationsLike,
      columns: [...recommendationsLike.columns, 'Extra', 'More', 'Yet more'],
      rows: recommendationsLike.rows.map((r) => [...r, 'Inspectorate', 'Metropolitan', 'Commissioner']),
    });
    // The frame's old rules, as they reached the table.
    const old = document.createElement('style');
    old.textContent =
      'table, th, td { overflow-wrap: anywhere !important; white-space: normal !important; min-width: 0 !important }';
    el.shadowRoot!.append(old);
    expect(brokenWords(table).length).to.be.greaterThan(0);
  });
});
