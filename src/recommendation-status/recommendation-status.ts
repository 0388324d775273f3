import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate } from '../data/dates.js';
import type { Citation, Recommendation, Source, StatusAssessment } from '../data/types.js';
import type { DatasetPart } from '../data/validate.js';
import {
  bundledRecommendationSets,
  bundledRecommendations,
  bundledRecommendationSources,
} from '../data/display-dataset.js';
import { wholeBundledRecommendations } from '../data/recommendation-details.js';
import { saidByText, sourcesCitedBy } from '../shared/citations.js';
import { safeDefine } from '../shared/define.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { sourceLink } from '../shared/frame.js';
import { formatCount } from '../shared/numbers.js';
import { pageWindow, renderPager, type PageWindow } from '../shared/pager.js';
import {
  CORE_COLUMNS,
  DIMENSIONS,
  STATUS_KEYS,
  columnOf,
  madeOn,
  recommendationModel,
  setModels,
  type CellEvidence,
  type Dimension,
  type FacetOption,
  type ListSet,
  type RecommendationFilter,
  type RecommendationModel,
  type SetModel,
  type StatusKey,
} from './recommendation-status.model.js';
import { matrixLayout, LIST_PAGER, pageOfList, type MatrixLayout } from './recommendation-status.layout.js';
import { recommendationStatusStyles } from './recommendation-status.styles.js';
import { recommendationTable } from './recommendation-status.table.js';
import { recommendationStatusStrings as t } from './recommendation-status.strings.js';
import { strings } from '../shared/strings.js';

type Sections = 'recommendationSets' | 'recommendations';

/** What `pcv-filter` carries: the filter as the reader left it. */
export interface RecommendationFilterDetail {
  /** The `id` of the recommendation set shown, or null for every body. */
  set: string | null;
  /** That set's body, for convenience. */
  body: string | null;
  /** A theme, `"(none)"` for recommendations with no theme, or null for every theme. */
  theme: string | null;
  /** `"acceptance:<value>"` or `"implementation:<value>"`, or null for any status. */
  status: StatusKey | null;
  query: string;
  /** How many recommendations and concerns match (a search matches only those with a text). */
  matching: number;
}

/** `pcv-filter`, typed for `addEventListener` through the global event maps below. */
export type RecommendationFilterEvent = CustomEvent<RecommendationFilterDetail>;

/** Screen readers hear the result count after the reader pauses this long (ms), not per keystroke. */
const ANNOUNCE_DELAY = 500;

/** Everything render() maps to markup, computed in willUpdate(). */
interface View {
  model: RecommendationModel;
  matrix: MatrixLayout;
  page: PageWindow;
  /** The sets with a text on this page, cut to it. */
  pageSets: ListSet[];
  /** One line each, under the list: the sets with matching items that have no text (none while searching). */
  notListed: ListSet[];
  /** Bodies on this page whose texts are only as the sources name them: said once, above the list. */
  namedOnly: string[];
  /** Whether the list shows its controls, and the line saying what a filter or search shows. */
  controls: boolean;
  result: string;
  summary: string;
}

/**
 * What is recorded of the recommendations (and a coroner's matters of concern, named and
 * counted apart) made after the Stephen Port murders: a compact matrix, one row per issuing
 * body, of how many the sources record as accepted, claimed done and verified done, and
 * how many have no status in the sources, with explicit zeros; then the texts the sources
 * give, and one line per body for the rest (not published by the body, or not in the
 * sources consulted).
 *
 * @tagname recommendation-status
 * @summary Recommendations and concerns by issuing body: accepted, claimed done, verified done or not known, and texts missing.
 *
 * @fires {RecommendationFilterEvent} pcv-filter - When a reader changes a filter or the search (never for a property the page set).
 *   `detail`: `{set, body, theme, status, query, matching}`. Bubbles and is composed.
 *
 * @csspart matrix - The matrix of counts (an ARIA table laid out as a grid).
 * @csspart row - One issuing body's row of the matrix.
 * @csspart cell - One count in the matrix (`data-column` names its column).
 * @csspart key - The line under the matrix defining each column.
 * @csspart figure-notes - The folded notes on the matrix: who says so, the count and the missing texts, body by body.
 * @csspart list - The list of texts.
 * @csspart filters - The filter and search controls (only for a list longer than one page).
 * @csspart result-count - The line saying what the filter or search shows.
 * @csspart set - One issuing body in the list.
 * @csspart recommendation - One recommendation or concern with its text.
 * @csspart status - A status in words (a set's shared status, or an item's own).
 * @csspart evidence - An item's notes and sources.
 * @csspart pager - The line under a long list: which texts it shows, with its buttons.
 * @csspart page - The previous and next buttons of the list's pager (also `button`).
 * @csspart not-listed - One line per body for the recommendations whose texts are not listed, and why.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pcv-color-verified-complete - The one accent: a count of recommendations verified done.
 */
export class RecommendationStatus extends FigureElement<Sections> {
  static override styles = [...FigureElement.styles, recommendationStatusStyles];

  // Drawn at once from the bundled sections' outline; the words of the folded notes and the
  // table (each note and quote) arrive a moment later, in a chunk of their own.
  protected readonly loader = this.createDatasetController(
    ['recommendationSets', 'recommendations'],
    () => ({
      sources: bundledRecommendationSources,
      recommendationSets: bundledRecommendationSets,
      recommendations: bundledRecommendations,
    }),
    () =>
      wholeBundledRecommendations().then((whole) => ({
        sources: bundledRecommendationSources,
        ...whole,
      })),
  );

  /** The first text the list shows (pages of PAGE_SIZE). */
  @state() private listWindow: PageWindow | null = null;
  /** What the live region says: the count once the reader pauses, or the page shown. */

  /** Shows one issuing body in the list: the `id` of a recommendation set. Unset shows all. */
  @property({ attribute: 'filter-body', reflect: true }) filterBody: string | null = null;

  /** Shows one theme in the list (`"(none)"` for those with no theme). Unset shows all. */
  @property({ attribute: 'filter-theme', reflect: true }) filterTheme: string | null = null;

  /** Shows one status in the list, e.g. `implementation:claimed-complete` or `acceptance:unknown`. Unset shows any. */
  @property({ attribute: 'filter-status', reflect: true }) filterStatus: string | null = null;

  /** Searches the texts the sources give, with their themes, owners and bodies (every word must appear). */
  @property() search = '';

  #view: View | null = null;
  /** Caches, each kept while what it is made from stays the same object. */
  #setsFor: { data: unknown; sets: SetModel[]; matrix: MatrixLayout } | null = null;
  #modelFor: { sets: SetModel[]; key: string; model: RecommendationModel } | null = null;
  #sourcesFor: { data: unknown; cited: readonly Source[]; byId: ReadonlyMap<string, Source> } | null = null;

  protected override readonly labelKey = 'recommendations' as const;

  protected get defaultHeading(): string {
    return t.heading;
  }

  /** The filter the list shows, from the properties (unknown values are ignored). */
  get filter(): RecommendationFilter {
    const status = STATUS_KEYS.includes(this.filterStatus as StatusKey) ? (this.filterStatus as StatusKey) : null;
    return {
      set: this.filterBody || null,
      theme: this.filterTheme || null,
      status,
      query: this.search ?? '',
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#prepare();
  }

  /**
   * Counts again only when the data changed, filters again only when the filter changed;
   * a page, a resize or a theme change reuses both.
   */
  #prepare(): void {
    const loaded = this.loader.state;
    if (loaded.status !== 'ready') {
      this.#view = null;
      return;
    }
    // The data whole once it is (the bundled details arrive a moment after the graphic:
    // DatasetController.whole), the same records with their notes and quotes.
    const data = this.loader.whole ?? loaded.data;
    if (this.#setsFor?.data !== data) {
      const sets = setModels(data);
      this.#setsFor = { data, sets, matrix: matrixLayout(sets) };
    }
    const { sets, matrix } = this.#setsFor;
    const filter = this.filter;
    const key = JSON.stringify(filter);
    if (this.#modelFor?.sets !== sets || this.#modelFor.key !== key) {
      // A new filter (or new data) starts the list at its first page.
      if (this.#modelFor) this.listWindow = null;
      this.#modelFor = { sets, key, model: recommendationModel(data, filter, sets) };
    }
    const model = this.#modelFor.model;
    const { list, controls } = model;
    const page = pageWindow(list.matchingTexts, this.listWindow, -1, LIST_PAGER);
    const pageSets = pageOfList(list.sets, page);
    this.#view = {
      model,
      matrix,
      page,
      pageSets,
      notListed: list.searching ? [] : list.sets.filter((s) => s.missing > 0),
      namedOnly: pageSets.filter((s) => !s.model.set.textsPublished).map((s) => s.model.set.body),
      controls: controls.search || controls.body || controls.theme || controls.status,
      result: resultText(model),
      summary: t.summary(model.summary),
    };
  }

  // ---- handlers: only a reader's action lands here, so only these fire pcv-filter ----

  #readerChanged(change: Partial<Pick<this, 'filterBody' | 'filterTheme' | 'filterStatus' | 'search'>>): void {
    Object.assign(this, change);
    // Count now so the event reports what the reader is about to see.
    this.#prepare();
    const filter = this.filter;
    const model = this.#view?.model;
    const detail: RecommendationFilterDetail = {
      set: filter.set,
      body: model?.sets.find((s) => s.set.id === filter.set)?.set.body ?? null,
      theme: filter.theme,
      status: filter.status,
      query: filter.query,
      matching: model?.list.matching ?? 0,
    };
    this.dispatchEvent(new CustomEvent('pcv-filter', { detail, bubbles: true, composed: true }));
    // Said once the reader pauses: a newer change within ANNOUNCE_DELAY replaces it.
    this.announcer.announce(this.#view?.result ?? '', { after: ANNOUNCE_DELAY });
  }

  #onSelect(field: 'filterBody' | 'filterTheme' | 'filterStatus', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.#readerChanged({ [field]: value === '' ? null : value });
  }

  #onSearch(event: Event): void {
    this.#readerChanged({ search: (event.target as HTMLInputElement).value });
  }

  #onClear(): void {
    this.#readerChanged({ filterBody: null, filterTheme: null, filterStatus: null, search: '' });
    this.renderRoot.querySelector<HTMLElement>('[part=filters] select, [part=filters] input')?.focus();
  }

  /** A page button: the reader reads on at the first text of the new page (the pager line says the range). */
  async #showPage(index: number): Promise<void> {
    this.listWindow = pageWindow(this.#view!.model.list.matchingTexts, this.listWindow, index, LIST_PAGER);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part=recommendation]')?.focus();
  }

  // ---- render ----

  protected content(data: DatasetPart<Sections>): FigureContent {
    const view = this.#view!;
    const { model } = view;
    if (this.#sourcesFor?.data !== data) {
      const cited = sourcesCitedBy(data.sources, recommendationCitations(data));
      this.#sourcesFor = { data, cited, byId: new Map(data.sources.map((s) => [s.id, s])) };
    }
    const { cited, byId } = this.#sourcesFor;
    return {
      heading: t.heading,
      summary: view.summary,
      graphic:
        model.total === 0
          ? html`<p class="empty" part="empty">${t.empty}</p>`
          : html`<div class="rs">${this.#renderMatrix(view, byId)} ${this.#renderList(view, byId)}</div>`,
      // The notes on the counts and the texts are folded under the matrix, body by body.
      notes: [],
      sources: cited,
      // Built only when the reader opens the table or downloads the CSV.
      table: () => recommendationTable(model.sets, (this.loader.whole ?? data).recommendations, data.sources),
      tableKey: model.sets,
    };
  }

  #renderMatrix(view: View, byId: ReadonlyMap<string, Source>): TemplateResult {
    const { columns, rows } = view.matrix;
    return html`<section class="matrix-section">
      <div class="sub" id="m-h" role="heading" aria-level=${this.subheadingLevel}>${t.matrixHeading}</div>
      <div
        class="matrix cols-${columns.length}${columns.length > CORE_COLUMNS.length ? ' many' : ''}"
        part="matrix"
        role="table"
        aria-labelledby="m-h"
      >
        <div class="mrow mhead" role="row">
          <span class="corner" role="columnheader">${t.bodyColumn}</span>
          ${columns.map((c) => html`<span class="colhead" role="columnheader" data-column=${c}>${t.column[c]}</span>`)}
        </div>
        ${rows.map(
          ({ model: s, cells }) =>
            html`<div class="mrow" role="row" part="row" data-set=${s.set.id}>
              <span class="rowhead" role="rowheader"
                ><strong>${s.set.body}</strong
                ><span class="row-detail">
                  · ${t.rowCount(s.total, s.set.kind, s.set.countCaveat ?? null)}<span class="when"
                    >, ${madeOn(s.set)}</span
                  >${acceptedBy(s)}</span
                ></span
              >
              ${cells.map(
                (c) =>
                  html`<span class="cell ${c.mark}" role="cell" part="cell" data-column=${c.column}
                    ><span class="label" aria-hidden="true">${t.column[c.column]}</span
                    ><span class="num">${formatCount(c.count)}</span></span
                  >`,
              )}
            </div>`,
        )}
      </div>
      <p class="key" part="key">
        ${columns.map((c) => html`<span><b>${t.column[c]}</b>: ${t.definition[c]}.</span> `)}${t.countingRule}${
          view.model.hasConcerns ? ` ${t.concernsRule}` : ''
        }
      </p>
      ${this.#renderFigureNotes(
        rows.map((r) => r.model),
        byId,
      )}
    </section>`;
  }

  /**
   * What a folded part holds once it is filled (FigureElement.unfolded): its notes and sources,
   * from the data whole; until the bundled details have arrived, a line saying they are on
   * their way (or that they could not load).
   */
  #folded(content: () => unknown): unknown {
    if (!this.unfolded) return nothing;
    if (this.loader.whole) return content();
    return html`<p class="quiet">${this.loader.pending ? strings.detailsLoading : t.detailsUnavailable}</p>`;
  }

  /** Who says so, the count, the missing texts and the deadline, body by body, folded. */
  #renderFigureNotes(sets: readonly SetModel[], byId: ReadonlyMap<string, Source>): TemplateResult | typeof nothing {
    if (!sets.length) return nothing;
    const blocks = this.#folded(() =>
      sets.map((s) => {
        const set = s.set;
        const missing = set.textsMissing && (s.textless > 0 || !set.textsPublished) ? set.textsMissing : null;
        return html`<div class="fn-set">
          <p><b>${set.body}</b>: ${set.title}, ${madeOn(set)}.</p>
          ${quotes(set.citations.slice(0, 1), byId)} ${set.countNote ? html`<p>${set.countNote}</p>` : nothing}
          ${s.evidence.map((e) => evidenceBlock(e, byId, set.citations[0]))}
          ${s.unlisted ? html`<p>${t.unlisted(s.unlisted)}</p>` : nothing}
          ${missing ? html`${missing.note ? html`<p>${missing.note}</p>` : nothing}${quotes(missing.citations.slice(0, 1), byId)}` : nothing}
          ${set.responseDue ? clock(set.responseDue, byId) : nothing}
        </div>`;
      }),
    );
    return html`<details class="figure-notes" part="figure-notes" @click=${this.unfold}>
      <summary>${t.notesHeading}</summary>
      ${blocks}
    </details>`;
  }

  #renderList(view: View, byId: ReadonlyMap<string, Source>): TemplateResult {
    const { model, page, pageSets, notListed, namedOnly, controls } = view;
    const { list } = model;
    return html`<section class="list" part="list">
      <div class="sub" role="heading" aria-level=${this.subheadingLevel}>${t.listHeading}</div>
      ${namedOnly.length ? html`<p class="list-meta">${t.namedOnly(namedOnly)}</p>` : nothing}
      ${controls ? this.#renderControls(model) : nothing}
      ${
        controls || list.filtered
          ? html`<div class="result">
              <p part="result-count">${view.result}</p>
              ${list.filtered ? html`<button type="button" @click=${this.#onClear}>${t.clearFilters}</button>` : nothing}
            </div>`
          : nothing
      }
      ${pageSets.map((s) => this.#renderListSet(s, byId))}
      ${renderPager(
        page,
        list.matchingTexts,
        t,
        (index) => void this.#showPage(index),
        { line: 'pager', button: 'button page' },
        LIST_PAGER,
      )}
      ${
        notListed.length
          ? html`<ul class="not-listed" part="not-listed">
              ${notListed.map(
                (s) =>
                  html`<li>
                    ${t.missingLine(s.model.set.body, s.missing, s.model.set.kind, s.model.reason, s.model.texts.length > 0 && !list.filtered)}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #renderControls(model: RecommendationModel): TemplateResult {
    const filter = this.filter;
    const { facets, controls } = model;
    // An option that would show nothing is left out, unless it is the one chosen.
    const options = (list: readonly FacetOption[], chosen: string | null, prefix = '') =>
      list
        .filter((o) => o.count > 0 || o.value === chosen)
        .map(
          (o) =>
            html`<option value=${o.value} ?selected=${o.value === chosen}>
              ${prefix}${o.label} (${formatCount(o.count)})
            </option>`,
        );
    /** A menu of one filter: its "any" choice first, then `choices`. */
    const menu = (
      field: 'filterBody' | 'filterTheme' | 'filterStatus',
      id: string,
      label: string,
      any: string,
      chosen: string | null,
      choices: unknown,
    ) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => this.#onSelect(field, e)}>
          <option value="" ?selected=${chosen === null}>${any}</option>
          ${choices}
        </select>
      </div>`;
    return html`<fieldset class="filters" part="filters">
      <legend>${t.filters}</legend>
      ${
        controls.search
          ? html`<div class="field search">
              <label for="f-search">${t.search}</label>
              <input id="f-search" type="search" autocomplete="off" .value=${filter.query} @input=${this.#onSearch} />
            </div>`
          : nothing
      }
      ${
        controls.body
          ? menu('filterBody', 'f-body', t.filterBody, t.any, filter.set, options(facets.sets, filter.set))
          : nothing
      }
      ${
        controls.theme
          ? menu('filterTheme', 'f-theme', t.filterTheme, t.any, filter.theme, options(facets.themes, filter.theme))
          : nothing
      }
      ${
        controls.status
          ? menu(
              'filterStatus',
              'f-status',
              t.filterStatus,
              t.anyStatus,
              filter.status,
              DIMENSIONS.map(
                (d) =>
                  html`<optgroup label=${t.dimension[d]}>
                    ${options(
                      facets.statuses.filter((o) => o.value.startsWith(`${d}:`)),
                      filter.status,
                      `${t.dimension[d]}: `,
                    )}
                  </optgroup>`,
              ),
            )
          : nothing
      }
    </fieldset>`;
  }

  #renderListSet(s: ListSet, byId: ReadonlyMap<string, Source>): TemplateResult {
    const { set, texts, total } = s.model;
    return html`<section class="set" part="set" data-set=${set.id}>
      <div class="set-head" role="heading" aria-level=${Math.min(6, this.subheadingLevel + 1)}>
        ${t.setHeading(set.body, texts.length, total, set.kind)}
      </div>
      ${
        s.shared
          ? html`<p class="shared" part="status" data-status=${columnOf(s.shared.acceptance, s.shared.implementation)}>
              ${t.sharedStatus(texts.length, statusWords(s.shared.acceptance, s.shared.implementation))}
            </p>`
          : nothing
      }
      <ol class="items">
        ${s.items.map((rec) => this.#renderItem(rec, s.shared !== null))}
      </ol>
      <details part="evidence" @click=${this.unfold}>
        <summary>${t.evidence(s.items.length)}</summary>
        ${this.#folded(() => s.items.map((rec) => itemEvidence(rec, s.items.length > 1, byId)))}
      </details>
    </section>`;
  }

  #renderItem(rec: Recommendation, shared: boolean): TemplateResult {
    const column = columnOf(rec.acceptance.value, rec.implementation.value);
    return html`<li class="rec" part="recommendation" data-id=${rec.id} tabindex="-1">
      <p class="rec-text">${rec.number === null ? nothing : html`<b>${t.number(rec.number)}</b> `}${rec.text}</p>
      ${
        shared
          ? nothing
          : html`<p class="rec-status ${column === 'verified' ? 'evidence' : ''}" part="status" data-status=${column}>
              ${statusWords(rec.acceptance.value, rec.implementation.value, rec)}.
            </p>`
      }
    </li>`;
  }
}

// ---- small template helpers ----

/** What the list's result line says: how many match, or, for a search, how many texts. */
function resultText(model: RecommendationModel): string {
  const { list } = model;
  if (list.searching) return t.searching(list.matchingTexts, model.texts);
  return list.matching === 0 ? t.noMatch : t.showing(list.matching, model.total, model.hasConcerns);
}

/** "; accepted according to an IOPC spokesperson" after a row's details, where someone says so. */
function acceptedBy(s: SetModel): string {
  const who = s.evidence.find((e) => e.column === 'accepted')?.saidBy ?? [];
  return who.length ? `; ${t.acceptedBy(who)}` : '';
}

/** An item's or a set's status in words: "Accepted; whether done not known", with dates where given. */
function statusWords(
  acceptance: Recommendation['acceptance']['value'],
  implementation: Recommendation['implementation']['value'],
  rec?: Recommendation,
): string {
  if (acceptance === 'unknown' && implementation === 'unknown') return t.noStatus;
  const dated = (words: string, asOf: string | null | undefined) =>
    asOf ? `${words} (${t.asOf(formatDate(asOf))})` : words;
  return `${dated(t.itemAcceptance[acceptance], rec?.acceptance.asOf)}; ${dated(t.itemImplementation[implementation], rec?.implementation.asOf)}`;
}

/**
 * One status in an item's notes. A known status shows its date, note and quote; "not known"
 * says that no source consulted gives one, and any quote is shown as the note's, never as
 * the source of a status (rendered-text audit 2.11).
 */
function statusEvidence(
  dimension: Dimension,
  status: StatusAssessment<string>,
  byId: ReadonlyMap<string, Source>,
): TemplateResult {
  const key = `${dimension}:${status.value}` as StatusKey;
  const label = dimension === 'acceptance' ? t.acceptance : t.implementation;
  const unknown = status.value === 'unknown';
  const asOf = status.asOf ? ` (${t.asOf(formatDate(status.asOf))})` : '';
  return html`<p data-status=${key}>
      <b>${t.dimension[dimension]}</b>: ${label[status.value as never]}${asOf}${unknown ? t.noStatusAfter : '.'}
      ${status.note ?? ''}
    </p>
    ${unknown && !status.note ? nothing : quotes(status.citations, byId, unknown ? t.forTheNote : undefined)}`;
}

/** One item's notes and quotes, in its set's "Notes and sources": its statuses, theme, owner and text. */
function itemEvidence(rec: Recommendation, named: boolean, byId: ReadonlyMap<string, Source>): TemplateResult {
  return html`<div class="ev-item" data-id=${rec.id}>
    ${named ? html`<p class="ev-text">${rec.number === null ? nothing : html`${t.number(rec.number)} `}${rec.text}</p>` : nothing}
    ${DIMENSIONS.map((d) => statusEvidence(d, rec[d], byId))}
    ${
      rec.theme || rec.owner
        ? html`<p>
            ${rec.theme ? html`<b>${t.theme}</b>: ${rec.theme}` : nothing}${rec.theme && rec.owner ? ' · ' : ''}${
              rec.owner ? html`<b>${t.owner}</b>: ${rec.owner}` : nothing
            }
          </p>`
        : nothing
    }
    ${
      rec.citations.length
        ? html`<p><b>${t.textSource}</b>:</p>
            ${quotes(rec.citations, byId)}`
        : nothing
    }
  </div>`;
}

/** A column's count and who says so; a quote already shown for the body's count is not repeated. */
function evidenceBlock(e: CellEvidence, byId: ReadonlyMap<string, Source>, shown?: Citation): TemplateResult {
  const fresh = e.citations.filter((c) => !shown || c.source !== shown.source || c.quote !== shown.quote);
  return html`<p><b>${t.whoSays(t.column[e.column], e.count)}</b> ${e.notes.join(' ')}</p>
    ${quotes(fresh, byId)}`;
}

function clock(due: NonNullable<SetModel['set']['responseDue']>, byId: ReadonlyMap<string, Source>): TemplateResult {
  const met = due.met === true ? t.responseMet.yes : due.met === false ? t.responseMet.no : t.responseMet.unknown;
  return html`<p><b>${t.responseDue(formatDate(due.date))}</b>: ${met}.${due.note ? ` ${due.note}` : ''}</p>
    ${quotes(due.citations, byId)}`;
}

function quotes(
  citations: readonly Citation[],
  byId: ReadonlyMap<string, Source>,
  label?: string,
): TemplateResult | typeof nothing {
  if (!citations.length) return nothing;
  return html`<ul class="quotes">
    ${citations.map((c) => {
      const source = byId.get(c.source);
      return html`<li>
        ${label ? html`<span class="quiet">${label}</span> ` : nothing}<q>${c.quote}</q>${c.saidBy ? ` ${saidByText(c)}` : ''}
        ${source ? html`(${sourceLink(source)})` : `(${c.source})`}
      </li>`;
    })}
  </ul>`;
}

/** Every citation the graphic can show, for its source line. */
function* recommendationCitations(data: DatasetPart<Sections>): Generator<Citation> {
  for (const s of data.recommendationSets) {
    yield* s.citations;
    if (s.responseDue) yield* s.responseDue.citations;
    if (s.textsMissing) yield* s.textsMissing.citations;
  }
  for (const r of data.recommendations) {
    yield* r.citations;
    yield* r.acceptance.citations;
    yield* r.implementation.citations;
  }
}

safeDefine('recommendation-status', RecommendationStatus);

declare global {
  interface HTMLElementTagNameMap {
    'recommendation-status': RecommendationStatus;
  }
  // Bubbles and is composed: typed for listeners on elements, the document and the window.
  interface GlobalEventHandlersEventMap {
    'pcv-filter': RecommendationFilterEvent;
  }
}
