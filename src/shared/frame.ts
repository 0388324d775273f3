/**
 * The figure frame every graphic sits in, as a news desk frames a graphic (Reuters'
 * GraphicBlock): a short title and a one-sentence standfirst (dek) set by the page, the
 * graphic, then a quiet footer: notes, the source line, and "Show as table · CSV · JSON"
 * (the buttons are here; the table and the downloads load on first use: table-view.ts).
 * The computed summary is the figure's accessible description, and visible text only
 * when the page asks. Template functions only; the element holds the state (FigureElement).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source, SourceKind } from '../data/types.js';
import type { Problem } from '../data/validate.js';
import { safeUrl } from '../data/urls.js';
import { sourceLabel, sourceName } from './citations.js';
import { strings } from './strings.js';

/**
 * What the computed summary is in the figure: `description`, its accessible description
 * only (read once, when a screen reader enters the figure; not in the reading order);
 * `visible`, a paragraph under the title, read in order (and then no description, or it
 * would be read twice); `none`, not there at all (the story around it says it).
 */
export type SummaryMode = 'description' | 'visible' | 'none';

/** What the page set on the element: the title, the standfirst and how the summary shows. */
export interface FrameHead {
  heading: string;
  headingLevel: number;
  /** The title is not shown (nor in the outline): the story has its own headline. The figure keeps it as its name. */
  hideTitle: boolean;
  /** The standfirst set by the `dek` attribute, or null. */
  dek: string | null;
  /** Whether the page put a `slot="dek"` child in the element (it then wins over the attribute). */
  dekSlotted: boolean;
  summaryMode: SummaryMode;
}

export interface FrameParts extends FrameHead {
  /** One sentence computed from the data: the entry point for screen-reader users. */
  summary: string;
  graphic: TemplateResult | typeof nothing;
  notes: readonly string[];
  /** When the data was last checked, written by the element ("Data as of November 2023"), or undefined. */
  asOf?: string | undefined;
  sources: readonly Source[];
  /** Whether the reader opened the table: the toggle's state and words. */
  tableOpen: boolean;
  /**
   * The open table (table-view.ts renderTable), or nothing. The table view loads on first
   * use (table-loader.ts), so the element renders it and the frame only places it.
   */
  tableView: TemplateResult | typeof nothing;
  onToggleTable: () => void;
  onDownload: (format: 'csv' | 'json') => void;
  /** Whether closed <details> hold their content yet (FigureElement.unfolded), and what fills them at once. */
  unfolded: boolean;
  onUnfold: () => void;
  /** The graphic's live region (Announcer.region()), kept in one place across renders. */
  liveRegion: TemplateResult | typeof nothing;
}

/** Heading levels outside 1–6 fall back to 2; the level is set with aria-level on a div. */
export function clampHeadingLevel(level: unknown): number {
  const n = Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

/**
 * The open table comes after the footer's "Hide table · CSV · JSON", not above it (WAI-ARIA
 * APG's disclosure pattern: what a button reveals follows it in reading order). Above it, a
 * press pushed the focused button thousands of pixels down, out of sight (over 5,000 px for
 * the officers' table at 320 px), and the next Tab skipped the table. After it, the button stays
 * where the reader's eyes are, its aria-expanded says what changed (so nothing is announced
 * besides: it would be said twice), and reading on, or Tab past CSV and JSON, enters the
 * table. The downloads stay on the toggle's line, where a graphics desk puts them.
 */
export function renderFrame(p: FrameParts): TemplateResult {
  return html`<figure
    class="frame"
    part="figure"
    aria-labelledby="title"
    aria-describedby=${p.summaryMode === 'description' ? 'summary' : nothing}
  >
    ${renderHead(p)}
    <div class="graphic" part="graphic">${p.graphic}</div>
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
      ${p.asOf ? html`<p class="as-of" part="as-of">${p.asOf}</p>` : nothing}
      ${renderSourceLine(p.sources, p.unfolded, p.onUnfold)}
      <p class="tools" part="tools">
        <button
          type="button"
          class="link"
          part="button table-toggle"
          aria-expanded=${p.tableOpen ? 'true' : 'false'}
          @click=${p.onToggleTable}
        >
          ${p.tableOpen ? strings.hideTable : strings.showTable}</button
        ><span class="sep" aria-hidden="true">·</span
        ><button type="button" class="link" part="button download" @click=${() => p.onDownload('csv')}>
          <span class="visually-hidden">${strings.getTheData} as </span>${strings.downloadCsv}</button
        ><span class="sep" aria-hidden="true">·</span
        ><button type="button" class="link" part="button download" @click=${() => p.onDownload('json')}>
          <span class="visually-hidden">${strings.getTheData} as </span>${strings.downloadJson}
        </button>
      </p>
    </figcaption>
    ${p.tableView} ${p.liveRegion}
  </figure>`;
}

/**
 * Title, standfirst and (when asked for) the summary. The title stays in the DOM when
 * hidden: the figure is named by it (aria-labelledby reads hidden elements). The dek
 * slot is always rendered, so a `slot="dek"` child added later shows (slotchange).
 */
export function renderHead(p: FrameHead & { summary: string }): TemplateResult {
  const hasDek = p.dekSlotted || !!p.dek;
  return html`<div class="head" part="head">
    ${renderTitle(p)}
    <div class="dek" part="dek" ?hidden=${!hasDek}><slot name="dek">${p.dek ?? nothing}</slot></div>
    ${
      p.summaryMode === 'none'
        ? nothing
        : html`<p id="summary" class="summary" part="summary" ?hidden=${p.summaryMode !== 'visible'}>${p.summary}</p>`
    }
  </div>`;
}

function renderTitle(p: Pick<FrameHead, 'heading' | 'headingLevel' | 'hideTitle'>): TemplateResult {
  return html`<div
    id="title"
    class="title"
    part="title"
    role="heading"
    aria-level=${clampHeadingLevel(p.headingLevel)}
    ?hidden=${p.hideTitle}
  >
    ${p.heading}
  </div>`;
}

/** Up to this many sources are listed inline; more fold into a list the reader opens. */
const INLINE_SOURCES = 3;

/**
 * The order a source line names sources in: the official record first (the IOPC,
 * HMICFRS, the coroner and the courts: what the graphic's facts rest on), then the
 * press, then the rest (lawyers' and campaigners' statements, copies). Within a rank,
 * the dataset's order.
 */
const SOURCE_RANK: Record<SourceKind, number> = { official: 0, court: 0, news: 1, legal: 2, campaign: 2, other: 2 };

export function officialFirst(sources: readonly Source[]): Source[] {
  return sources
    .map((source, i) => ({ source, i }))
    .sort((a, b) => (SOURCE_RANK[a.source.kind] ?? 2) - (SOURCE_RANK[b.source.kind] ?? 2) || a.i - b.i)
    .map((s) => s.source);
}

/**
 * The source line: "Sources: " and the sources, official ones first. More than three
 * fold into a disclosure whose name is the same line with the first publishers
 * ("Sources: Independent Office for Police Conduct, HMICFRS, BBC News and 30 more").
 * The space after the colon is part of the text, not of the markup around it, so no
 * minifier can take it out of the accessible name.
 */
export function renderSourceLine(
  sources: readonly Source[],
  unfolded = true,
  onUnfold?: () => void,
): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  const ordered = officialFirst(sources);
  const label = html`<span class="label">${sources.length === 1 ? strings.source : strings.sources}:</span>`;
  if (sources.length <= INLINE_SOURCES) {
    return html`<p class="sources" part="sources">
      ${label}${' '}${ordered.map((s, i) => html`${i > 0 ? '; ' : ''}${sourceLink(s)}`)}
    </p>`;
  }
  // Folded, the list is filled a moment after the graphic (FigureElement.unfolded).
  return html`<details class="sources" part="sources" @click=${onUnfold}>
    <summary>${label}${` ${sourceTeaser(ordered)}`}</summary>
    ${
      unfolded
        ? html`<ul>
            ${ordered.map((s) => html`<li>${sourceLink(s)}</li>`)}
          </ul>`
        : nothing
    }
  </details>`;
}

/** "Police Oracle, LBC, BBC News and 34 more": the first publishers, each named once, in the order given. */
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
  const name = sourceLabel(source);
  const href = source.url ? safeUrl(source.url) : null;
  return href ? html`<a href=${href} rel="noopener noreferrer">${name}</a>` : html`${name}`;
}

/**
 * The error state as readers see it: the title, still a heading in the page's outline
 * (unless the page hid it for its own), a neutral sentence, and the page's own fallback
 * content (the default slot: what readers without JavaScript see, with its sources link).
 * The problems, by field path, went to the console (DatasetController); a page shows them
 * here too with `show-problems` (an editor's preview, the demo's editor view).
 */
export function renderError(
  head: Pick<FrameHead, 'heading' | 'headingLevel' | 'hideTitle'>,
  problems: readonly Problem[],
  showProblems: boolean,
): TemplateResult {
  return html`<div class="error" part="error">
    ${renderTitle(head)}
    <p class="error-title">${strings.errorTitle}</p>
    <div class="fallback" part="fallback"><slot></slot></div>
    ${
      showProblems
        ? html`<div class="problems" part="problems">
            <p>${strings.errorIntro}</p>
            <ul>
              ${problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
            </ul>
          </div>`
        : nothing
    }
  </div>`;
}

export function renderLoading(): TemplateResult {
  return html`<p class="loading" part="loading" role="status">${strings.loading}</p>`;
}
