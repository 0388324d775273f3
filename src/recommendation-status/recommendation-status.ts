import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate } from '../data/dates.js';
import type {
  Citation,
  Recommendation,
  RecommendationSet,
  Source,
  StatusAssessment,
  TextsMissingReason,
} from '../data/types.js';
import type { DatasetPart } from '../data/validate.js';
import { safeDefine } from '../shared/define.js';
import { asOfNote, saidByText, sourcesCitedBy } from '../shared/citations.js';
import {
  bundledRecommendationSets,
  bundledRecommendations,
  bundledRecommendationSources,
} from '../data/display-dataset.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { sourceLink } from '../shared/frame.js';
import { formatCount } from '../shared/numbers.js';
import {
  ACCEPTANCE_ORDER,
  DIMENSIONS,
  IMPLEMENTATION_ORDER,
  OPEN_GROUP_LIMIT,
  PAGE_SIZE,
  STATUS_KEYS,
  STATUS_MARKS,
  describeAsOf,
  layoutAtWidth,
  madeText,
  missingReason,
  recommendationSummary,
  recommendationTable,
  statusKey,
  statusLabel,
  type Dimension,
  type DimensionSummary,
  type Icon,
  type ListGroup,
  type ListedRecommendation,
  type Pattern,
  type RecommendationFilter,
  type RecommendationLayout,
  type RecommendationSummary,
  type SetCounts,
  type SetSummary,
  type StatusKey,
} from './recommendation-status.layout.js';
import { recommendationStatusStyles } from './recommendation-status.styles.js';
import { recommendationStatusStrings as t } from './recommendation-status.strings.js';

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
  /** How many recommendations match. */
  matching: number;
}

/** `pcv-filter`, typed for `addEventListener` through the global event maps below. */
export type RecommendationFilterEvent = CustomEvent<RecommendationFilterDetail>;

const BAR_HEIGHT = 26;

/** Screen readers hear the result count after the reader pauses this long (ms), not per keystroke. */
const ANNOUNCE_DELAY = 500;

/**
 * A tracker of the recommendations (and a coroner's matters of concern, named and
 * counted apart) made after the Stephen Port murders: who made what, what is recorded
 * as accepted, what is known of implementation, and whose texts are missing, and why:
 * not published by the body, or not in the sources consulted (counted, never left
 * out). A summary chart per issuing body, a legend that defines each status, and a
 * filterable, searchable list of every recommendation and concern with its evidence.
 *
 * @tagname recommendation-status
 * @summary Recommendations and concerns by issuing body: accepted, claimed or verified as done, and texts missing.
 *
 * @fires {RecommendationFilterEvent} pcv-filter - When a reader changes a filter or the search (never for a property the page set).
 *   `detail`: `{set, body, theme, status, query, matching}`. Bubbles and is composed.
 *
 * @csspart chart - The summary chart section.
 * @csspart set-summary - One issuing body in the chart.
 * @csspart bar - One stacked bar (an SVG).
 * @csspart segment - One status share of a bar.
 * @csspart figures - The counts under a bar, as text.
 * @csspart legend - The definitions of every status.
 * @csspart filters - The filter and search controls.
 * @csspart result-count - The "Showing n of m" line.
 * @csspart announcement - The visually hidden live region that reads the count once the reader pauses.
 * @csspart list - The list of recommendations.
 * @csspart set - One issuing body in the list.
 * @csspart clock - A set's response deadline and whether it was met.
 * @csspart group - A theme group, or the compact group of placeholders for texts that are missing.
 * @csspart group-toggle - The button that opens or closes a group.
 * @csspart recommendation - One recommendation row.
 * @csspart status - A status badge (icon and words).
 * @csspart evidence - A row's sources and quotes.
 * @csspart empty - The empty state.
 *
 * @cssproperty --pcv-color-accepted - Accepted (default: the shared "good" colour).
 * @cssproperty --pcv-color-rejected - Rejected (default: the shared "bad" colour).
 * @cssproperty --pcv-color-no-response - No response published (default: the shared "warn" colour).
 * @cssproperty --pcv-color-status-unknown - Not known (default: the shared "unknown" colour).
 * @cssproperty --pcv-color-verified-complete - Verified complete by the issuing body.
 * @cssproperty --pcv-color-claimed-complete - Claimed complete by the force; must differ from verified.
 * @cssproperty --pcv-color-in-progress - In progress.
 * @cssproperty --pcv-color-not-started - Not started.
 */

export class RecommendationStatus extends FigureElement<Sections> {
  static override styles = [...FigureElement.styles, recommendationStatusStyles];

  protected readonly loader = this.createDatasetController(['recommendationSets', 'recommendations'], () => ({
    sources: bundledRecommendationSources,
    recommendationSets: bundledRecommendationSets,
    recommendations: bundledRecommendations,
  }));

  /** Groups the reader opened (true) or closed (false); others follow their default. */
  @state() private openGroups: ReadonlyMap<string, boolean> = new Map();
  /** Rows shown in each open group, when the reader asked for more than a page. */
  @state() private shownRows: ReadonlyMap<string, number> = new Map();

  /** Shows one issuing body: the `id` of a recommendation set. Unset shows all. */
  @property({ attribute: 'filter-body', reflect: true }) filterBody: string | null = null;

  /** Shows one theme (`"(none)"` for those with no theme). Unset shows all. */
  @property({ attribute: 'filter-theme', reflect: true }) filterTheme: string | null = null;

  /** Shows one status, e.g. `implementation:claimed-complete` or `acceptance:unknown`. Unset shows any. */
  @property({ attribute: 'filter-status', reflect: true }) filterStatus: string | null = null;

  /** Searches the texts, themes, owners and bodies (every word must appear). */
  @property() search = '';

  /** What the data and the filter decide: kept across width changes. */
  private summary: RecommendationSummary | null = null;
  private summaryKey: unknown[] = [];
  /** The summary with its bars placed at the element's width. */
  private layout: RecommendationLayout | null = null;
  private layoutFor: { summary: RecommendationSummary | null; width: number } = { summary: null, width: -1 };
  /** The sources cited and an index of every source, for one dataset (the same at every width and filter). */
  private sourcesFor: { data: unknown; cited: readonly Source[]; byId: ReadonlyMap<string, Source> } | null = null;
  /** The live region says the count once the reader pauses (not on every keystroke): this waits for the pause. */
  private announceTimer = 0;

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
    this.ensureLayout();
  }

  /**
   * Counts and lists again only when the data or the filter changed; a width change
   * only places the bars again (a resize changes nothing else).
   */
  private ensureLayout(): void {
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.summary = this.layout = null;
      return;
    }
    const filter = this.filter;
    const key = [state.data, filter.set, filter.theme, filter.status, filter.query];
    if (!this.summary || key.some((k, i) => k !== this.summaryKey[i])) {
      this.summary = recommendationSummary(state.data, { filter });
      this.summaryKey = key;
    }
    const width = this.size.width;
    if (!this.layout || this.layoutFor.summary !== this.summary || this.layoutFor.width !== width) {
      this.layout = layoutAtWidth(this.summary, width);
      this.layoutFor = { summary: this.summary, width };
    }
  }

  // ---- handlers: only a reader's action lands here, so only these fire pcv-filter ----

  private readerChanged(change: Partial<Pick<this, 'filterBody' | 'filterTheme' | 'filterStatus' | 'search'>>): void {
    Object.assign(this, change);
    // Lay out now so the event reports the count the reader is about to see.
    this.ensureLayout();
    const filter = this.filter;
    const set = this.layout?.sets.find((s) => s.set.id === filter.set)?.set;
    const detail: RecommendationFilterDetail = {
      set: filter.set,
      body: set?.body ?? null,
      theme: filter.theme,
      status: filter.status,
      query: filter.query,
      matching: this.layout?.matching ?? 0,
    };
    this.dispatchEvent(new CustomEvent('pcv-filter', { detail, bubbles: true, composed: true }));
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => this.announcer.announce(this.countText()), ANNOUNCE_DELAY);
  }

  private countText(): string {
    const layout = this.layout;
    if (!layout) return '';
    return layout.matching === 0 ? t.noMatch : t.showing(layout.matching, layout.total, hasConcerns(layout));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private onSelect(field: 'filterBody' | 'filterTheme' | 'filterStatus', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.readerChanged({ [field]: value === '' ? null : value });
  }

  private onSearch(event: Event): void {
    this.readerChanged({ search: (event.target as HTMLInputElement).value });
  }

  private onClear(): void {
    this.readerChanged({ filterBody: null, filterTheme: null, filterStatus: null, search: '' });
    this.renderRoot.querySelector<HTMLSelectElement>('#f-body')?.focus();
  }

  private toggleGroup(group: ListGroup): void {
    const next = new Map(this.openGroups);
    next.set(group.key, !this.isOpen(group));
    this.openGroups = next;
  }

  private showMore(group: ListGroup): void {
    const next = new Map(this.shownRows);
    next.set(group.key, (this.shownRows.get(group.key) ?? PAGE_SIZE) + PAGE_SIZE);
    this.shownRows = next;
  }

  private isOpen(group: ListGroup): boolean {
    return this.openGroups.get(group.key) ?? group.defaultOpen;
  }

  // ---- render ----

  protected content(data: DatasetPart<Sections>): FigureContent {
    if (!this.layout) this.ensureLayout();
    const layout = this.layout!;
    const summary = this.summary!;
    if (this.sourcesFor?.data !== data) {
      const cited = sourcesCitedBy(data.sources, recommendationCitations(data));
      this.sourcesFor = { data, cited, byId: new Map(data.sources.map((s) => [s.id, s])) };
    }
    const { cited, byId } = this.sourcesFor;
    const notes = [
      t.notes.method,
      t.notes.complete,
      ...(summary.counts.some((s) => s.set.kind === 'concerns') ? [t.notes.concerns] : []),
      ...summary.counts.filter((s) => s.set.countNote).map((s) => `${s.set.body}: ${s.set.countNote}`),
      ...summary.counts
        .filter((s) => s.notPublished > 0 && s.set.textsMissing?.note)
        .map((s) => `${s.set.body}: ${s.set.textsMissing!.note}`),
      ...summary.counts.filter((s) => s.unlisted > 0).map((s) => `${s.set.body}: ${t.unlisted(s.unlisted)}`),
    ];
    const asOf = asOfNote(cited);
    if (asOf) notes.push(asOf);
    return {
      heading: t.heading,
      summary: t.summary(summary.totals),
      graphic:
        layout.total === 0 ? html`<p class="empty" part="empty">${t.empty}</p>` : this.renderGraphic(layout, byId),
      notes: layout.total === 0 ? [] : notes,
      sources: cited,
      // Built only when the reader opens the table or downloads the CSV.
      table: () => recommendationTable(summary.items, data.sources),
      tableKey: summary.items,
    };
  }

  private renderGraphic(layout: RecommendationLayout, byId: ReadonlyMap<string, Source>): TemplateResult {
    // Only the chart depends on the width. On a resize the legend and the list are rendered
    // again from the same summary, so Lit finds nothing to change in them (comparing costs
    // well under a millisecond: skipping them with guard() measured no faster).
    return html`
      <section class="chart" part="chart" aria-labelledby="chart-h">
        <div class="sub" id="chart-h" role="heading" aria-level=${this.subheadingLevel}>${t.chartHeading}</div>
        ${layout.sets.map((s, i) => this.renderSetSummary(s, i, layout.width, byId))}
      </section>
      ${this.renderLegend(missingReasons(layout))} ${this.renderList(this.summary!, byId)}
    `;
  }

  private renderSetSummary(
    s: SetSummary,
    index: number,
    width: number,
    byId: ReadonlyMap<string, Source>,
  ): TemplateResult {
    return html`<div class="overview-set" part="set-summary">
      <p class="set-title">
        ${s.set.body} <span class="quiet">· ${s.set.title}, ${t.madeOn(madeText(s.set), s.set.kind)}</span>
      </p>
      <p class="set-count">
        ${t.items(s.total, s.set.kind)}${
          s.notPublished > 0
            ? html`; <strong>${t.textsOf(s.notPublished, s.total)}</strong> ${t.missingSuffix[s.missingReason]}`
            : nothing
        }
      </p>
      ${s.total === 0 ? nothing : DIMENSIONS.map((d) => this.renderBar(s[d], `${index}-${d}`, width, s.set.body, byId))}
    </div>`;
  }

  private renderBar(
    summary: DimensionSummary,
    id: string,
    width: number,
    body: string,
    byId: ReadonlyMap<string, Source>,
  ): TemplateResult {
    const d = summary.dimension;
    const y = 1;
    const h = BAR_HEIGHT - 2;
    return html`<div class="bar-row">
      <p class="bar-label" id="bl-${id}">
        <strong>${t.dimension[d]}</strong>: ${t.dimensionQuestion[d]}
        <span class="quiet">(${describeAsOf(summary.asOf)})</span>
      </p>
      <svg
        class="bar"
        part="bar"
        width=${width}
        height=${BAR_HEIGHT}
        viewBox="0 0 ${width} ${BAR_HEIGHT}"
        aria-hidden="true"
        data-body=${body}
        data-dimension=${d}
      >
        <defs>
          ${summary.segments
            .filter((g) => STATUS_MARKS[g.key].pattern !== 'solid')
            .map((g) => patternDef(`p-${id}-${STATUS_MARKS[g.key].token}`, g.key))}
        </defs>
        ${summary.segments.map((g) => {
          const mark = STATUS_MARKS[g.key];
          // Inset by half the stroke so neighbouring shares keep a visible edge.
          const w = Math.max(0, g.x1 - g.x0 - 2);
          return svg`<rect
            part="segment"
            class="seg tone-${mark.token} ${mark.pattern}"
            data-status=${g.key}
            data-count=${g.count}
            x=${g.x0 + 1}
            y=${y}
            width=${w}
            height=${h}
            fill=${mark.pattern === 'solid' ? 'currentColor' : `url(#p-${id}-${mark.token})`}
          ></rect>${
            g.label
              ? svg`<rect class="label-bg" x=${g.label.x - g.label.width / 2} y=${y + h / 2 - 8} width=${g.label.width} height="16" rx="3"></rect><text class="count-label" x=${g.label.x} y=${y + h / 2} text-anchor="middle" dominant-baseline="central">${g.label.text}</text>`
              : nothing
          }`;
        })}
      </svg>
      <ul class="figures" part="figures" aria-labelledby="bl-${id}">
        ${summary.counts
          .filter((c) => c.count > 0)
          .map(
            (c) =>
              html`<li class="tone-${STATUS_MARKS[c.key].token}">
                ${icon(STATUS_MARKS[c.key].icon)}<span class="badge-text"
                  >${statusLabel(c.key)}: <strong>${formatCount(c.count)}</strong></span
                >
              </li>`,
          )}
      </ul>
      ${evidence(summary.citations, [], byId, t.barEvidence(summary.citations.length))}
    </div>`;
  }

  private renderLegend(reasons: readonly TextsMissingReason[]): TemplateResult {
    const item = (key: StatusKey, definition: string) => {
      const [term, ...rest] = definition.split(': ');
      return html`<div class="legend-item">
        <dt>${swatch(key)}</dt>
        <dd class="term tone-${STATUS_MARKS[key].token}">
          <span class="legend-term">${icon(STATUS_MARKS[key].icon)}<span class="badge-text">${term}</span></span>
        </dd>
        <dd>${sentence(rest.join(': '))}</dd>
      </div>`;
    };
    return html`<section class="legend" part="legend" aria-labelledby="legend-h">
      <div class="sub" id="legend-h" role="heading" aria-level=${this.subheadingLevel}>${t.legendHeading}</div>
      <p class="legend-group">${t.dimension.acceptance}: ${t.dimensionQuestion.acceptance}</p>
      <dl>${ACCEPTANCE_ORDER.map((v) => item(statusKey('acceptance', v), t.acceptanceDefinition[v]))}</dl>
      <p class="legend-group">${t.dimension.implementation}: ${t.dimensionQuestion.implementation}</p>
      <dl>${IMPLEMENTATION_ORDER.map((v) => item(statusKey('implementation', v), t.implementationDefinition[v]))}</dl>
      ${
        reasons.length
          ? html`<dl class="legend-np">
              ${reasons.map(
                (reason) =>
                  html`<div class="legend-item">
                    <dt>
                      <svg class="swatch" viewBox="0 0 36 18" aria-hidden="true" focusable="false">
                        <rect class="np-swatch" x="1" y="1" width="34" height="16" rx="2"></rect>
                      </svg>
                    </dt>
                    <dd class="term">${t.missingTerm[reason]}</dd>
                    <dd>${sentence(t.missingDefinition[reason].replace(/^[^:]+: /, ''))}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
    </section>`;
  }

  private renderList(layout: RecommendationSummary, byId: ReadonlyMap<string, Source>): TemplateResult {
    const filter = this.filter;
    const count = (n: number) => ` (${formatCount(n)})`;
    return html`<section class="list" part="list" aria-labelledby="list-h">
      <div class="sub" id="list-h" role="heading" aria-level=${this.subheadingLevel}>${t.listHeading}</div>
      <fieldset class="filters" part="filters">
        <legend>${t.filters}</legend>
        <div class="field">
          <label for="f-body">${t.filterBody}</label>
          <select id="f-body" .value=${filter.set ?? ''} @change=${(e: Event) => this.onSelect('filterBody', e)}>
            <option value="" ?selected=${filter.set === null}>${t.any}</option>
            ${layout.facets.sets.map(
              (o) =>
                html`<option value=${o.value} ?selected=${o.value === filter.set}>${o.label}${count(o.count)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-theme">${t.filterTheme}</label>
          <select id="f-theme" .value=${filter.theme ?? ''} @change=${(e: Event) => this.onSelect('filterTheme', e)}>
            <option value="" ?selected=${filter.theme === null}>${t.any}</option>
            ${layout.facets.themes.map(
              (o) =>
                html`<option value=${o.value} ?selected=${o.value === filter.theme}>
                  ${o.label}${count(o.count)}
                </option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-status">${t.filterStatus}</label>
          <select id="f-status" .value=${filter.status ?? ''} @change=${(e: Event) => this.onSelect('filterStatus', e)}>
            <option value="" ?selected=${filter.status === null}>${t.anyStatus}</option>
            ${DIMENSIONS.map(
              (d) =>
                html`<optgroup label=${t.dimension[d]}>
                  ${layout.facets.statuses
                    .filter((o) => o.value.startsWith(`${d}:`))
                    .map(
                      (o) =>
                        html`<option value=${o.value} ?selected=${o.value === filter.status}>
                          ${t.dimension[d]}: ${o.label}${count(o.count)}
                        </option>`,
                    )}
                </optgroup>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="f-search">${t.search}</label>
          <input id="f-search" type="search" autocomplete="off" .value=${filter.query} @input=${this.onSearch} />
        </div>
      </fieldset>
      <div class="result">
        <p part="result-count">
          ${layout.matching === 0 ? t.noMatch : t.showing(layout.matching, layout.total, hasConcerns(layout))}
        </p>
        ${layout.filtered ? html`<button type="button" @click=${this.onClear}>${t.clearFilters}</button>` : nothing}
      </div>
      ${layout.list.filter((s) => s.matching > 0).map((s) => this.renderListSet(s.summary, s.groups, byId))}
    </section>`;
  }

  private renderListSet(s: SetCounts, groups: readonly ListGroup[], byId: ReadonlyMap<string, Source>): TemplateResult {
    const set = s.set;
    const id = `set-${cssId(set.id)}`;
    return html`<section class="set" part="set" aria-labelledby=${id}>
      <div class="set-head" id=${id} role="heading" aria-level=${Math.min(6, this.subheadingLevel + 1)}>
        ${set.body}: ${set.title}
      </div>
      <p class="set-meta">
        ${t.madeOn(madeText(set), set.kind)} ·
        ${t.items(s.total, set.kind)}${set.textsPublished ? nothing : html` · ${t.setTextsMissing[s.missingReason]}`}
      </p>
      ${set.responseDue ? this.renderClock(set, byId) : nothing}
      ${groups.map((g, i) => this.renderGroup(g, set, `${id}-g${i}`, byId))}
    </section>`;
  }

  private renderClock(set: RecommendationSet, byId: ReadonlyMap<string, Source>): TemplateResult {
    const due = set.responseDue!;
    const met = due.met === true ? t.responseMet.yes : due.met === false ? t.responseMet.no : t.responseMet.unknown;
    return html`<div class="clock" part="clock">
      ${icon('clock')}
      <div>
        <p><strong>${t.responseDue(formatDate(due.date))}</strong>: ${met}.${due.note ? ` ${due.note}` : ''}</p>
        ${evidence(due.citations, [], byId)}
      </div>
    </div>`;
  }

  private renderGroup(
    group: ListGroup,
    set: RecommendationSet,
    id: string,
    byId: ReadonlyMap<string, Source>,
  ): TemplateResult {
    // A few published texts need no toggle: they are simply shown.
    const collapsible = !(group.published && group.defaultOpen && group.items.length <= OPEN_GROUP_LIMIT);
    const open = !collapsible || this.isOpen(group);
    const n = group.items.length;
    const title = group.published
      ? `${group.theme ?? t.themeNotGiven}: ${t.publishedGroup(group.total, set.kind)}`
      : `${t.placeholderGroup(group.total, set.body, set.kind ?? 'recommendations', missingReason(set))}${group.theme ? ` (${t.theme.toLowerCase()}: ${group.theme})` : ''}`;
    const limit = this.shownRows.get(group.key) ?? PAGE_SIZE;
    return html`<div class="group ${group.published ? 'published' : 'not-published'}" part="group">
      <div class="group-head">
        <div>
          <p class="group-title" id="${id}-t">${title}${t.matching(n, group.total)}</p>
          ${collapsible ? this.renderGroupCounts(group) : nothing}
        </div>
        ${collapsible ? this.renderToggle(group, open, id) : nothing}
      </div>
      <div class="group-rows" id="${id}-rows" ?hidden=${!open}>
        ${
          open
            ? html`<ul>
                  ${group.items.slice(0, limit).map((item) => this.renderRecommendation(item, byId))}
                </ul>
                ${
                  n > limit
                    ? html`<div class="more">
                        <button type="button" @click=${() => this.showMore(group)}>
                          ${t.showMore(Math.min(PAGE_SIZE, n - limit))}
                        </button>
                      </div>`
                    : nothing
                }`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderGroupCounts(group: ListGroup): TemplateResult {
    return html`<ul class="group-counts">
      ${DIMENSIONS.map((d) =>
        group.counts[d]
          .filter((c) => c.count > 0)
          .map(
            (c) =>
              html`<li class="tone-${STATUS_MARKS[c.key].token} legend-term">
                ${icon(STATUS_MARKS[c.key].icon)}<span class="badge-text"
                  >${t.dimension[d]}: ${statusLabel(c.key)}, ${formatCount(c.count)}</span
                >
              </li>`,
          ),
      )}
    </ul>`;
  }

  private renderToggle(group: ListGroup, open: boolean, id: string): TemplateResult {
    return html`<button
      type="button"
      part="group-toggle"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="${id}-rows"
      aria-describedby="${id}-t"
      @click=${() => this.toggleGroup(group)}
    >
      ${open ? t.hide : t.show(group.items.length)}
    </button>`;
  }

  private renderRecommendation(item: ListedRecommendation, byId: ReadonlyMap<string, Source>): TemplateResult {
    const { rec, set } = item;
    const notes = DIMENSIONS.filter((d) => rec[d].note).map((d) => `${t.dimension[d]}: ${rec[d].note}`);
    return html`<li class="rec" part="recommendation" data-id=${rec.id}>
      <p class="rec-text">
        ${rec.number === null ? nothing : html`<span class="num">${t.number(rec.number)}</span>`}
        ${rec.text ?? html`<span class="np">${t.textMissing[missingReason(set)]}</span>`}
      </p>
      <p class="rec-meta">
        ${t.theme}: ${rec.theme ?? t.themeNotGiven} · ${t.owner}: ${rec.owner ?? t.ownerNotGiven} ·
        ${t.madeOn(madeText(set), set.kind)}
      </p>
      <div class="badges">${badge('acceptance', rec.acceptance)} ${badge('implementation', rec.implementation)}</div>
      ${evidence(allCitations(rec), notes, byId)}
    </li>`;
  }
}

// ---- small template helpers ----

function allCitations(rec: Recommendation): Citation[] {
  const seen = new Set<string>();
  return [...rec.citations, ...rec.acceptance.citations, ...rec.implementation.citations].filter((c) => {
    const key = `${c.source}\u0001${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** True when some set holds a coroner's matters of concern: the count then says "and concerns". */
function hasConcerns(layout: RecommendationSummary): boolean {
  return layout.counts.some((s) => s.set.kind === 'concerns');
}

/** The reasons for missing texts among the sets shown, in a fixed order: the legend defines only these. */
function missingReasons(layout: RecommendationLayout): TextsMissingReason[] {
  const present = new Set(layout.counts.filter((s) => s.notPublished > 0).map((s) => s.missingReason));
  return (['not-published', 'not-in-sources'] as const).filter((r) => present.has(r));
}

/** Every citation the recommendations section makes, for its source line. */
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

/** The definition after "Term: ", as a sentence of its own. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A DOM id from free text, one-to-one: `a.b` and `a_b` stay different ids. */
function cssId(value: string): string {
  return value.replace(/[^a-zA-Z0-9-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`);
}

function badge(dimension: Dimension, status: StatusAssessment<string>): TemplateResult {
  const key = statusKey(dimension, status.value);
  const mark = STATUS_MARKS[key];
  return html`<span class="badge tone-${mark.token} ${mark.token}" part="status" data-status=${key}>
    ${icon(mark.icon)}<span class="badge-text"
      >${t.dimension[dimension]}: <strong>${statusLabel(key)}</strong>${
        status.asOf ? `, ${t.asOf(formatDate(status.asOf))}` : ''
      }</span
    >
  </span>`;
}

function evidence(
  citations: readonly Citation[],
  notes: readonly string[],
  byId: ReadonlyMap<string, Source>,
  label = t.evidence(citations.length),
): TemplateResult | typeof nothing {
  if (citations.length === 0 && notes.length === 0) return nothing;
  return html`<details part="evidence">
    <summary>${label}</summary>
    ${notes.map((n) => html`<p>${t.note}: ${n}</p>`)}
    <ul class="quotes">
      ${citations.map((c) => {
        const source = byId.get(c.source);
        return html`<li>
          <q>${c.quote}</q>${c.saidBy ? ` ${saidByText(c)}` : ''}
          ${source ? html`(${sourceLink(source)})` : `(${c.source})`}
        </li>`;
      })}
    </ul>
  </details>`;
}

// Icons and pattern fills are made once: a template result holds no state, so every
// render reuses them (all nine icons were made again for each of the 30-odd icons drawn).

/** 16 × 16 icons drawn as paths: glyph fonts differ between phones, these do not. */
const ICONS: Record<Icon | 'clock', SVGTemplateResult> = {
  check: svg`<path class="ink" d="M3 8.5l3.2 3.2L13 4.5"></path>`,
  cross: svg`<path class="ink" d="M4 4l8 8M12 4l-8 8"></path>`,
  dash: svg`<circle class="ink" cx="8" cy="8" r="6"></circle><path class="ink" d="M5 8h6"></path>`,
  question: svg`<circle class="ink" cx="8" cy="8" r="6.2" stroke-dasharray="2 1.6"></circle><path class="ink" d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.8c-.6.3-.8.7-.8 1.3"></path><circle class="fill" cx="8" cy="11.6" r=".9"></circle>`,
  circle: svg`<circle class="ink" cx="8" cy="8" r="6"></circle>`,
  half: svg`<circle class="ink" cx="8" cy="8" r="6"></circle><path class="fill" d="M8 2a6 6 0 0 1 0 12z"></path>`,
  speech: svg`<path class="ink" d="M2.5 3h11v7.5H8l-3.5 3v-3h-2z"></path><path class="ink" d="M5.5 7l1.6 1.5L10.5 5.3"></path>`,
  seal: svg`<circle class="fill" cx="8" cy="8" r="7"></circle><path class="knock" d="M4.6 8.3l2.3 2.3 4.6-4.8"></path>`,
  clock: svg`<circle class="ink" cx="8" cy="8" r="6"></circle><path class="ink" d="M8 4.5V8l2.5 1.5"></path>`,
};

function icon(name: Icon | 'clock'): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${ICONS[name]}</svg>`;
}

const PATTERNS: Record<Exclude<Pattern, 'solid'>, SVGTemplateResult> = {
  diagonal: svg`<line class="pat-ink" x1="0" y1="0" x2="0" y2="6" stroke-width="2.5"></line>`,
  cross: svg`<line class="pat-ink" x1="0" y1="0" x2="0" y2="6" stroke-width="1.5"></line><line class="pat-ink" x1="0" y1="0" x2="6" y2="0" stroke-width="1.5"></line>`,
  horizontal: svg`<line class="pat-ink" x1="0" y1="3" x2="6" y2="3" stroke-width="2"></line>`,
  dots: svg`<circle class="pat-dot" cx="3" cy="3" r="1.4"></circle>`,
};

function patternDef(id: string, key: StatusKey): SVGTemplateResult {
  const mark = STATUS_MARKS[key];
  const rotate = mark.pattern === 'diagonal' || mark.pattern === 'cross' || mark.pattern === 'dots' ? 45 : 0;
  return svg`<pattern id=${id} class="tone-${mark.token}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(${rotate})"><rect class="pat-bg" width="6" height="6"></rect>${PATTERNS[mark.pattern as Exclude<Pattern, 'solid'>]}</pattern>`;
}

/** A legend swatch: the same fill as the bar, so the key matches the chart in forced colours too. */
function swatch(key: StatusKey): TemplateResult {
  const mark = STATUS_MARKS[key];
  const id = `sw-${key.replace(':', '-')}`;
  return html`<svg class="swatch" viewBox="0 0 36 18" aria-hidden="true" focusable="false">
    ${mark.pattern === 'solid' ? nothing : svg`<defs>${patternDef(id, key)}</defs>`}
    <rect
      class="seg tone-${mark.token} ${mark.pattern}"
      x="1"
      y="1"
      width="34"
      height="16"
      fill=${mark.pattern === 'solid' ? 'currentColor' : `url(#${id})`}
    ></rect>
  </svg>`;
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
