/** A table as plain values: what "Show as table" renders and "Get the data" writes as CSV. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
}

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ first)
 * get a leading apostrophe, so a downloaded file can never execute anything.
 */
export function toCsv(table: DataTable): string {
  const line = (cells: readonly (string | number | null)[]) => cells.map(csvCell).join(',');
  return [line(table.columns), ...table.rows.map(line)].join('\r\n') + '\r\n';
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
