/** A table as plain values: what "Show as table" renders and "Get the data" writes as CSV. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * RFC 4180 CSV, written so that no spreadsheet runs a cell as a formula, whatever the data
 * says (OWASP's CSV injection guidance): every text cell is quoted, quotes inside are
 * doubled, and a text cell that could start a formula gets a leading apostrophe, which
 * spreadsheets show as text. Numbers are written as numbers.
 *
 * Quoting is not enough for a spreadsheet that splits on another character: one that
 * splits this comma-separated file on semicolons (the default where the decimal mark is a
 * comma) honours a quote only at the start of its own cells, so `x;=1+1` inside a later
 * cell still becomes a cell `=1+1` there. So a formula start after a character some reader
 * may split on (, ; | tab, a line break) gets an apostrophe as well.
 */
export function toCsv(table: DataTable): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map(csvCell).join(',');
  return [line(table.columns), ...table.rows.map(line)].join('\r\n') + '\r\n';
}

/**
 * First characters that can start a formula: `= + - @`, their full-width forms (which
 * some spreadsheets read as the ASCII ones), and anything a spreadsheet may skip before
 * one: whitespace (tab, CR, LF, space, no-break space…), NUL and other control and
 * format characters (a zero-width space, a byte-order mark, a bidi isolate).
 */
const FORMULA_START = /^[=+\-@\uff1d\uff0b\uff0d\uff20\s\p{Cc}\p{Cf}]/u;

/** A formula start after a character some reader may split cells on, with what it may skip first. */
const FORMULA_AFTER_SPLIT = /([,;|\t\r\n][\s"\p{Cc}\p{Cf}]*)(?=[=+\-@\uff1d\uff0b\uff0d\uff20])/gu;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = (FORMULA_START.test(value) ? `'${value}` : value).replace(FORMULA_AFTER_SPLIT, "$1'");
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Saves text as a file built in memory: no request leaves the page. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
