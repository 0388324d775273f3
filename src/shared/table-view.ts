/**
 * The table view and the downloads: "Show as table · CSV · JSON" in the frame's footer.
 * Most readers never press them, so this module loads on first use (table-loader.ts) or in
 * idle time after a graphic has rendered; in the script-tag build it is a chunk of its own,
 * with its styles and the CSV writer, outside the frame chunk every page downloads.
 */
import { adoptStyles, html, nothing, supportsAdoptingStyleSheets, type CSSResult, type TemplateResult } from 'lit';
import { download, toCsv, type DataTable } from './downloads.js';
import { renderPager, pageWindow, type PageWindow, type PagerOptions } from './pager.js';
import { formatCount } from './numbers.js';
import { strings, type TableStrings } from './strings.js';
import { tableStyles } from './table-view.styles.js';

export { tableStyles };

/**
 * The table pages as every list does (pager.ts), one page at a time: a table is read
 * row by row, and each page replaces the last so it never holds more than one.
 */
export const TABLE_PAGER: PagerOptions = { keep: 1 };

/** The built-in words of strings.ts's TableStrings: a page's own in `strings` win. */
const tableWords: Required<TableStrings> = {
  tableRange: (from, to, total) => `Rows ${formatCount(from)} to ${formatCount(to)} of ${formatCount(total)}`,
  tableNext: (n) => `Show the next ${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`,
  tablePrevious: (n) => `Show the previous ${formatCount(n)} rows`,
};

/** The table itself, built now if it was given as a function. */
export function tableOf(table: DataTable | (() => DataTable)): DataTable {
  return typeof table === 'function' ? table() : table;
}

/**
 * How a column reads, from its cells, so the table can give it a sensible width instead
 * of the same share for a date as for a paragraph: `number` (numbers only, aligned to
 * the end), `short` (no cell longer than SHORT_CELL characters: kept on one line, so
 * "19 June 2014" or "Police failure" never wraps), `long` (prose: given room to read).
 */
export type ColumnKind = 'number' | 'short' | 'long';
export const SHORT_CELL = 24;

export function columnKinds(table: DataTable): ColumnKind[] {
  return table.columns.map((_, i) => {
    let numbers = true;
    let longest = 0;
    for (const row of table.rows) {
      const cell = row[i];
      if (cell === null || cell === undefined || cell === '') continue;
      if (typeof cell !== 'number') numbers = false;
      longest = Math.max(longest, String(cell).length);
    }
    return numbers && longest > 0 ? 'number' : longest <= SHORT_CELL ? 'short' : 'long';
  });
}

/**
 * The table. Wide enough, it is a table in a scrolling region, each column as wide as
 * its kind needs (words are never broken inside: no "Deat h"); narrower than about
 * 480 px (a container query in table-view.styles.ts), each row stacks as label and value
 * lines. Explicit table roles keep it a table for screen readers when stacked, which
 * changes the cells' display. A long table shows a page of rows from `window`, with
 * the pager line under it; the downloads stay whole.
 *
 * The scrolling region is a landmark, named by the graphic's title (the frame's `#title`,
 * which stays in the DOM when hidden), not by the table's caption: two timelines on one page
 * share a caption ("Timeline events"), and landmarks of the same name cannot be told apart
 * (axe's landmark-unique), while a page gives each graphic its own heading. The table inside
 * keeps the caption as its name, so a screen reader says both: the graphic, then the table.
 */
export function renderTable(
  table: DataTable,
  window: PageWindow | null,
  onPage: (window: PageWindow) => void,
): TemplateResult {
  const total = table.rows.length;
  const shown = pageWindow(total, window, -1, TABLE_PAGER);
  const paged = shown.end - shown.start < total;
  const kinds = columnKinds(table);
  return html`<div class="table-wrap" part="table-wrap" role="region" aria-labelledby="title" tabindex="0">
      <table part="table" role="table">
        <caption>
          ${table.caption}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            ${table.columns.map((c, i) => html`<th scope="col" role="columnheader" class=${kinds[i]!}>${c}</th>`)}
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${table.rows.slice(shown.start, shown.end).map(
            (row, r) =>
              html`<tr role="row">
                ${row.map((cell, i) =>
                  i === 0
                    ? // The first row's header takes focus after a page button (FigureElement).
                      html`<th scope="row" role="rowheader" class=${kinds[i]!} tabindex=${paged && !r ? -1 : nothing}>
                        ${cell ?? ''}
                      </th>`
                    : html`<td role="cell" class=${kinds[i]!} data-label=${table.columns[i] ?? ''}>${cell ?? ''}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${renderPager(
      shown,
      total,
      {
        range: strings.tableRange ?? tableWords.tableRange,
        next: strings.tableNext ?? tableWords.tableNext,
        previous: strings.tablePrevious ?? tableWords.tablePrevious,
      },
      (row) => onPage(pageWindow(total, shown, row, TABLE_PAGER)),
      { line: 'table-pager', button: 'button table-page' },
      TABLE_PAGER,
    )}`;
}

/** "Get the data: CSV": the whole table (every row, whatever page it shows), as `<name>.csv`. */
export function saveCsv(name: string, table: DataTable | (() => DataTable)): void {
  download(`${name}.csv`, toCsv(tableOf(table)), 'text/csv;charset=utf-8');
}

/**
 * "Get the data: JSON": `value` as `<name>.json`. A value that cannot be written (a cycle
 * in a page's object) is reported on the console, and nothing is saved.
 */
export function saveJson(name: string, value: unknown): void {
  let json: string;
  try {
    json = JSON.stringify(value, null, 2);
  } catch (error) {
    console.error(`port-case-viz <${name}>: the data could not be saved as JSON (${String(error)}).`);
    return;
  }
  download(`${name}.json`, json, 'application/json');
}

const styled = new WeakSet<Node>();

/**
 * Adds the table's styles to an element's shadow root, once, just after `frame` (the
 * frame's styles, where the table's stood when they were part of them): the element's own
 * styles, after the frame's, still come after and win, and any other sheet stays where it
 * is. A browser without adoptable style sheets gets them as a <style> (Lit's fallback).
 */
export function addTableStyles(root: HTMLElement | DocumentFragment, frame: CSSResult): void {
  if (styled.has(root) || !(root instanceof ShadowRoot)) return;
  styled.add(root);
  if (!supportsAdoptingStyleSheets) return adoptStyles(root, [tableStyles]);
  const sheets = root.adoptedStyleSheets;
  const at = sheets.indexOf(frame.styleSheet!) + 1 || sheets.length;
  root.adoptedStyleSheets = [...sheets.slice(0, at), tableStyles.styleSheet!, ...sheets.slice(at)];
}
