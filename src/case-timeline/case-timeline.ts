import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { parseIsoDate } from '../data/dates.js';
import type { CaseLabels, EventCategory, Source, TimelineEvent, TimelineFocus } from '../data/types.js';
import { EVENT_CATEGORIES, type DatasetPart } from '../data/validate.js';
import { bundledEvents, bundledEventSources, bundledFocus } from '../data/display-dataset.js';
import { wholeBundledEvents } from '../data/event-details.js';
import { detached } from '../data/plain.js';
import type { DataTable } from '../shared/downloads.js';
import { citedNames } from '../shared/citations.js';
import { safeDefine } from '../shared/define.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { renderLoading } from '../shared/frame.js';
import { renderChart, renderNumbered } from './case-timeline.chart.js';
import { browserMeasure } from './case-timeline.measure.js';
import { icon, renderDetail, type DetailOptions } from './case-timeline.detail.js';
import {
  ChartLayoutMemo,
  gridMove,
  measureLabels,
  orientationFor,
  MOST_CHARTED,
  type ChartLayout,
  type TimelineLayoutMode,
  type TimelineOrientation,
} from './case-timeline.layout.js';
import { PAGE_SIZE, SHOW_ALL_UP_TO, pageWindow, type PageWindow } from '../shared/pager.js';
import { renderFullList, renderOutline, type ListState } from './case-timeline.list.js';
import { phoneOutline, type PhoneOutline } from './case-timeline.phone.js';
import { timelineSelection, type TimelineItem, type TimelineSelection } from './case-timeline.selection.js';
import { caseTimelineStrings as s, eventDateText, timelineWords, type TimelineWords } from './case-timeline.strings.js';
import { categoryColours, caseTimelineStyles } from './case-timeline.styles.js';
import { tableRows, timelineText, type TimelineText } from './case-timeline.text.js';

type Sections = 'events';
/**
 * The timeline's data: the events, their sources, and the dataset's focus span and labels
 * (its title and category names) when it has them.
 */
type TimelineData = DatasetPart<Sections> & { focus?: TimelineFocus; labels?: CaseLabels };

/**
 * The most time (ms) one task of the first drawing spends measuring labels before it leaves
 * the rest to the next: a long task is one over 50 ms, and a phone's CPU is slower still.
 */
const MEASURE_SLICE = 30;

/** How long a reader's filter changes must settle before the result is announced once (ms). */
const ANNOUNCE_AFTER = 500;

/** Detail of `pcv-timeline-select`: the event a reader opened. */
export interface CaseTimelineSelectDetail {
  event: TimelineEvent;
}

/** `pcv-timeline-select`, typed for `addEventListener` through the global event maps below. */
export type CaseTimelineSelectEvent = CustomEvent<CaseTimelineSelectDetail>;

/**
 * The case as a story graphic. Wide: two time scales side by side (the dataset's focus span
 * month by month, then what followed, compressed), the four deaths as anchors and each police
 * failure as a numbered mark, listed by number under the chart. Phone: the highlights first,
 * each death with the failures dated after it folded under it, then every event on request.
 * Events are read in the order orderEvents() gives.
 *
 * @tag case-timeline
 * @summary The case's events on two time scales, with a clickable legend and each event's sources.
 *
 * @fires {CaseTimelineSelectEvent} pcv-timeline-select - A reader opened an event (click, tap, Enter or Space). `detail: { event: TimelineEvent }`. Bubbles and is composed. Never fired when the page sets a property or a deep link opens an event.
 *
 * @csspart controls - The legend and the range toggle.
 * @csspart legend - The clickable key: one toggle button per category.
 * @csspart legend-item - A category's toggle (aria-pressed).
 * @csspart range-toggle - The "Show 2014–2015 only / Show every year" button.
 * @csspart filter-toggle - On a phone, the button that shows the legend and the range toggle.
 * @csspart hint - The visible keyboard instruction.
 * @csspart chart - The SVG chart (wide layout), an ARIA grid.
 * @csspart axis - The chart's panels, ticks and captions.
 * @csspart lane - A category's lane in the chart.
 * @csspart label - An event's label in the chart.
 * @csspart event - An event's mark (chart) or button (list).
 * @csspart numbered - The numbered list of police failures under the chart.
 * @csspart readout - The line above the chart naming the hovered or focused event.
 * @csspart list - The phone's outline of highlights, or the list of every event.
 * @csspart list-item - One list entry.
 * @csspart group - The button that folds a death's failures under it.
 * @csspart gap - A marker for a year or more between two highlights.
 * @csspart show-all - The button that shows every event, or the highlights again.
 * @csspart pager - The line above or below a long list that shows which events it holds, with its button.
 * @csspart more - A button that shows the previous or next events of a long list.
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
  static override styles = [...FigureElement.styles, categoryColours, caseTimelineStyles];

  /**
   * The bundled data comes in two parts: what the graphic draws, then (fetched once it is
   * first drawn) each event's description, note and quotes, for the detail panel and the table.
   */
  protected readonly loader = this.createDatasetController(
    ['events'],
    () =>
      ({
        sources: bundledEventSources,
        // Drawn before the details arrive: only the detail panel, the table and the
        // downloads read them, and wait for them (detailsState, FigureElement).
        events: bundledEvents as unknown as TimelineEvent[],
        ...(bundledFocus ? { focus: bundledFocus } : {}),
      }) as TimelineData,
    // After the first drawing, not in its middle: loading, reading and copying the details
    // took a task of its own between its steps, and drew the graphic again (issue #16). Until
    // they arrive, an open event says they are loading, and a download waits for them.
    () =>
      this.firstDrawing
        .then(() => wholeBundledEvents())
        .then(
          (events) =>
            ({
              sources: bundledEventSources,
              events,
              ...(bundledFocus ? { focus: bundledFocus } : {}),
            }) as TimelineData,
        ),
  );

  /** The reader's category selection; null shows all. Starts from `categories`. */
  @state() private shown: ReadonlySet<EventCategory> | null = null;
  /** The reader's range in ms; starts from `from` and `to`. */
  @state() private rangeFrom: number | null = null;
  @state() private rangeTo: number | null = null;
  /** The event holding the roving tab stop, the one whose detail is open, and where it was opened. */
  @state() private focusedId: string | null = null;
  @state() private openId: string | null = null;
  @state() private openFromList = false;
  @state() private hoverId: string | null = null;
  /** The phone's choices: every event rather than the highlights, and the deaths whose failures are unfolded. */
  @state() private showAll = false;
  @state() private expanded: ReadonlySet<string> = new Set();
  /** On a phone, the legend and the range toggle are folded behind one button until asked for. */
  @state() private filtersOpen = false;

  /** Comma-separated categories to show, e.g. `death,watchdog`; unset shows all. */
  @property() categories: string | null = null;

  /** Start of the range shown: an ISO date or a year (`2015`, `2015-10`). */
  @property() from: string | null = null;

  /** End of the range shown: an ISO date or a year. */
  @property() to: string | null = null;

  /** Comma-separated event ids to emphasise: labelled first, drawn larger, among the phone's highlights. */
  @property() highlight: string | null = null;

  /** `auto` (the chart above 600 px of the element's own width), `horizontal` or `vertical`. */
  @property() layout: TimelineLayoutMode = 'auto';

  /** Hides the legend's toggles and the range toggle (the legend stays, as a key). */
  @property({ attribute: 'no-filter', type: Boolean }) noFilter = false;

  /** Opens the event named by the page URL's `#event-id`, on load and on hashchange. */
  @property({ attribute: 'deep-link', type: Boolean }) deepLink = false;

  // What willUpdate() computes, each kept while its inputs are the same objects.
  private selection: TimelineSelection | null = null;
  private selectionKey: unknown[] = [];
  private orientation: TimelineOrientation = 'vertical';
  private chart: ChartLayout | null = null;
  private chartKey: unknown[] = [];
  private readonly layouts = new ChartLayoutMemo();
  /** Some event in the chart has neither a label nor a number (a note says so). */
  private unlabelled = false;
  private outline: PhoneOutline | null = null;
  private text: TimelineText | null = null;
  private textKey: unknown[] = [];
  private sourceMap: Map<string, Source> = new Map();
  /** The category names: the data's own, else the built-in ones; made once per dataset. */
  private words: TimelineWords = timelineWords();
  /** The part of a long full list that is rendered (the shared pager's pageWindow), kept around the focused event. */
  private listRange: PageWindow | null = null;

  /**
   * The element's first drawing, in steps of a task each so that no task is long (issue #16):
   * - `data`: the data found (FigureElement's willUpdate: the bundled data's frozen copy, and
   *   the fetch of the events' details begun); nothing drawn yet, and the height the page
   *   reserved is kept (FigureElement's `preparing`);
   * - `select`: the events filtered, ordered and described;
   * - `measure`: the chart's labels measured (wide only), in slices of at most MEASURE_SLICE ms
   *   of a task each: measuring is most of laying out a first chart;
   * - `lay out`: the chart laid out; still nothing drawn;
   * - `frame`: the frame, head, legend, the chart's box at its final size, the numbered list
   *   and the footer, or on a phone the list;
   * - `chart`: once that has been painted, the chart's axes, lanes, labels and marks. Nothing
   *   moves: the box already had their size.
   * null once drawn. Printing draws everything at once, as does every later change (a resize,
   * a reader's filter, new data): those are short. Each step runs in the update after the one
   * before has scheduled it (nextStep); an update in between (the events' details arriving)
   * draws the same step again.
   */
  private firstSteps: 'data' | 'select' | 'measure' | 'lay out' | 'frame' | 'chart' | null = 'data';
  /** How many of the items the `measure` step has measured the labels of. */
  private measuredTo = 0;
  /** Settles when the next step has been drawn; updateComplete waits for every step. */
  private stepPending: Promise<void> | null = null;
  /** Settles once the first drawing is done (firstSteps null): then the events' details load. */
  private drawn!: () => void;
  private readonly firstDrawing = new Promise<void>((resolve) => (this.drawn = resolve));

  private hashApplied = false;
  private restoreFocus = false;
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

  /**
   * Drawn means every step of the first drawing (firstSteps): `updateComplete` sees it drawn
   * (FigureElement waits for this), and the next graphic's turn to render (RenderWhenNeeded)
   * comes only then: another graphic's render in the middle of the steps delayed the graphic
   * in view by that render and its layout (issue #16). No download is waited for.
   */
  protected override async rendered(): Promise<boolean> {
    let done = await super.rendered();
    while (this.stepPending) {
      await this.stepPending;
      done = await super.rendered();
    }
    return done;
  }

  /**
   * The data is here, but the first drawing is still being worked out (firstSteps): nothing is
   * drawn yet. Set by willUpdate for the update it prepares.
   */
  protected override preparing = false;

  /** The chart's box is drawn, its contents come next (firstSteps). */
  private get chartLater(): boolean {
    return this.firstSteps === 'frame';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('categories')) this.shown = parseCategories(this.categories);
    if (changed.has('from')) this.rangeFrom = parseBound(this.from, 'start');
    if (changed.has('to')) this.rangeTo = parseBound(this.to, 'end');
    if (changed.has('deepLink')) this.syncHashListener();
    const state = this.loader.state;
    // Printing draws everything, now: the browser prints what the page holds when beforeprint returns.
    if (this.printing) this.firstSteps = null;
    const step = this.firstSteps;
    this.preparing =
      state.status === 'ready' && (step === 'data' || step === 'select' || step === 'measure' || step === 'lay out');
    if (state.status !== 'ready') {
      this.selection = null;
      return;
    }
    if (step === 'data') return;
    const data = state.data as TimelineData;
    this.select(data);
    if (this.deepLink && !this.hashApplied) {
      this.hashApplied = true;
      this.openFromHash();
      this.select(data);
    }
    const items = this.selection!.items;
    const orientation = orientationFor(this.size.width, this.layout, items.length);
    if (orientation !== this.orientation) {
      // The layout switches under the reader: keep focus on the same event in the other one.
      const active = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | SVGElement | null;
      if (active?.dataset.event || active?.dataset.numbered) this.restoreFocus = true;
      this.orientation = orientation;
    }
    if (orientation === 'horizontal' && this.firstSteps === 'measure') {
      const measure = browserMeasure(getComputedStyle(this).fontFamily);
      const start = performance.now();
      const enough = () => performance.now() - start > MEASURE_SLICE;
      this.measuredTo = measure
        ? measureLabels(this.selection!, this.words, measure, this.measuredTo, enough)
        : items.length;
    } else if (orientation === 'horizontal' && this.firstSteps !== 'select') {
      const key = [this.selection, this.size.width, this.words];
      if (!this.chart || !sameInputs(key, this.chartKey)) {
        this.chartKey = key;
        // Labels are placed by the browser's measure of the element's own font.
        const measure = browserMeasure(getComputedStyle(this).fontFamily);
        this.chart = this.layouts.layout(this.selection!, this.size.width, this.words, measure);
        this.unlabelled = hasUnlabelled(this.chart);
      }
    } else if (orientation === 'vertical') {
      this.outline ??= phoneOutline(items);
      this.revealOnPhone(this.focusedId);
      this.listRange = pageWindow(
        items.length,
        this.listRange,
        items.findIndex((i) => i.id === this.focusedId),
      );
    }
    // The wide chart's frame fills its folded source list as it is drawn: FigureElement would
    // fill it in a task between the frame and the chart's contents, drawing the whole graphic
    // again in the middle of its first drawing (issue #16: ready later, for nothing).
    if (this.firstSteps === 'frame' && orientation === 'horizontal') this.unfold();
  }

  /** Filters and orders the events, and builds the words around them, when an input changed. */
  private select(data: TimelineData): void {
    const key = [data, this.shown, this.rangeFrom, this.rangeTo, this.highlight];
    if (this.selection && sameInputs(key, this.selectionKey)) return;
    const changedEvents = this.selectionKey[0] !== data;
    this.selectionKey = key;
    this.selection = timelineSelection(data.events, {
      categories: this.shown,
      from: this.rangeFrom,
      to: this.rangeTo,
      highlight: new Set(splitList(this.highlight)),
      focus: data.focus ?? null,
    });
    // The phone's outline is made when a phone draws (willUpdate): a chart has no use for it.
    this.outline = null;
    this.listRange = null;
    if (changedEvents) {
      this.sourceMap = new Map(data.sources.map((src) => [src.id, src]));
      this.words = timelineWords(data.labels?.categories);
    }
    const textKey = [data, this.selection];
    if (!this.text || !sameInputs(textKey, this.textKey)) {
      this.textKey = textKey;
      this.text = timelineText(this.selection, data.events, data.sources, this.shown, this.words);
    }
  }

  /**
   * Whether the phone lists every event (paged, SHOW_ALL_UP_TO at most at once) rather than
   * the highlights outline: when the reader asked, when the outline would only repeat the
   * list, or when it would reach more events than a list renders at once. A newsroom's data
   * with a thousand deaths makes no outline of highlights, and the DOM must stay bounded
   * (issue #16: 10,000 events once gave an outline of 13,000 nodes).
   */
  private get listingAll(): boolean {
    const outline = this.outline;
    return this.showAll || !outline || outline.reachable >= this.items.length || outline.reachable > SHOW_ALL_UP_TO;
  }

  /** On the phone, makes sure the event `id` has a row: unfolds its death's group, or shows every event. */
  private revealOnPhone(id: string | null): void {
    if (id === null || this.listingAll || !this.outline) return;
    for (const row of this.outline.rows) {
      if (row.kind === 'event' && row.item.id === id) return;
      if (row.kind === 'group' && row.items.some((i) => i.id === id)) {
        if (!this.expanded.has(row.death.id)) this.expanded = new Set([...this.expanded, row.death.id]);
        return;
      }
    }
    if (this.selection?.items.some((i) => i.id === id)) this.showAll = true;
  }

  protected override update(changed: PropertyValues<this>): void {
    // Any change of reactive state (the reader's, the page's, or one made in willUpdate) draws
    // each layout's box again (renderGraphic); a resize changes none.
    if (changed.size) this.drawnFrom = {};
    super.update(changed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.firstSteps !== null && this.loader.state.status === 'ready') this.nextStep();
    if (this.firstSteps === null) this.drawn();
    if (this.preparing) return; // nothing to focus or scroll to yet: they wait for the drawing
    if (this.restoreFocus) {
      this.restoreFocus = false;
      this.eventNode(this.rovingId)?.focus();
    }
    if (this.scrollToOpen) {
      this.scrollToOpen = false;
      const detail = this.activeBox().querySelector('.detail');
      // The URL asked for it (centre it, as a fragment link would), or a reader opened it (bring it just into view).
      detail?.scrollIntoView({ block: this.hashOpen ? 'center' : 'nearest' });
      this.hashOpen = false;
    }
  }
  private hashOpen = false;

  /**
   * After a step of the first drawing (firstSteps), schedules the next: in the next task, or,
   * for the chart's contents, once the frame around them has been painted. After the last
   * step (the chart's contents, or a phone's list), the drawing is done.
   */
  private nextStep(): void {
    const wide = this.orientation === 'horizontal';
    if (this.firstSteps === 'chart' || (this.firstSteps === 'frame' && !wide)) {
      this.firstSteps = null;
      return;
    }
    if (this.stepPending) return;
    const after = this.firstSteps === 'frame' ? afterNextPaint() : nextTask();
    this.stepPending = after.then(() => {
      this.stepPending = null;
      const step = this.firstSteps;
      const wide = this.orientation === 'horizontal';
      if (step === 'data') this.firstSteps = 'select';
      else if (step === 'select') this.firstSteps = wide ? 'measure' : 'frame';
      else if (step === 'measure')
        this.firstSteps = !wide ? 'frame' : this.measuredTo < this.items.length ? 'measure' : 'lay out';
      else if (step === 'lay out') this.firstSteps = 'frame';
      else if (step === 'frame') this.firstSteps = wide ? 'chart' : null;
      this.requestUpdate();
    });
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
    if (!state.data.events.some((e) => e.id === id)) return;
    if (this.selection && !this.selection.items.some((i) => i.id === id)) {
      // The reader's filters hide it: show everything rather than open something unseen.
      this.shown = null;
      this.rangeFrom = null;
      this.rangeTo = null;
    }
    this.openId = id;
    this.openFromList = false;
    this.focusedId = id;
    this.scrollToOpen = true;
    this.hashOpen = true;
  }

  private get items(): TimelineItem[] {
    return this.selection?.items ?? [];
  }

  /** The ids a reader can reach now, in order: the chart's grid, or the list's rows shown. */
  private get reachable(): string[] {
    if (this.orientation === 'horizontal') return this.chart?.rows.flat() ?? [];
    if (this.listingAll || !this.outline) {
      const { start, end } = this.listRange ?? { start: 0, end: this.items.length };
      return this.items.slice(start, end).map((i) => i.id);
    }
    return this.outline.rows.flatMap((row) =>
      row.kind === 'event'
        ? [row.item.id]
        : row.kind === 'group' && this.expanded.has(row.death.id)
          ? row.items.map((i) => i.id)
          : [],
    );
  }

  /** The event holding the tab stop: the focused one if reachable, else the first. */
  private get rovingId(): string | null {
    const ids = this.reachable;
    return this.focusedId !== null && ids.includes(this.focusedId) ? this.focusedId : (ids[0] ?? null);
  }

  private eventNode(id: string | null): HTMLElement | SVGElement | null {
    if (id === null) return null;
    for (const node of this.activeBox().querySelectorAll<HTMLElement | SVGElement>('[data-event]'))
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
      e.preventDefault();
      this.close();
      return;
    }
    const node = origin instanceof Element ? origin.closest<HTMLElement | SVGElement>('[data-event]') : null;
    const id = node?.dataset.event;
    if (!id) return;
    let next: string | null;
    if (this.orientation === 'horizontal' && this.chart) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        const item = this.items.find((i) => i.id === id);
        if (item) this.toggle(item, false);
        return;
      }
      const x = new Map(this.chart.marks.map((m) => [m.item.id, m.x]));
      next = gridMove(this.chart.rows, (i) => x.get(i) ?? 0, id, e.key, e.ctrlKey || e.metaKey);
    } else {
      next = listMove(this.reachable, id, e.key);
    }
    if (next === null) return;
    e.preventDefault();
    // Focus moving to the event is what a screen reader reads: nothing is announced besides.
    void this.focusEvent(next);
  }

  /** The item behind a delegated event on a mark, a list button or a numbered failure. */
  private itemFrom(e: Event): { item: TimelineItem; fromList: boolean } | undefined {
    const origin = e.composedPath()[0];
    const node =
      origin instanceof Element ? origin.closest<HTMLElement | SVGElement>('[data-event], [data-numbered]') : null;
    const id = node?.dataset.event ?? node?.dataset.numbered;
    const item = id === undefined ? undefined : this.items.find((i) => i.id === id);
    return item && { item, fromList: node!.dataset.numbered !== undefined };
  }

  private readonly onEventClick = (e: Event) => {
    const hit = this.itemFrom(e);
    if (hit) this.toggle(hit.item, hit.fromList);
  };

  private readonly onEventFocus = (e: Event) => {
    const origin = e.composedPath()[0];
    const id = origin instanceof Element ? (origin as HTMLElement).dataset?.event : undefined;
    if (id) this.focusedId = id;
  };

  private readonly onEventHover = (e: Event) => {
    const hit = this.itemFrom(e);
    this.hoverId = hit && !hit.fromList ? hit.item.id : null;
  };

  private readonly onEventsLeave = () => {
    this.hoverId = null;
  };

  /** A reader opened or closed an event. */
  private toggle(item: TimelineItem, fromList: boolean): void {
    this.focusedId = item.id;
    if (this.openId === item.id && this.openFromList === fromList) {
      this.openId = null;
      return;
    }
    this.openId = item.id;
    this.openFromList = fromList;
    this.scrollToOpen = true;
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
    const fromList = this.openFromList;
    this.openId = null;
    if (id === null) return;
    if (fromList)
      void this.updateComplete.then(() =>
        this.activeBox()
          .querySelector<HTMLElement>(`[data-numbered="${CSS.escape(id)}"]`)
          ?.focus(),
      );
    else void this.focusEvent(id);
  }

  /**
   * Announces the result of the reader's filter change once, after the changes settle: the
   * count is read after the update that applies the change, and the frame's announcer lets
   * a newer filter press within ANNOUNCE_AFTER replace it.
   */
  private announceFilter(): void {
    void this.updateComplete.then(() => {
      const sel = this.selection;
      if (sel) this.announcer.announce(s.filterStatus(sel.items.length, sel.total), { after: ANNOUNCE_AFTER });
    });
  }

  private toggleCategory(category: EventCategory): void {
    const present = this.selection?.present ?? [];
    const next = new Set(this.shown ?? present);
    if (next.has(category)) next.delete(category);
    else next.add(category);
    this.shown = present.every((c) => next.has(c)) ? null : next;
    this.announceFilter();
  }

  private toggleRange(): void {
    const focus = this.selection?.focus;
    if (this.rangeFrom !== null || this.rangeTo !== null || !focus) {
      this.rangeFrom = null;
      this.rangeTo = null;
    } else {
      this.rangeFrom = focus.start;
      this.rangeTo = focus.end;
    }
    this.announceFilter();
  }

  private toggleGroup(deathId: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(deathId)) next.add(deathId);
    this.expanded = next;
  }

  /**
   * "Show all" replaces the highlights with the list of every event, above this button: a
   * press used to leave the focused button thousands of pixels below the screen (over 3,500 px
   * at 320 px), with nothing said. Now focus goes to the list's first event, which the browser
   * scrolls into view: what the press revealed starts there, and reading on goes through it
   * (the APG disclosure pattern: revealed content follows the reader's place, not before it).
   * Focus has left the button, whose new name and state are then not read, so the live region
   * says once what changed. "Show the highlights only" keeps focus on the button, whose name
   * and state say the change (nothing else is announced, or it would be said twice); the list
   * above it shrank, so the button is brought back into view.
   */
  private async toggleShowAll(button: HTMLElement): Promise<void> {
    this.showAll = !this.showAll;
    // The list's tab stop starts again at its first row: back to the highlights, left on an
    // event they do not show, it would list every event again (revealOnPhone) and undo the press.
    this.focusedId = null;
    await this.updateComplete;
    if (!this.showAll) return button.scrollIntoView({ block: 'nearest' });
    await this.focusEvent(this.reachable[0]!);
    this.announcer.announce(s.allShown(this.items.length));
  }

  /** A long list's page button: focus goes to the first event it adds, which moves the window there. */
  private showMore(at: number): void {
    const items = this.items;
    const next = pageWindow(items.length, this.listRange, at);
    this.announcer.announce(`${s.listRange(next.start + 1, next.end, items.length)}.`);
    void this.focusEvent(items[at]!.id);
  }

  /**
   * Nothing new while the first drawing is worked out (preparing): the frame comes when it can
   * be drawn whole. A "Loading" line already shown (data from `src`, or checked first) stays.
   */
  protected override render(): TemplateResult {
    if (this.preparing) return this.loadingShown ? renderLoading() : html``;
    this.loadingShown = this.loader.state.status === 'loading';
    return super.render();
  }
  private loadingShown = false;

  protected content(data: DatasetPart<Sections>): FigureContent {
    const selection = this.selection!;
    const text = this.text!;
    // The focus span's note and the one on unlabelled marks belong to the chart; a phone has neither.
    const wide = this.orientation === 'horizontal' && this.chart;
    const focusNote = (data as TimelineData).focus?.note;
    const notes = wide
      ? [
          ...text.notes,
          ...(focusNote && selection.focus ? [focusNote] : []),
          ...(this.unlabelled ? [s.unlabelled] : []),
        ]
      : text.notes;
    let table: DataTable | undefined;
    const items = selection.items;
    const names = (e: TimelineEvent) => citedNames(e.citations, data.sources).join('; ');
    // The table's descriptions come with the data whole (the bundled ones a moment after the graphic).
    const whole = this.wholeEvents();
    return {
      heading: s.heading,
      summary: text.summary,
      notes,
      sources: text.sources,
      tableKey: items,
      // Built when the reader first opens the table or downloads the CSV (most never do), then kept.
      table: () =>
        (table ??= {
          caption: s.tableCaption,
          columns: [...s.columns],
          rows: tableRows(items, names, this.words, (i) => whole?.get(i.id)?.description ?? ''),
        }),
      graphic: this.renderGraphic(selection),
    };
  }

  private renderGraphic(selection: TimelineSelection): TemplateResult {
    if (selection.total === 0) return html`<p class="empty" part="empty">${s.empty}</p>`;
    const open = selection.items.find((i) => i.id === this.openId) ?? null;
    let body: TemplateResult | HTMLElement;
    if (selection.items.length === 0) body = html`<p class="empty" part="empty">${s.emptyFiltered}</p>`;
    else {
      const wide = this.orientation === 'horizontal';
      body = this.layoutBoxes[this.orientation] ??= Object.assign(document.createElement('div'), {
        className: 'layout',
      });
      // Where the width chose the layout (orientationFor), the styles skip it in the frame that
      // applies a width across the breakpoint, before this renders the other one.
      body.classList.toggle('by-width', this.layout === 'auto' && selection.items.length <= MOST_CHARTED);
      // Drawn again only when something it shows has changed: a resize back to a width seen
      // before puts back the same chart, and walking its few hundred parts for no change took
      // a good part of the frame (issue #16). What renderWide and renderPhone read is the
      // element's reactive state, which draws both again when any of it changes (update),
      // and these, compared by identity (the data's words and sources come with a new
      // selection, the list's window follows the focused event).
      const inputs = [
        selection,
        this.chart,
        this.chartLater,
        this.outline,
        this.listRange,
        open && this.detailOf(open),
      ];
      const last = this.drawnFrom[this.orientation];
      if (!last || !sameInputs(inputs, last)) {
        this.drawnFrom[this.orientation] = inputs;
        render(wide ? this.renderWide(selection, open) : this.renderPhone(selection), body, { host: this });
      }
      body.classList.remove('kept');
      this.layoutBoxes[wide ? 'vertical' : 'horizontal']?.classList.add('kept');
      // In a fixed order, so that a switch moves no node: only the classes change.
      return html`${this.renderControls(selection)} ${this.layoutBoxes.horizontal}${this.layoutBoxes.vertical}`;
    }
    return html`${this.renderControls(selection)} ${body}`;
  }

  /**
   * Each layout's box. The one the width left stays in the shadow tree, kept (`.kept`: out of
   * the flow, its rendering skipped by content-visibility, which also takes it out of the
   * accessibility tree, the tab order and find in page). A resize back across the breakpoint
   * shows it again, still laid out, rather than build the chart or the list again or lay it
   * out afresh (issue #16: the chart's text alone was 5 ms of that frame; the frame's
   * main-thread work going to 1,280 px fell by a third). So ids differ between the two
   * (chart-hint and key-hint, detail and list-detail), and a query for the reader's event
   * looks in the box shown (activeBox).
   * Rendered with Lit's `render`, these parts are not told when the element disconnects: no
   * async directive (until, asyncReplace) belongs in the chart's or the list's templates.
   */
  private readonly layoutBoxes: Partial<Record<TimelineOrientation, HTMLElement>> = {};
  /** The box of the layout shown (the chart's or the list's), or the shadow root before either. */
  private activeBox(): ParentNode {
    return this.layoutBoxes[this.orientation] ?? this.renderRoot;
  }
  /** What each box was last drawn from (renderGraphic); emptied when any reactive state changes. */
  private drawnFrom: Partial<Record<TimelineOrientation, unknown[]>> = {};

  private renderControls(selection: TimelineSelection): TemplateResult {
    const { present, counts, focus } = selection;
    const wide = this.orientation === 'horizontal';
    const key = (c: EventCategory) =>
      html`${icon(c)}<span class="key-name">${this.words.many[c]}</span> <span class="count">${counts[c]}</span>`;
    const ranged = this.rangeFrom !== null || this.rangeTo !== null;
    // A phone names each event's category in words: the key can wait behind one button.
    const folded = !wide && !this.noFilter;
    const toggle = folded
      ? html`<button
            type="button"
            class="filter-toggle"
            part="filter-toggle"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            @click=${() => (this.filtersOpen = !this.filtersOpen)}
          >
            <span class="chevron" aria-hidden="true"></span>${s.filterButton}
            ${selection.filtered ? html`<span class="count">${s.filterStatus(selection.items.length, selection.total)}</span>` : nothing}
          </button>
          <p id="key-hint" class="hint" part="hint">${s.listHint}</p>`
      : nothing;
    // One template whether folded or not: the Filter button the reader pressed stays, with focus.
    const hidden = folded && !this.filtersOpen;
    return html`<div class="controls${wide ? ' wide' : ''}" part="controls">
      ${toggle}
      ${
        hidden
          ? nothing
          : this.noFilter
            ? html`<ul class="legend" part="legend" aria-label=${s.filterLabel}>
                ${present.map((c) => html`<li class="legend-item cat-${c}" part="legend-item">${key(c)}</li>`)}
              </ul>`
            : html`<div class="legend" part="legend" role="group" aria-label=${s.filterLabel}>
                ${present.map((c) => {
                  const pressed = !this.shown || this.shown.has(c);
                  return html`<button
                    type="button"
                    class="legend-item cat-${c}"
                    part="legend-item"
                    aria-pressed=${pressed ? 'true' : 'false'}
                    @click=${() => this.toggleCategory(c)}
                  >
                    ${key(c)}
                  </button>`;
                })}
              </div>`
      }
      ${
        !hidden && !this.noFilter && (focus || ranged)
          ? html`<button type="button" class="range-toggle" part="range-toggle" @click=${() => this.toggleRange()}>
              ${ranged || !focus ? s.showEverything : s.showFocus(focus.fromYear, focus.toYear)}
            </button>`
          : nothing
      }
      ${
        wide
          ? html`<ul class="shape-key" aria-label=${s.shapeKey}>
              <li><span class="key-bar"></span>${s.legendSpan}</li>
              <li><span class="key-line"></span>${s.legendPrecision}</li>
              ${selection.items.some((i) => i.event.approximate) ? html`<li><span class="key-ring"></span>${s.legendApproximate}</li>` : nothing}
            </ul>`
          : nothing
      }
    </div>`;
  }

  /**
   * The open event whole, with its description, note and quotes (the bundled ones come a
   * moment after the graphic: DatasetController.whole); or whether they are still loading.
   */
  private detailOf(item: TimelineItem): DetailOptions['details'] {
    const whole = this.wholeEvents();
    return whole ? (whole.get(item.id) ?? 'unavailable') : this.loader.pending ? 'loading' : 'unavailable';
  }

  private wholeById: { events: readonly TimelineEvent[]; byId: Map<string, TimelineEvent> } | null = null;
  private wholeEvents(): Map<string, TimelineEvent> | null {
    const events = this.loader.whole?.events;
    if (!events) return null;
    if (this.wholeById?.events !== events) this.wholeById = { events, byId: new Map(events.map((e) => [e.id, e])) };
    return this.wholeById.byId;
  }

  private detailFor(open: TimelineItem | null, inList: boolean) {
    return (item: TimelineItem) =>
      open === item && this.openFromList === inList
        ? renderDetail(item, {
            level: this.subheadingLevel,
            sources: this.sourceMap,
            onClose: () => this.close(),
            words: this.words,
            details: this.detailOf(item),
            // The chart's and the list's panels are both in the shadow tree (layoutBoxes).
            id: this.orientation === 'vertical' ? 'list-detail' : 'detail',
          })
        : nothing;
  }

  private renderWide(selection: TimelineSelection, open: TimelineItem | null): TemplateResult {
    const chart = this.chart!;
    const current =
      selection.items.find((i) => i.id === this.hoverId) ??
      selection.items.find((i) => i.id === this.focusedId) ??
      null;
    const mark = open && !this.openFromList ? chart.marks.find((m) => m.item === open) : undefined;
    // Next to the mark: under it, moved left where it would run past the chart's edge.
    const at = mark && {
      left: Math.round(Math.max(0, Math.min(mark.x - 40, chart.width - 340))),
      top: Math.round(mark.cy + 16),
    };
    return html`<p id="chart-hint" class="hint" part="hint">${s.keyHint}</p>
      <p class="readout" part="readout" aria-hidden="true">
        ${current ? html`<strong>${eventDateText(current.event)}</strong> ${current.event.title}` : this.words.pointerHint}
      </p>
      <!-- Listeners sit on an HTML wrapper: Chromium makes an SVG element with a focus
        listener focusable, which would add a second tab stop. -->
      <div
        class="chart-wrap"
        @click=${this.onEventClick}
        @focusin=${this.onEventFocus}
        @pointerover=${this.onEventHover}
        @pointerleave=${this.onEventsLeave}
      >
        ${renderChart(
          chart,
          { rovingId: this.rovingId, openId: this.openId, hoverId: this.hoverId, words: this.words },
          selection.items.length,
          !this.chartLater,
        )}
        ${
          mark && at
            ? renderDetail(mark.item, {
                level: this.subheadingLevel,
                sources: this.sourceMap,
                onClose: () => this.close(),
                at,
                words: this.words,
                details: this.detailOf(mark.item),
              })
            : nothing
        }
      </div>
      <div class="numbered-wrap" @click=${this.onEventClick}>
        ${renderNumbered(selection.items, this.openFromList ? this.openId : null, this.detailFor(open, true), this.words)}
      </div>`;
  }

  private renderPhone(selection: TimelineSelection): TemplateResult {
    const items = selection.items;
    const open = items.find((i) => i.id === this.openId) ?? null;
    const state: ListState = {
      rovingId: this.rovingId,
      openId: this.openId,
      expanded: this.expanded,
      detail: this.detailFor(open, false),
      onToggleGroup: (id) => this.toggleGroup(id),
      words: this.words,
    };
    const outline = this.outline!;
    const all = this.listingAll;
    const body = all
      ? renderFullList(
          items,
          this.listRange ?? { start: 0, end: items.length },
          items.length > SHOW_ALL_UP_TO,
          state,
          (at) => this.showMore(at),
          PAGE_SIZE,
        )
      : renderOutline(outline, state);
    // The keyboard hint sits beside the Filter button (renderControls), or here when there is none.
    return html`${this.noFilter ? html`<p id="key-hint" class="hint" part="hint">${s.listHint}</p>` : nothing}
      <div class="list-wrap" @click=${this.onEventClick} @focusin=${this.onEventFocus}>${body}</div>
      ${
        outline.reachable < items.length && outline.reachable <= SHOW_ALL_UP_TO
          ? html`<button
              type="button"
              class="show-all"
              part="show-all"
              aria-expanded=${this.showAll ? 'true' : 'false'}
              @click=${(e: Event) => void this.toggleShowAll(e.currentTarget as HTMLElement)}
            >
              ${this.showAll ? s.showHighlights : s.showAll(items.length)}
            </button>`
          : nothing
      }`;
  }
}

/** Whether what something was made from is the same, input by input (compared by identity). */
function sameInputs(inputs: readonly unknown[], last: readonly unknown[]): boolean {
  return inputs.every((input, i) => input === last[i]);
}

/** Settles in a task of its own, at once (a message to itself: no timer clamping, nor a hidden tab's). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Settles once the browser has produced the next frame (in the task after its animation
 * frame callbacks), or after 100 ms where no frame comes (a hidden tab draws no frames).
 */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** True when some event in the chart has neither a label nor a number. */
function hasUnlabelled(chart: ChartLayout): boolean {
  const labelled = new Set(chart.labels.map((l) => l.id));
  return chart.marks.some((m) => m.item.number === null && !labelled.has(m.item.id));
}

/** Up/Down (and Left/Right) to the previous or next event in a list; Home/End to the first or last. */
export function listMove(ids: readonly string[], current: string, key: string): string | null {
  const at = ids.indexOf(current);
  if (at < 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return ids[Math.min(ids.length - 1, at + 1)]!;
    case 'ArrowUp':
    case 'ArrowLeft':
      return ids[Math.max(0, at - 1)]!;
    case 'Home':
      return ids[0]!;
    case 'End':
      return ids[ids.length - 1]!;
    default:
      return null;
  }
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
