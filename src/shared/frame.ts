/**
 * The figure frame every graphic sits in: title, summary sentence, the graphic,
 * notes, source line, "Get the data" and "Show as table". Template functions only;
 * the element holds the state (FigureElement).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/types.js';
import type { Problem } from '../data/validate.js';
import { safeUrl } from '../data/urls.js';
import type { DataTable } from './downloads.js';
import { sourceName } from './citations.js';
import { strings } from './strings.js';

export interface FrameParts {
  heading: string;
  headingLevel: number;
  /** One sentence computed from the data: the entry point for screen-reader users. */
  summary: string;
  graphic: TemplateResult | typeof nothing;
  notes: readonly string[];
  sources: readonly Source[];
  /** A function is called only while the table is open. */
  table: DataTable | (() => DataTable);
  tableOpen: boolean;
  /** The first row a long table shows (see TABLE_PAGE), and what its page buttons call. */
  tableStart: number;
  onTablePage: (start: number) => void;
  onToggleTable: () => void;
  onDownload: (format: 'csv' | 'json') => void;
}

/** Heading levels outside 1–6 fall back to 2; the level is set with aria-level on a div. */
export function clampHeadingLevel(level: unknown): number {
  const n = Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

export function renderFrame(p: FrameParts): TemplateResult {
  return html`<figure class="frame" part="figure" aria-labelledby="title" aria-describedby="summary">
    <div class="head">
      <div id="title" class="title" part="title" role="heading" aria-level=${clampHeadingLevel(p.headingLevel)}>
        ${p.heading}
      </div>
      <p id="summary" class="summary" part="summary">${p.summary}</p>
    </div>
    <div class="graphic" part="graphic">${p.graphic}</div>
    ${p.tableOpen ? renderTable(tableOf(p.table), p.tableStart, p.onTablePage) : nothing}
    <figcaption class="foot" part="caption">
      ${
        p.notes.length
          ? html`<div class="notes" part="notes">
              <span class="label">${strings.notes}:</span>
              <ul>
                ${p.notes.map((note) => html`<li>${note}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${renderSourceLine(p.sources)}
      <div class="tools" part="tools">
        <button
          type="button"
          part="button table-toggle"
          aria-expanded=${p.tableOpen ? 'true' : 'false'}
          @click=${p.onToggleTable}
        >
          ${p.tableOpen ? strings.hideTable : strings.showTable}
        </button>
        <span class="get" role="group" aria-label=${strings.getTheData}>
          <span aria-hidden="true">${strings.getTheData}:</span>
          <button type="button" part="button download" @click=${() => p.onDownload('csv')}>
            <span class="visually-hidden">${strings.getTheData} as </span>${strings.downloadCsv}
          </button>
          <button type="button" part="button download" @click=${() => p.onDownload('json')}>
            <span class="visually-hidden">${strings.getTheData} as </span>${strings.downloadJson}
          </button>
        </span>
      </div>
    </figcaption>
  </figure>`;
}

/** The table itself, built now if it was given as a function. */
export function tableOf(table: DataTable | (() => DataTable)): DataTable {
  return typeof table === 'function' ? table() : table;
}

/**
 * Up to this many rows a table shows them all, as before: the bundled data's longest has
 * 44, and <recommendation-status>'s tests rely on 500 synthetic rows all being listed.
 */
const TABLE_ALL = 500;
/**
 * Rows a longer table shows at a time. Each row is ~31 nodes: a newsroom's 10,000 timeline
 * events added 310,000 nodes and froze the page for 6–11 s; issue #8 bounds the DOM at
 * 10,000 items. Pages replace each other, so the table never holds more than this.
 */
export const TABLE_PAGE = 100;

/**
 * The table itself; a long one, a page of rows from row `at`, under which a line says which
 * rows of how many it shows, with buttons for the pages either side. The line is a status
 * region: a page button changes it, so it is announced. The downloads stay whole.
 */
export function renderTable(table: DataTable, at: number, onPage: (start: number) => void): TemplateResult {
  const total = table.rows.length;
  const paged = total > TABLE_ALL;
  // Back to the first page if a filter has shortened the table since.
  const start = paged && at < total ? at : 0;
  const end = paged ? Math.min(total, start + TABLE_PAGE) : total;
  const pageButton = (to: number, label: string) =>
    html`<button type="button" part="button table-page" @click=${() => onPage(to)}>${label}</button>`;
  return html`<div class="table-wrap" part="table-wrap" role="region" aria-label=${table.caption} tabindex="0">
      <table part="table">
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            ${table.columns.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${table.rows.slice(start, end).map(
            (row, r) =>
              html`<tr>
                ${row.map((cell, i) =>
                  i === 0
                    ? // The first row's header takes focus after a page button (FigureElement).
                      html`<th scope="row" tabindex=${paged && !r ? -1 : nothing}>${cell ?? ''}</th>`
                    : html`<td>${cell ?? ''}</td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${
      paged
        ? html`<p class="tools" part="table-pager">
            <span role="status">${strings.tableRange(start + 1, end, total)}.</span>
            ${start ? pageButton(start - TABLE_PAGE, strings.tablePrevious(TABLE_PAGE)) : nothing}
            ${end < total ? pageButton(end, strings.tableNext(Math.min(TABLE_PAGE, total - end))) : nothing}
          </p>`
        : nothing
    }`;
}

/** Up to this many sources are listed inline; more fold into a list the reader opens. */
const INLINE_SOURCES = 3;

export function renderSourceLine(sources: readonly Source[]): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const label = html`<span class="label">${sources.length === 1 ? strings.source : strings.sources}:</span>`;
  if (sources.length <= INLINE_SOURCES) {
    return html`<p class="sources" part="sources">
      ${label} ${sources.map((s, i) => html`${i > 0 ? '; ' : ''}${sourceLink(s)}`)}
    </p>`;
  }
  return html`<details class="sources" part="sources">
    <summary>${label} ${sourceTeaser(sources)}</summary>
    <ul>
      ${sources.map((s) => html`<li>${sourceLink(s)}</li>`)}
    </ul>
  </details>`;
}

/** "Police Oracle, LBC, BBC News and 34 more": the first publishers, each named once. */
export function sourceTeaser(sources: readonly Source[]): string {
  const names = [...new Set(sources.map(sourceName))];
  const shown = names.slice(0, INLINE_SOURCES);
  const rest = sources.length - sources.filter((s) => shown.includes(sourceName(s))).length;
  return rest > 0 ? strings.moreSources(shown.join(', '), rest) : shown.join(', ');
}

/**
 * A source's name, linked only when its URL is a web address (validate() already insists),
 * and then to the parsed, normalised URL: the address checked is the address followed.
 */
export function sourceLink(source: Source): TemplateResult {
  const name = source.publisher ? `${source.publisher}, “${source.title}”` : `“${source.title}”`;
  const href = source.url ? safeUrl(source.url) : null;
  return href ? html`<a href=${href} rel="noopener noreferrer">${name}</a>` : html`${name}`;
}

export function renderError(heading: string, problems: readonly Problem[]): TemplateResult {
  return html`<div class="error" part="error" role="alert">
    <p class="error-title"><strong>${strings.errorTitle}</strong>${heading ? html` (${heading})` : nothing}</p>
    <p>${strings.errorIntro}</p>
    <ul>
      ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
  </div>`;
}

export function renderLoading(): TemplateResult {
  return html`<p class="loading" part="loading" role="status">${strings.loading}</p>`;
}
