/**
 * "Show as table" with many rows (issue #8): past a few hundred rows the table shows a
 * page of 100 at a time, every row reachable by its buttons; the downloads stay whole.
 * The thresholds are the shared pager's (src/shared/pager.ts, issue #15).
 */
import { expect, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { DatasetPart } from '../../src/data/validate.js';
import { FigureElement, type FigureContent } from '../../src/shared/figure-element.js';
import { safeDefine } from '../../src/shared/define.js';
import { setStrings, strings } from '../../src/shared/strings.js';
import { sample } from '../fixtures/sample.js';
import { manyEvents } from '../fixtures/many.js';
import '../../src/case-timeline/case-timeline.js';
import { axeViolations, mount, textOf } from '../helpers.js';

/** A figure whose table has `rowCount` rows, "Row 1" to "Row n": the frame's table alone. */
class RowsFigure extends FigureElement<'events'> {
  protected readonly loader = this.createDatasetController(['events'], () => sample());
  rowCount = 10_000;
  /** Which rows the table holds, as an element's filter would say (FigureContent.tableKey). */
  rowKey = 'all';
  protected get defaultHeading() {
    return 'Rows figure';
  }
  protected content(data: DatasetPart<'events'>): FigureContent {
    const n = this.rowCount;
    return {
      heading: 'Rows figure',
      summary: `${n} rows.`,
      graphic: litHtml`<p>Graphic.</p>`,
      notes: [],
      sources: data.sources,
      tableKey: `${this.rowKey} ${n}`,
      table: () => ({
        caption: 'Numbered rows',
        columns: ['Row', 'Value'],
        rows: Array.from({ length: n }, (_, i) => [`Row ${i + 1}`, i + 1]),
      }),
    };
  }
}
safeDefine('rows-figure', RowsFigure);

const shadow = (el: Element) => el.shadowRoot!;
const bodyRows = (el: Element) => [...shadow(el).querySelectorAll('[part=table] tbody tr')];
const firstCells = (el: Element) => bodyRows(el).map((tr) => textOf(tr.firstElementChild));
const status = (el: Element) => shadow(el).querySelector('[part=table-pager] [role=status]');
const pageButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~=table-page]')];
const nextButton = (el: Element) => pageButtons(el).find((b) => textOf(b).startsWith('Show the next'));
const previousButton = (el: Element) => pageButtons(el).find((b) => textOf(b).startsWith('Show the previous'));

async function openTable(el: RowsFigure | HTMLElement): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
  await (el as RowsFigure).updateComplete;
}

async function press(el: RowsFigure, button: HTMLButtonElement | undefined): Promise<void> {
  expect(button, 'page button').to.not.equal(undefined);
  button!.click();
  await el.updateComplete;
  // showRows() moves focus after the update it waits for.
  await new Promise((r) => setTimeout(r, 0));
}

/** Captures the text of the next file the frame saves (download() builds it as a Blob). */
async function savedText(el: HTMLElement, format: 'csv' | 'json'): Promise<string> {
  const original = URL.createObjectURL;
  let blob: Blob | undefined;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return original.call(URL, b);
  };
  try {
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~=download]')];
    buttons[format === 'csv' ? 0 : 1]!.click();
    // The downloads' code may still be loading (table-loader.ts): updateComplete waits for it.
    await (el as RowsFigure).updateComplete;
  } finally {
    URL.createObjectURL = original;
  }
  expect(blob, 'a file was saved').to.not.equal(undefined);
  return blob!.text();
}

describe('table alternative with many rows', () => {
  it('shows the first 100 of 10,000 rows, says how many there are, and is axe clean', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    await openTable(el);
    expect(shadow(el).querySelectorAll('tr').length).to.equal(101);
    expect(firstCells(el)).to.deep.equal(Array.from({ length: 100 }, (_, i) => `Row ${i + 1}`));
    const table = shadow(el).querySelector('[part=table]')!;
    expect(textOf(table.querySelector('caption'))).to.equal('Numbered rows');
    expect(table.querySelectorAll('thead th').length).to.equal(2);
    expect(textOf(status(el))).to.equal('Rows 1 to 100 of 10,000.');
    expect(pageButtons(el).map(textOf)).to.deep.equal(['Show the next 100 rows']);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it("says the range and the buttons in the page's own words when set by setStrings (the built-in ones come with the table view)", async () => {
    expect(strings.tableRange, 'not in the shared chunk').to.equal(undefined);
    setStrings({
      tableRange: (from, to, total) => `Lignes ${from} à ${to} sur ${total}`,
      tableNext: (n) => `Les ${n} suivantes`,
    });
    try {
      const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
      await openTable(el);
      expect(textOf(status(el))).to.equal('Lignes 1 à 100 sur 10000.');
      expect(pageButtons(el).map(textOf)).to.deep.equal(['Les 100 suivantes']);
    } finally {
      setStrings({ tableRange: undefined, tableNext: undefined });
    }
  });

  it('moves focus to the first row shown and announces the new range after a page button', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    await openTable(el);
    // The status line is in place before the press, so the change in it is announced.
    const live = status(el)!;
    await press(el, nextButton(el));
    expect(status(el)).to.equal(live);
    expect(textOf(live)).to.equal('Rows 101 to 200 of 10,000.');
    const focused = shadow(el).activeElement!;
    expect(focused.localName).to.equal('th');
    expect(textOf(focused)).to.equal('Row 101');
    expect(bodyRows(el).length).to.equal(100);
    expect(pageButtons(el).map(textOf)).to.deep.equal(['Show the previous 100 rows', 'Show the next 100 rows']);
    expect(await axeViolations(el)).to.deep.equal([]);

    await press(el, previousButton(el));
    expect(textOf(status(el))).to.equal('Rows 1 to 100 of 10,000.');
    expect(textOf(shadow(el).activeElement)).to.equal('Row 1');
    expect(previousButton(el)).to.equal(undefined);
  });

  it('reaches every row through the pager, never holding more than 100, and back', async function () {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    el.rowCount = 10_050;
    await openTable(el);
    const seen = [...firstCells(el)];
    let most = bodyRows(el).length;
    for (let button = nextButton(el); button; button = nextButton(el)) {
      await press(el, button);
      seen.push(...firstCells(el));
      most = Math.max(most, bodyRows(el).length);
    }
    expect(most).to.equal(100);
    expect(seen.length).to.equal(10_050);
    expect(seen.every((text, i) => text === `Row ${i + 1}`)).to.equal(true);
    expect(textOf(status(el))).to.equal('Rows 10,001 to 10,050 of 10,050.');
    let presses = 0;
    for (let button = previousButton(el); button; button = previousButton(el), presses++) await press(el, button);
    expect(presses).to.equal(100);
    expect(firstCells(el)[0]).to.equal('Row 1');
  });

  it('names the last page by what it adds ("Show the next 1 row")', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    el.rowCount = 501;
    await openTable(el);
    for (let i = 0; i < 4; i++) await press(el, nextButton(el));
    expect(pageButtons(el).map(textOf)).to.deep.equal(['Show the previous 100 rows', 'Show the next 1 row']);
    await press(el, nextButton(el));
    expect(firstCells(el)).to.deep.equal(['Row 501']);
    expect(textOf(status(el))).to.equal('Rows 501 to 501 of 501.');
  });

  it('pages a table only past SHOW_ALL_UP_TO (300) rows, as every list does: up to that, every row and no pager', async () => {
    for (const [n, paged] of [
      [44, false],
      [300, false],
      [301, true],
    ] as const) {
      const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
      el.rowCount = n;
      await openTable(el);
      expect(bodyRows(el).length, `${n}`).to.equal(paged ? 100 : n);
      expect(shadow(el).querySelector('[part=table-pager]') !== null, `${n}`).to.equal(paged);
      expect(shadow(el).querySelector('[part=table] [tabindex]') !== null, `${n}`).to.equal(paged);
      expect(textOf(shadow(el).querySelector('caption')), `${n}`).to.equal('Numbered rows');
    }
  });

  it('keeps its page when closed and opened, and starts again when the table gets shorter than it', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    await openTable(el);
    for (let i = 0; i < 7; i++) await press(el, nextButton(el));
    expect(firstCells(el)[0]).to.equal('Row 701');
    await openTable(el);
    expect(shadow(el).querySelector('table')).to.equal(null);
    await openTable(el);
    expect(firstCells(el)[0]).to.equal('Row 701');
    el.rowCount = 650;
    el.requestUpdate();
    await el.updateComplete;
    expect(firstCells(el)[0]).to.equal('Row 1');
    expect(textOf(status(el))).to.equal('Rows 1 to 100 of 650.');
  });

  it('starts again at the first page when its rows change, and stays there when they change back', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    await openTable(el);
    for (let i = 0; i < 9; i++) await press(el, nextButton(el));
    expect(firstCells(el)[0]).to.equal('Row 901');
    el.rowKey = 'filtered';
    el.rowCount = 950;
    el.requestUpdate();
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Rows 1 to 100 of 950.');
    el.rowKey = 'all';
    el.rowCount = 10_000;
    el.requestUpdate();
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Rows 1 to 100 of 10,000.');
  });

  it('keeps its page while its rows stay the same, whatever else re-renders', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    await openTable(el);
    for (let i = 0; i < 3; i++) await press(el, nextButton(el));
    el.requestUpdate();
    await el.updateComplete;
    expect(textOf(status(el))).to.equal('Rows 301 to 400 of 10,000.');
  });

  it('downloads every row as CSV whatever page the table shows', async () => {
    const el = await mount<RowsFigure>(html`<rows-figure></rows-figure>`);
    await openTable(el);
    await press(el, nextButton(el));
    const lines = (await savedText(el, 'csv')).trimEnd().split('\r\n');
    expect(lines.length).to.equal(10_001);
    expect(lines[0]).to.equal('"Row","Value"');
    expect(lines[10_000]).to.equal('"Row 10000",10000');
  });
});

describe('<case-timeline> table with 10,000 events', () => {
  it('opens with one page of rows, and its CSV and JSON hold every event', async function () {
    const el = await mount<HTMLElement>(html`<case-timeline .data=${manyEvents(10_000)}></case-timeline>`, 360);
    await openTable(el);
    expect(shadow(el).querySelectorAll('[part=table] tr').length).to.equal(101);
    expect(textOf(shadow(el).querySelector('[part=table-pager] [role=status]'))).to.equal('Rows 1 to 100 of 10,000.');
    const csv = (await savedText(el, 'csv')).trimEnd().split('\r\n');
    expect(csv.length).to.equal(10_001);
    const json = JSON.parse(await savedText(el, 'json')) as { events: unknown[] };
    expect(json.events.length).to.equal(10_000);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
