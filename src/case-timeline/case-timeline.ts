import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatDate, parseIsoDate, type ParsedDate } from '../data/dates.js';
import type { EventCategory, Source, TimelineEvent } from '../data/types.js';
import { EVENT_CATEGORIES, type DatasetPart } from '../data/validate.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { safeDefine } from '../shared/define.js';
import { bundledEvents, bundledEventSources } from '../data/display-dataset.js';
import { sourceLink } from '../shared/frame.js';
import { detached } from '../data/plain.js';
import type { DataTable } from '../shared/downloads.js';
import { asOfNote, citedNames, saidByText, sourcesCitedBy } from '../shared/citations.js';
import {
  CATEGORY_SHAPES,
  HIGHLIGHT_AREA,
  LABEL_FONT_SIZE,
  LANE_NAME_X,
  LIST_PAGE,
  MARK_AREA,
  ONE_BY_ONE,
  itemAt,
  layoutAtWidth,
  listWindow,
  shapePath,
  timelineSelection,
  type ListWindow,
  type TimelineItem,
  type TimelineLayout,
  type TimelineLayoutMode,
  type TimelineMarks,
  type TimelineSelection,
} from './case-timeline.layout.js';
import { caseTimelineStrings as s, eventDateText, spanLengthText } from './case-timeline.strings.js';
import { caseTimelineStyles } from './case-timeline.styles.js';

type Sections = 'events';

/** Lists longer than this let the browser skip off-screen items (content-visibility). */
const LONG_LIST = 200;

/** Detail of `pcv-timeline-select`: the event a reader opened. */
export interface CaseTimelineSelectDetail {
  event: TimelineEvent;
}

/** `pcv-timeline-select`, typed for `addEventListener` through the global event maps below. */
export type CaseTimelineSelectEvent = CustomEvent<CaseTimelineSelectDetail>;

const ICON_PATHS = Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, shapePath(c, 70)])) as Record<
  EventCategory,
  string
>;
const MARK_PATHS = Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, shapePath(c, MARK_AREA)])) as Record<
  EventCategory,
  string
>;
const BIG_MARK_PATHS = Object.fromEntries(EVENT_CATEGORIES.map((c) => [c, shapePath(c, HIGHLIGHT_AREA)])) as Record<
  EventCategory,
  string
>;

/** The category's shape as a small inline icon; decorative, the category's name is always beside it. */
function icon(category: EventCategory): TemplateResult {
  return html`<svg
    class="icon cat-${category}"
    width="14"
    height="14"
    viewBox="-7 -7 14 14"
    aria-hidden="true"
    focusable="false"
  >
    <path class=${CATEGORY_SHAPES[category].filled ? 'fill' : 'open'} d=${ICON_PATHS[category]}></path>
  </svg>`;
}

/** "June 2014" for a day date: the summary speaks at a glance, never more precisely than the source. */
function roughDate(date: ParsedDate): string {
  return formatDate(date.precision === 'day' ? { ...date, precision: 'month' } : date);
}

/**
 * A horizontal timeline of the case (a list on narrow screens): the four deaths, the
 * police failures between them, the families' concerns, and what followed, with every
 * event's sources on demand. Events are read in the order orderEvents() gives.
 *
 * @tag case-timeline
 * @summary The case's events on a time axis by category, with filters, zoom and each event's sources.
 *
 * @fires {CaseTimelineSelectEvent} pcv-timeline-select - A reader opened an event (click, tap, Enter or Space). `detail: { event: TimelineEvent }`. Bubbles and is composed. Never fired when the page sets a property or a deep link opens an event.
 *
 * @csspart controls - The category chips and the year range.
 * @csspart chip - A category toggle button (aria-pressed).
 * @csspart range - The group of the two year selects.
 * @csspart range-from - The "from" year select.
 * @csspart range-to - The "to" year select.
 * @csspart reset - The button that clears the reader's filters.
 * @csspart legend - The key to the shapes and marks.
 * @csspart chart - The horizontal SVG chart (wide layout).
 * @csspart axis - The year axis of the chart.
 * @csspart lane - A category's lane heading in the chart.
 * @csspart label - An event's label in the chart.
 * @csspart list - The ordered list of events (narrow layout).
 * @csspart list-item - One list entry.
 * @csspart pager - The line above or below a long list that shows which events it holds, with its button.
 * @csspart more - A button that shows the previous or next events of a long list.
 * @csspart marks - The chart's marks drawn as paths when it holds more events than it draws one by one.
 * @csspart event - An event's interactive mark (chart) or button (list).
 * @csspart readout - The line above the chart naming the hovered or focused event.
 * @csspart detail - The panel with the open event's description and sources.
 * @csspart quote - A verbatim quote from a source in the detail.
 * @csspart close - The detail's close button.
 * @csspart empty - The message shown when there is nothing to draw.
 *
 * @cssproperty --pcv-color-death - Death marks.
 * @cssproperty --pcv-color-police-failure - Police failure marks.
 * @cssproperty --pcv-color-family - Family concern marks (what a family says it raised: an allegation).
 * @cssproperty --pcv-color-justice - Justice marks.
 * @cssproperty --pcv-color-watchdog - Watchdog marks.
 * @cssproperty --pcv-color-inquest - Inquest marks.
 * @cssproperty --pcv-color-inspection - Inspection marks.
 * @cssproperty --pcv-color-response - Response marks.
 */
export class CaseTimeline extends FigureElement<Sections> {
  static override styles = [...FigureElement.styles, caseTimelineStyles];

  protected readonly loader = this.createDatasetController(['events'], () => ({
    sources: bundledEventSources,
    events: bundledEvents,
  }));

  /** The reader's category selection; null shows all. Starts from `categories`. */
  @state() private shown: ReadonlySet<EventCategory> | null = null;
  /** The reader's range in ms; starts from `from` and `to`. */
  @state() private rangeFrom: number | null = null;
  @state() private rangeTo: number | null = null;
  /** The event holding the roving tab stop, and the one whose detail is open. */
  @state() private focusedId: string | null = null;
  @state() private openId: string | null = null;
  @state() private hoverId: string | null = null;

  /** Comma-separated categories to show, e.g. `death,watchdog`; unset shows all. */
  @property() categories: string | null = null;

  /** Start of the range shown: an ISO date or a year (`2015`, `2015-10`). */
  @property() from: string | null = null;

  /** End of the range shown: an ISO date or a year. */
  @property() to: string | null = null;

  /** Comma-separated event ids to emphasise and label first. */
  @property() highlight: string | null = null;

  /** `auto` (horizontal above 600 px of the element's own width), `horizontal` or `vertical`. */
  @property() layout: TimelineLayoutMode = 'auto';

  /** Hides the category chips and the year range. */
  @property({ attribute: 'no-filter', type: Boolean }) noFilter = false;

  /** Opens the event named by the page URL's `#event-id`, on load and on hashchange. */
  @property({ attribute: 'deep-link', type: Boolean }) deepLink = false;

  /** What the events and the reader's choices decide: kept across width changes. */
  private selection: TimelineSelection | null = null;
  private selectionKey: unknown[] = [];
  /** The selection placed at the element's width. */
  private view: TimelineLayout | null = null;
  private viewKey: unknown[] = [];
  /**
   * The part of a long list that is rendered (see listWindow), kept in willUpdate around
   * the focused event. Not reactive: it changes only with focus or the events shown.
   */
  private listRange: ListWindow | null = null;
  private listKey: unknown[] = [];
  /**
   * The frame but the graphic, for one data, selection and no-filter (see content()), with
   * its notes with and without the one about unlabelled events (the only width-dependent one).
   */
  private frame:
    | [unknown[], Omit<FigureContent, 'graphic'>, Map<string, Source>, EventCategory[], readonly string[], string[]]
    | null = null;
  private hashApplied = false;
  private scrollToOpen = false;
  private listening = false;
  private readonly onHashChange = () => this.openFromHash();

  constructor() {
    super();
    // Keys are handled on the element, never on document: the page keeps its own shortcuts.
    this.addEventListener('keydown', (e) => this.onKeydown(e));
  }

  protected override readonly labelKey = 'timeline' as const;

  protected get defaultHeading(): string {
    return s.heading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncHashListener();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.listening) window.removeEventListener('hashchange', this.onHashChange);
    this.listening = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('categories')) this.shown = parseCategories(this.categories);
    if (changed.has('from')) this.rangeFrom = parseBound(this.from, 'start');
    if (changed.has('to')) this.rangeTo = parseBound(this.to, 'end');
    if (changed.has('deepLink')) this.syncHashListener();
    const state = this.loader.state;
    if (state.status !== 'ready') {
      this.view = null;
      return;
    }
    this.layoutView(state.data.events);
    if (this.deepLink && !this.hashApplied) {
      this.hashApplied = true;
      this.openFromHash();
      this.layoutView(state.data.events);
    }
    // A long list always holds the focused event: keys, a deep link and the page buttons all move focus.
    const items = this.view!.items;
    this.listRange = listWindow(
      items.length,
      this.listRange,
      items.findIndex((i) => i.id === this.focusedId),
    );
  }

  /**
   * Lays out again only when an input changed: hover and focus change often, the layout
   * rarely. A width change only places the same selection again (filtering, parsing and
   * sorting the events, and the frame built from them, are kept).
   */
  private layoutView(events: readonly TimelineEvent[]): void {
    const key = [events, this.layout, this.shown, this.rangeFrom, this.rangeTo, this.highlight];
    if (!this.selection || key.some((k, i) => k !== this.selectionKey[i])) {
      this.selectionKey = key;
      this.selection = timelineSelection(events, {
        layout: this.layout,
        categories: this.shown,
        from: this.rangeFrom,
        to: this.rangeTo,
        highlight: new Set(splitList(this.highlight)),
      });
    }
    const viewKey = [this.selection, this.size.width];
    if (this.view && viewKey.every((k, i) => k === this.viewKey[i])) return;
    this.viewKey = viewKey;
    // Other events shown: a long list starts again, at the focused event's page if it is
    // still shown, else at the first (willUpdate). A new width keeps the reader's window.
    const listKey = [events, this.shown, this.rangeFrom, this.rangeTo];
    if (!listKey.every((k, i) => k === this.listKey[i])) {
      this.listKey = listKey;
      this.listRange = null;
    }
    this.view = layoutAtWidth(this.selection, this.size.width);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.scrollToOpen) {
      this.scrollToOpen = false;
      this.eventNode(this.openId)?.scrollIntoView({ block: 'center' });
    }
  }

  private syncHashListener(): void {
    const want = this.deepLink && this.isConnected;
    if (want && !this.listening) window.addEventListener('hashchange', this.onHashChange);
    if (!want && this.listening) window.removeEventListener('hashchange', this.onHashChange);
    this.listening = want;
  }

  /** Opens the event named in the URL; a deep link is the page's doing, so no pcv-timeline-select. */
  private openFromHash(): void {
    const state = this.loader.state;
    if (!this.deepLink || state.status !== 'ready') return;
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      return;
    }
    const event = state.data.events.find((e) => e.id === id);
    if (!event) return;
    const visible = this.view?.items.some((i) => i.id === id);
    if (this.view && !visible) {
      // The reader's filters hide it: show everything rather than open something unseen.
      this.shown = null;
      this.rangeFrom = null;
      this.rangeTo = null;
    }
    this.openId = id;
    this.focusedId = id;
    // The URL asked for this event: bring it into view, as a fragment link would.
    this.scrollToOpen = true;
  }

  private get items(): TimelineItem[] {
    return this.view?.items ?? [];
  }

  /** The item holding the tab stop: the focused one if still shown, else the first (a long list's first rendered). */
  private get rovingId(): string | null {
    const items = this.items;
    return (items.find((i) => i.id === this.focusedId) ?? items[this.listRange?.start ?? 0])?.id ?? null;
  }

  private eventNode(id: string | null): HTMLElement | SVGElement | null {
    if (id === null) return null;
    for (const node of this.renderRoot.querySelectorAll<HTMLElement | SVGElement>('[data-event]'))
      if (node.dataset.event === id) return node;
    return null;
  }

  private async focusEvent(id: string): Promise<void> {
    this.focusedId = id;
    await this.updateComplete;
    this.eventNode(id)?.focus();
  }

  private onKeydown(e: KeyboardEvent): void {
    const origin = e.composedPath()[0];
    if (e.key === 'Escape' && this.openId !== null) {
      const id = this.openId;
      this.openId = null;
      e.preventDefault();
      void this.focusEvent(id);
      return;
    }
    const node = origin instanceof Element ? origin.closest<HTMLElement | SVGElement>('[data-event]') : null;
    const id = node?.dataset.event;
    if (!id) return;
    const items = this.items;
    const at = items.findIndex((i) => i.id === id);
    let next: number;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(items.length - 1, at + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, at - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Enter':
      case ' ':
        // A list button turns Enter and Space into a click itself; SVG marks need it done here.
        if (!(node instanceof HTMLButtonElement)) {
          e.preventDefault();
          this.toggle(items[at]!);
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    const item = items[next];
    if (!item) return;
    this.announcer.announce(`${eventDateText(item.event)}: ${item.event.title}`);
    void this.focusEvent(item.id);
  }

  /** The item behind a delegated event on a mark or list button, if any. */
  private itemFrom(e: Event): TimelineItem | undefined {
    const origin = e.composedPath()[0];
    const node = origin instanceof Element ? origin.closest<HTMLElement | SVGElement>('[data-event]') : null;
    const id = node?.dataset.event;
    return id === undefined ? undefined : this.items.find((i) => i.id === id);
  }

  /** In a chart drawn as paths (one element a lane, not a mark), the event whose mark is under the pointer. */
  private itemUnder(e: Event): TimelineItem | undefined {
    const box = this.renderRoot.querySelector('svg.chart')?.getBoundingClientRect();
    const { marks, items } = this.view!;
    if (!marks || !box || !(e instanceof MouseEvent)) return undefined;
    return itemAt(items, e.clientX - box.left, e.clientY - box.top) ?? undefined;
  }

  private readonly onEventClick = (e: Event) => {
    const item = this.itemUnder(e) ?? this.itemFrom(e);
    if (!item) return;
    this.toggle(item);
    // Drawn as paths, the chart's mark elements let the pointer through (styles): focus the
    // event clicked, as a click on a mark element would, so keys go on from there.
    if (this.view!.marks) void this.focusEvent(item.id);
  };

  private readonly onEventFocus = (e: Event) => {
    const item = this.itemFrom(e);
    if (item) this.focusedId = item.id;
  };

  private readonly onEventHover = (e: Event) => {
    this.hoverId = (this.itemUnder(e) ?? this.itemFrom(e))?.id ?? null;
  };

  private readonly onEventsLeave = () => {
    this.hoverId = null;
  };

  /**
   * A long list's page button: focus goes to the first event it adds (`at`), which moves
   * the list's window there (willUpdate), and the live region says what the list now
   * holds. Reading on from there is what the reader asked for, and the button may be gone.
   */
  private showMore(at: number): void {
    const items = this.items;
    const next = listWindow(items.length, this.listRange, at);
    this.announcer.announce(`${s.listRange(next.start + 1, next.end, items.length)}.`);
    void this.focusEvent(items[at]!.id);
  }

  /** A reader opened or closed an event. */
  private toggle(item: TimelineItem): void {
    this.focusedId = item.id;
    if (this.openId === item.id) {
      this.openId = null;
      return;
    }
    this.openId = item.id;
    this.dispatchEvent(
      new CustomEvent<CaseTimelineSelectDetail>('pcv-timeline-select', {
        // A copy of its own for each event: a listener's edit cannot reach this or any other graphic.
        detail: { event: detached(item.event) },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private close(): void {
    const id = this.openId;
    this.openId = null;
    if (id !== null) void this.focusEvent(id);
  }

  private toggleCategory(category: EventCategory, present: readonly EventCategory[]): void {
    const next = new Set(this.shown ?? present);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    this.shown = present.every((c) => next.has(c)) ? null : next;
  }

  private setYear(which: 'from' | 'to', year: number): void {
    const parsed = parseIsoDate(String(year));
    if (!parsed) return;
    if (which === 'from') {
      this.rangeFrom = parsed.start;
      if (this.rangeTo !== null && this.rangeTo < parsed.start) this.rangeTo = parsed.end;
    } else {
      this.rangeTo = parsed.end;
      if (this.rangeFrom !== null && this.rangeFrom > parsed.end) this.rangeFrom = parsed.start;
    }
  }

  private resetFilters(): void {
    this.shown = null;
    this.rangeFrom = null;
    this.rangeTo = null;
    // The Reset button disappears with the filters it clears: put focus where it can stay.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[part~=chip], [part=range-from]')?.focus(),
    );
  }

  protected content(data: DatasetPart<Sections>): FigureContent {
    const view = this.view!;
    const key = [data, this.selection, this.noFilter];
    // Hover, focus, paging and width changes re-render often; the frame around the graphic
    // changes only with the data and the selection. At 10,000 events building it took ~40 ms.
    if (!this.frame || key.some((k, i) => k !== this.frame![0][i])) {
      const content = this.frameContent(data, this.selection!);
      this.frame = [
        key,
        content,
        new Map(data.sources.map((src) => [src.id, src])),
        presentCategories(data.events),
        content.notes,
        [...content.notes, s.unlabelled],
      ];
    }
    const [, content, byId, present, notes, unlabelled] = this.frame;
    const someUnlabelled = view.orientation === 'horizontal' && view.labels.length < view.items.length;
    return { ...content, notes: someUnlabelled ? unlabelled : notes, graphic: this.renderGraphic(view, byId, present) };
  }

  /** Everything in the frame but the graphic (and the note on unlabelled events), from the data and the selection. */
  private frameContent(data: DatasetPart<Sections>, view: TimelineSelection): Omit<FigureContent, 'graphic'> {
    const items = view.items;
    const filtered = items.length < view.total;
    const notes: string[] = [];
    if (filtered && view.total > 0) {
      const shown = this.shown ? EVENT_CATEGORIES.filter((c) => this.shown!.has(c)).map((c) => s.categories[c]) : [];
      notes.push(s.showing(items.length, view.total, shown, !this.noFilter));
    }
    const approximate = items.filter((i) => i.event.approximate).length;
    if (approximate) notes.push(s.approximateNote(approximate));
    if (items.some((i) => !i.precise)) notes.push(s.precisionNote);

    const sources = sourcesCitedBy(
      data.sources,
      items.flatMap((i) => i.event.citations),
    );
    const asOf = asOfNote(sources);
    if (asOf) notes.push(asOf);
    const sourceNames = (e: TimelineEvent) => citedNames(e.citations, data.sources).join('; ');
    let table: DataTable | undefined;
    return {
      heading: s.heading,
      summary: summarise(data.events),
      notes,
      sources,
      tableKey: items,
      // Built when the reader first opens the table or downloads the CSV (most never do), then kept.
      table: () =>
        (table ??= {
          caption: s.tableCaption,
          columns: [...s.columns],
          rows: items.map((i) => [
            eventDateText(i.event),
            s.categories[i.category],
            i.event.title,
            i.event.description,
            sourceNames(i.event),
          ]),
        }),
    };
  }

  private renderGraphic(
    view: TimelineLayout,
    sources: Map<string, Source>,
    present: readonly EventCategory[],
  ): TemplateResult {
    if (view.total === 0) return html`<p class="empty" part="empty">${s.empty}</p>`;
    const open = view.items.find((i) => i.id === this.openId) ?? null;
    let body: TemplateResult;
    if (view.items.length === 0) body = html`<p class="empty" part="empty">${s.emptyFiltered}</p>`;
    else if (view.orientation === 'horizontal') body = this.renderChart(view, open);
    else body = this.renderList(view, open, sources);
    return html`${this.noFilter ? nothing : this.renderControls(view, present)} ${this.renderLegend(view)} ${body}
    ${open && view.orientation === 'horizontal' ? this.renderDetail(open, sources) : nothing}`;
  }

  private renderControls(view: TimelineLayout, present: readonly EventCategory[]): TemplateResult {
    const [minYear, maxYear] = view.years!;
    const years: number[] = [];
    for (let y = minYear; y <= maxYear; y++) years.push(y);
    const fromYear = this.rangeFrom === null ? minYear : new Date(this.rangeFrom).getUTCFullYear();
    const toYear = this.rangeTo === null ? maxYear : new Date(this.rangeTo).getUTCFullYear();
    const filtered = this.shown !== null || this.rangeFrom !== null || this.rangeTo !== null;
    return html`<div class="controls" part="controls">
      <div class="chips" role="group" aria-label=${s.filterLabel}>
        ${present.map((c) => {
          const pressed = !this.shown || this.shown.has(c);
          return html`<button
            type="button"
            class="chip"
            part="chip"
            aria-pressed=${pressed ? 'true' : 'false'}
            @click=${() => this.toggleCategory(c, present)}
          >
            <span class="tick" aria-hidden="true">${pressed ? '✓' : ''}</span>${icon(c)}
            <span>${s.categories[c]}</span>
            <span class="count">${view.counts[c]}<span class="visually-hidden"> ${s.events.toLowerCase()}</span></span>
          </button>`;
        })}
      </div>
      <div class="range" part="range" role="group" aria-label=${s.rangeLabel}>
        <label
          >${s.rangeFrom}
          <select
            part="range-from"
            .value=${String(fromYear)}
            @change=${(e: Event) => this.setYear('from', Number((e.target as HTMLSelectElement).value))}
          >
            ${years.map((y) => html`<option value=${y} ?selected=${y === fromYear}>${y}</option>`)}
          </select></label
        >
        <label
          >${s.rangeTo}
          <select
            part="range-to"
            .value=${String(toYear)}
            @change=${(e: Event) => this.setYear('to', Number((e.target as HTMLSelectElement).value))}
          >
            ${years.map((y) => html`<option value=${y} ?selected=${y === toYear}>${y}</option>`)}
          </select></label
        >
        ${
          filtered
            ? html`<button type="button" class="reset" part="reset" @click=${() => this.resetFilters()}>
                ${s.reset}
              </button>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderLegend(view: TimelineLayout): TemplateResult {
    const items = view.items;
    const keys: TemplateResult[] = [];
    // With the chips hidden, the legend names the categories' shapes itself.
    if (this.noFilter)
      for (const c of EVENT_CATEGORIES)
        if (items.some((i) => i.category === c)) keys.push(html`<li>${icon(c)} ${s.categories[c]}</li>`);
    if (view.orientation === 'horizontal') {
      if (items.some((i) => i.span)) keys.push(html`<li><span class="key-bar"></span>${s.legendSpan}</li>`);
      if (items.some((i) => !i.precise && !i.span))
        keys.push(html`<li><span class="key-line"></span>${s.legendPrecision}</li>`);
      if (items.some((i) => i.event.approximate))
        keys.push(html`<li><span class="key-ring"></span>${s.legendApproximate}</li>`);
      if (items.some((i) => i.highlighted)) keys.push(html`<li>${s.legendHighlight}</li>`);
    }
    if (!keys.length) return html``;
    return html`<div class="legend" part="legend">
      <span class="legend-title" id="legend-title">${s.legend}:</span>
      <ul aria-labelledby="legend-title">
        ${keys}
      </ul>
    </div>`;
  }

  private renderChart(view: TimelineLayout, open: TimelineItem | null): TemplateResult {
    const roving = this.rovingId;
    const current =
      view.items.find((i) => i.id === this.hoverId) ?? view.items.find((i) => i.id === this.focusedId) ?? open;
    const { width, height } = view;
    return html`<p class="readout" part="readout" aria-hidden="true">
        ${current ? html`<strong>${eventDateText(current.event)}</strong> ${current.event.title}` : s.pointerHint}
      </p>
      <!-- Listeners sit on an HTML wrapper: Chromium makes an SVG element with a focus
        listener focusable, which would add a second tab stop. -->
      <div
        class="chart-wrap"
        @click=${this.onEventClick}
        @focusin=${this.onEventFocus}
        @pointerover=${this.onEventHover}
        @pointermove=${view.marks ? this.onEventHover : undefined}
        @pointerleave=${this.onEventsLeave}
      >
        <svg
          class="chart"
          part="chart"
          width=${width}
          height=${height}
          viewBox="0 0 ${width} ${height}"
          font-size=${LABEL_FONT_SIZE}
        >
          <g class="axis" part="axis" aria-hidden="true">
            ${view.ticks.map(
              (t) =>
                svg`${t.edge ? nothing : svg`<line class="tick" x1=${t.x} x2=${t.x} y1="6" y2=${height}></line>`}${
                  t.labelled ? svg`<text class="tick-label" x=${t.x + 4} y="16">${t.year}</text>` : nothing
                }`,
            )}
          </g>
          <g class="lanes" aria-hidden="true">
            ${view.lanes.map(
              (lane) =>
                svg`<g class="lane cat-${lane.category}" part="lane">
                <line class="lane-rule" x1="0" x2=${width} y1=${lane.y} y2=${lane.y}></line>
                <path class=${CATEGORY_SHAPES[lane.category].filled ? 'fill' : 'open'} transform="translate(18 ${lane.headingY - 4})" d=${ICON_PATHS[lane.category]}></path>
                <text class="lane-name" x=${LANE_NAME_X} y=${lane.headingY}>${lane.name}</text>
              </g>`,
            )}
          </g>
          <g class="labels" aria-hidden="true">
            ${view.labels.map(
              (l) =>
                svg`<g class="label${l.highlighted ? ' highlighted' : ''}" part="label" data-label=${l.id}>
                <line class="leader" x1=${l.leaderX} x2=${l.leaderX} y1=${l.leaderY1} y2=${l.leaderY2}></line>
                <text x=${l.x + 2} y=${l.baseline}>${l.text}</text>
              </g>`,
            )}
          </g>
          ${view.marks ? this.renderMarks(view.marks) : nothing}
          <g
            class="events"
            role="group"
            aria-label=${view.marks ? s.eventCount(view.items.length) : s.events}
            aria-describedby="key-hint"
          >
            ${(view.marks
              ? // The marks are paths: only the events a reader is on get an element, the tab
                // stop first, so it keeps its element (and focus) as the others come and go.
                [...new Set([roving, open?.id, this.hoverId])].flatMap(
                  (id) => view.items.find((i) => i.id === id) ?? [],
                )
              : view.items
            ).map((item) => this.renderMark(item, roving, open))}
          </g>
        </svg>
      </div>
      <p id="key-hint" class="visually-hidden">${s.keyHint}</p>`;
  }

  /** Every mark of a chart with many events, four paths a lane; hidden, as the events group names each event. */
  private renderMarks(marks: TimelineMarks): TemplateResult {
    return svg`<g class="marks" part="marks" aria-hidden="true">
      ${marks.lanes.map(
        (l) => svg`<g class="cat-${l.category} ${CATEGORY_SHAPES[l.category].filled ? 'filled' : 'hollow'}">
          <path class="bar" d=${l.bars}></path><path class="whisker" d=${l.whiskers}></path>
          <path class="shape" d=${l.shapes}></path><path class="shape highlighted" d=${l.highlighted}></path>
        </g>`,
      )}<path class="approx" d=${marks.approximate}></path>
    </g>`;
  }

  private renderMark(item: TimelineItem, roving: string | null, open: TimelineItem | null): TemplateResult {
    const length = Math.max(0, item.x2 - item.x);
    const shape = CATEGORY_SHAPES[item.category];
    const isOpen = open === item;
    return svg`<g
      class="event cat-${item.category}${item.highlighted ? ' highlighted' : ''}${item.id === this.hoverId ? ' hovered' : ''}"
      part="event"
      data-event=${item.id}
      role="button"
      tabindex=${item.id === roving ? 0 : -1}
      aria-label=${markName(item)}
      aria-expanded=${isOpen ? 'true' : 'false'}
      aria-controls=${isOpen ? 'detail' : nothing}
      transform="translate(${item.x} ${item.cy})"
    >
      <rect class="hit" x="-12" y="-12" width=${length + 24} height="24" rx="6"></rect>
      ${item.span ? svg`<rect class="bar" x="0" y="-3" width=${Math.max(2, length)} height="6"></rect>` : nothing}
      ${
        !item.span && !item.precise
          ? svg`<line class="whisker" x1=${item.loX - item.x} x2=${item.hiX - item.x} y1="0" y2="0"></line>`
          : nothing
      }
      ${item.event.approximate ? svg`<circle class="approx" r=${item.highlighted ? 11 : 9}></circle>` : nothing}
      <path class=${shape.filled ? 'fill' : 'open'} d=${item.highlighted ? BIG_MARK_PATHS[item.category] : MARK_PATHS[item.category]}></path>
    </g>`;
  }

  private renderList(view: TimelineLayout, open: TimelineItem | null, sources: Map<string, Source>): TemplateResult {
    const roving = this.rovingId;
    const total = view.items.length;
    const { start, end } = this.listRange ?? { start: 0, end: total };
    // A long list keeps its place line once every event is shown: nothing vanishes under the reader.
    const paged = total > ONE_BY_ONE;
    const shown = end - start < total ? view.items.slice(start, end) : view.items;
    // One delegated listener per kind on the list, not four per item: 1,000 items stay light.
    return html`${
        start > 0
          ? html`<p class="pager" part="pager">
              <button type="button" part="more" @click=${() => this.showMore(Math.max(0, start - LIST_PAGE))}>
                ${s.showPrevious(Math.min(LIST_PAGE, start))}
              </button>
            </p>`
          : nothing
      }
      <ol
        class="list${shown.length > LONG_LIST ? ' long' : ''}"
        part="list"
        aria-label=${paged ? s.listRange(start + 1, end, total) : s.events}
        aria-describedby="key-hint"
        @click=${this.onEventClick}
        @focusin=${this.onEventFocus}
      >
        ${shown.map(
          (item, i) =>
            html`<li
              class="row${item.newYear ? ' new-year' : ''}${item.highlighted ? ' highlighted' : ''}"
              part="list-item"
            >
              ${
                // A page that starts part-way through a year names it too.
                item.newYear || (i === 0 && start > 0)
                  ? html`<span class="year" aria-hidden="true">${item.year}</span>`
                  : nothing
              }
              <button
                type="button"
                class="event cat-${item.category}"
                part="event"
                data-event=${item.id}
                tabindex=${item.id === roving ? 0 : -1}
                aria-expanded=${open === item ? 'true' : 'false'}
                aria-controls=${open === item ? 'detail' : nothing}
              >
                <span class="when"><span class="mk ${item.category}"></span>${eventDateText(item.event)}</span>
                <span class="what">${item.event.title}</span>
                <span class="cat"
                  >${s.categories[item.category]}${item.highlighted ? html`, ${s.highlighted}` : nothing}</span
                >
              </button>
              ${open === item ? this.renderDetail(item, sources) : nothing}
            </li>`,
        )}
      </ol>
      ${
        paged
          ? html`<p class="pager" part="pager">
              ${s.listRange(start + 1, end, total)}.
              ${
                end < total
                  ? html`<button type="button" part="more" @click=${() => this.showMore(end)}>
                      ${s.showNext(Math.min(LIST_PAGE, total - end))}
                    </button>`
                  : nothing
              }
            </p>`
          : nothing
      }
      <p id="key-hint" class="visually-hidden">${s.keyHint}</p>`;
  }

  private renderDetail(item: TimelineItem, sources: Map<string, Source>): TemplateResult {
    const e = item.event;
    const level = this.subheadingLevel;
    const length = item.span ? spanLengthText(e) : '';
    return html`<div id="detail" class="detail" part="detail" role="region" aria-label=${s.detailLabel(e.title)}>
      <p class="detail-meta">
        ${icon(item.category)} <span>${s.categories[item.category]}</span> ·
        <span>${eventDateText(e)}${length ? ` (${length})` : ''}</span>
      </p>
      <div class="detail-title" role="heading" aria-level=${level}>${e.title}</div>
      <p>${e.description}</p>
      ${
        // The victim's details, unless the description already names him (it usually says it all).
        e.victim && !e.description.includes(e.victim.name)
          ? html`<p>${s.victim(e.victim.name, e.victim.age, e.victim.place)}</p>`
          : nothing
      }
      ${e.note ? html`<p class="note"><strong>${s.note}:</strong> ${e.note}</p>` : nothing}
      <div class="detail-sources-title" role="heading" aria-level=${Math.min(6, level + 1)}>${s.sourcesHeading}</div>
      <ul class="detail-sources">
        ${e.citations.map((c) => {
          const source = sources.get(c.source);
          return html`<li>
            ${source ? sourceLink(source) : s.missingSource(c.source)}${source?.date ? `, ${formatDate(source.date)}` : ''}
            <blockquote part="quote"><span class="visually-hidden">${s.quote}: </span>“${c.quote}”</blockquote>
            ${c.saidBy ? html`<p class="said-by">${saidByText(c)}</p>` : nothing}
          </li>`;
        })}
      </ul>
      <button type="button" class="close" part="close" @click=${() => this.close()}>${s.close}</button>
    </div>`;
  }
}

/** The mark's accessible name: date, category, title, and whether it is emphasised. */
function markName(item: TimelineItem): string {
  const parts = [eventDateText(item.event), s.categories[item.category], item.event.title];
  if (item.highlighted) parts.push(s.highlighted);
  return parts.join('. ');
}

/** The categories the data uses, in the schema's order: the chips, stable whatever is filtered. */
function presentCategories(events: readonly TimelineEvent[]): EventCategory[] {
  const used = new Set(events.map((e) => e.category));
  return EVENT_CATEGORIES.filter((c) => used.has(c));
}

function splitList(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Known categories from the attribute; unknown names are ignored, and none known shows all. */
function parseCategories(value: string | null): ReadonlySet<EventCategory> | null {
  const known = splitList(value).filter((c): c is EventCategory => (EVENT_CATEGORIES as readonly string[]).includes(c));
  return known.length ? new Set(known) : null;
}

function parseBound(value: string | null, edge: 'start' | 'end'): number | null {
  const parsed = value ? parseIsoDate(value.trim()) : null;
  return parsed ? parsed[edge] : null;
}

/**
 * The summary sentence, computed from all the events so it reads true for any
 * dataset of this schema: how many deaths and between when, the longest watchdog
 * span, the longest inquest span and the last inspection as a short chronology,
 * and the latest entry. It states no length the sources do not (see the strings).
 */
export function summarise(events: readonly TimelineEvent[]): string {
  const parsed = events
    .map((event) => ({ event, date: parseIsoDate(event.date)!, end: event.end ? parseIsoDate(event.end) : null }))
    .filter((p) => p.date)
    .sort((a, b) => a.date.start - b.date.start);
  if (parsed.length === 0) return s.noEvents;
  const first = parsed[0]!;
  let last = first;
  for (const p of parsed) if ((p.end ?? p.date).end >= (last.end ?? last.date).end) last = p;
  const sentences = [s.overview(parsed.length, roughDate(first.date), roughDate(last.end ?? last.date))];

  const deaths = parsed.filter((p) => p.event.category === 'death' && !p.end);
  if (deaths.length)
    sentences.push(s.deaths(deaths.length, roughDate(deaths[0]!.date), roughDate(deaths[deaths.length - 1]!.date)));
  const longest = (category: EventCategory) => {
    let best: (typeof parsed)[number] | null = null;
    for (const p of parsed)
      if (
        p.event.category === category &&
        p.end &&
        (!best || p.end.end - p.date.start > best.end!.end - best.date.start)
      )
        best = p;
    return best;
  };
  // Not called "the longest investigation": a later one may still be open (the data shows
  // the IOPC's re-investigation as events, not as a span with an end).
  // The last inspection; of several on its date, a highlighted (key) one, else the first listed.
  const inspections = parsed.filter((p) => p.event.category === 'inspection');
  const lastDay = inspections.length ? inspections[inspections.length - 1]!.date.start : NaN;
  const onLastDay = inspections.filter((p) => p.date.start === lastDay);
  const inspection = onLastDay.find((p) => p.event.key) ?? onLastDay[0] ?? null;
  const later = [longest('watchdog'), longest('inquest'), inspection].filter(
    (p): p is (typeof parsed)[number] => p !== null && p !== last,
  );
  for (const p of later) sentences.push(s.dated(eventDateText(p.event), p.event.title));
  if (parsed.length > 1) sentences.push(s.latest(eventDateText(last.event), last.event.title));
  return sentences.join(' ');
}

safeDefine('case-timeline', CaseTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'case-timeline': CaseTimeline;
  }
  // The event bubbles and is composed, so a listener on any element, the document or the
  // window hears it: GlobalEventHandlersEventMap is what HTMLElementEventMap,
  // DocumentEventMap and WindowEventMap all extend.
  interface GlobalEventHandlersEventMap {
    'pcv-timeline-select': CaseTimelineSelectEvent;
  }
}
