import { LitElement, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CaseLabels, DatasetSection, Source } from '../data/types.js';
import { caseLabel } from '../data/labels.js';
import type { DatasetPart } from '../data/validate.js';
import { DatasetController } from './dataset-controller.js';
import { SizeController } from './size-controller.js';
import { RenderWhenNeeded, releaseReservedHeight } from './render-when-needed.js';
import { Announcer } from './announcer.js';
import type { DataTable } from './downloads.js';
import {
  clampHeadingLevel,
  renderError,
  renderFrame,
  renderLoading,
  type FrameHead,
  type SummaryMode,
} from './frame.js';
import type { PageWindow } from './pager.js';
import { frameStyles } from './frame.styles.js';
import { loadedTableView, loadTableView, preloadTableView, type TableView } from './table-loader.js';
import { resolveTheme, themeStyles, themeTokens, type ThemeName } from './theme.js';

/** What a graphic gives the frame, computed from valid data. */
export interface FigureContent {
  /** The default title; the page's `heading` replaces it. */
  heading: string;
  /**
   * One sentence computed from the data: the figure's accessible description, and
   * visible text only with `show-summary` (see SummaryMode).
   */
  summary: string;
  graphic: TemplateResult | typeof nothing;
  notes: readonly string[];
  /**
   * When the data shown was last checked, as the reader should read it ("Data as of
   * 16 November 2023"): a line in the footer above the sources. Optional.
   */
  asOf?: string;
  sources: readonly Source[];
  /**
   * The table view and the CSV. A function is called only when the reader opens the
   * table or downloads it: most readers never do, so a graphic need not build every
   * row on each render.
   */
  table: DataTable | (() => DataTable);
  /**
   * What the table's rows come from, kept (same object) while they stay the same, e.g.
   * the filtered items: when it changes, a long table starts again at its first page
   * rather than keep a page number that belonged to other rows.
   */
  tableKey?: unknown;
}

/**
 * What every port-case-viz element shares: where the data comes from (property,
 * inline JSON, `src`, bundled), the element's width, the theme, the live region, the
 * figure frame with its title, standfirst, table view and downloads, and when to render
 * (RenderWhenNeeded: near the viewport or in idle time, before printing, or at once with
 * `loading="eager"`). A subclass names the sections it needs and renders its graphic from
 * valid data.
 *
 * The first screen is the graphic: the page sets a short `heading` and a one-sentence
 * `dek` (or a `slot="dek"` child); the summary computed from the data is the figure's
 * accessible description, shown only with `show-summary`. A story that writes its own
 * headline and intro sets `hide-title` and `hide-summary`, and nothing is said twice.
 *
 * The frame's parts and the theme's custom properties are documented here once;
 * custom-elements.json lists them on every element (inherited from this class).
 *
 * @slot dek - A standfirst with markup (links, emphasis), in place of the `dek` attribute. Readers without JavaScript see it too.
 * @slot - What readers without JavaScript see (a sentence and a sources link). Shown again, under a neutral message, if the data cannot be drawn.
 *
 * @csspart figure - The figure frame around the whole graphic.
 * @csspart title - The heading.
 * @csspart summary - The summary sentence computed from the data: the figure's accessible description, shown with `show-summary`.
 * @csspart graphic - The area holding the element's own graphic and controls.
 * @csspart caption - The foot of the figure: notes, sources and tools.
 * @csspart notes - The notes under the graphic.
 * @csspart sources - The source line (a folded list when there are many).
 * @csspart tools - The table toggle and the downloads.
 * @csspart button - Every frame button (with `table-toggle`, `download` or `table-page`).
 * @csspart table-toggle - The "Show as table" button.
 * @csspart download - A "Get the data" button (CSV or JSON).
 * @csspart table-wrap - The scrollable region holding the table.
 * @csspart table - The table alternative.
 * @csspart table-pager - Under a table of more than 300 rows: which rows it shows, with the previous and next buttons.
 * @csspart table-page - The previous and next buttons of a long table.
 * @csspart error - The message shown instead of the graphic when the data is not valid.
 * @csspart loading - The line shown while the data loads.
 * @csspart head - The title, standfirst and (with `show-summary`) summary above the graphic.
 * @csspart dek - The standfirst.
 * @csspart as-of - The footer line saying when the data shown was last checked, when the graphic gives one.
 * @csspart announcement - The visually hidden live region: each change said once, then cleared.
 * @csspart fallback - In the error state, the page's own fallback content.
 * @csspart problems - In the error state with `show-problems`, the data's problems by field path.
 *
 * @cssproperty --pcv-ink - Text and marks (default #1b1b1b; dark #f0f0f0).
 * @cssproperty --pcv-muted - Secondary text.
 * @cssproperty --pcv-rule - Lines: axis ticks, rules, borders.
 * @cssproperty --pcv-faint - Bands and pressed buttons.
 * @cssproperty --pcv-surface - The graphic's own background, painted when a theme is set, and behind its labels and popovers.
 * @cssproperty --pcv-focus - The focus ring.
 * @cssproperty --pcv-link - Links.
 * @cssproperty --pcv-color-good - The shared "good" colour.
 * @cssproperty --pcv-color-bad - The shared "bad" colour.
 * @cssproperty --pcv-font-family - Font (default: inherited).
 * @cssproperty --pcv-font-size - Base font size (default 1rem).
 * @cssproperty --pcv-padding - Inner padding of the frame. Default: none, or 1rem when a theme is set.
 */
export abstract class FigureElement<S extends DatasetSection> extends LitElement {
  static override styles = [themeStyles, themeTokens, frameStyles];

  protected readonly size = new SizeController(this);
  /**
   * The first render waits until the graphic is needed. Graphics render one at a time;
   * the next one's turn comes when this one has rendered, or at once if it has no width
   * yet (a hidden tab), for it waits for one (SizeController) and must not hold up the others.
   */
  private readonly whenNeeded = new RenderWhenNeeded(this, () => (this.size.width > 0 ? this.rendered() : undefined));

  /**
   * The render itself, not what updateComplete also waits for (the timeline's event
   * details, the validator, a press loading the table view): the next graphic's turn
   * must not wait for a download. A graphic that draws in steps overrides it to wait for
   * them; updateComplete waits for it, then for the rest.
   */
  protected rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }
  /** The graphic's one live region: `this.announcer.announce(text)` says a change once, then clears. */
  protected readonly announcer = new Announcer(this);
  protected abstract readonly loader: DatasetController<S>;

  /** The data to draw: a Dataset object or JSON text. Wins over inline JSON, `src` and the bundled data. */
  @property({ attribute: false }) data: unknown = undefined;

  /** A URL to fetch the data from (JSON of the same schema). */
  @property({ reflect: true }) src: string | null = null;

  /**
   * The heading level of the title, 1–6 (default 2), to fit the page's outline; the graphic's
   * own headings sit one level below it. With `hide-title`, the level of those headings: give
   * the level one below the page's own heading for the graphic (an h2 on the page: 3).
   */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * `light` (the default when unset), `dark`, or `auto` (follows the reader's system
   * setting: a page opts in). Also read from a `theme` attribute on an ancestor. With a
   * theme set the graphic paints its own surface, with inner padding; unset, it is
   * transparent on the page's background.
   */
  @property({ reflect: true }) theme: ThemeName | null = null;

  /** The title: a short headline written for the page. Replaces the default title. */
  @property() heading: string | null = null;

  /** A one-sentence standfirst under the title, written for the page (or use the `dek` slot). */
  @property() dek: string | null = null;

  /**
   * Hides the title (and takes it out of the page's outline) for a story that gives the
   * graphic its own headline. The figure keeps the title as its accessible name. The
   * graphic's own headings then start at `heading-level`, under the page's heading.
   */
  @property({ attribute: 'hide-title', type: Boolean }) hideTitle = false;

  /** Shows the summary computed from the data as a paragraph under the title. Without it the summary is only the figure's accessible description. */
  @property({ attribute: 'show-summary', type: Boolean }) showSummary = false;

  /** Leaves the computed summary out altogether, not even as the accessible description: for a story whose own intro says it. Wins over `show-summary`. */
  @property({ attribute: 'hide-summary', type: Boolean }) hideSummary = false;

  /** Lists the data's problems, by field path, in the error state (an editor's preview). Readers get a neutral message; the list always goes to the console. */
  @property({ attribute: 'show-problems', type: Boolean }) showProblems = false;

  /**
   * `lazy` (the default): renders when it comes within a screen of the viewport or when the
   * page is idle, whichever is first, and before printing; the height the page reserved is
   * kept until then. `eager`: renders at once, e.g. for the first graphic of a story.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  @state() protected tableOpen = false;

  /**
   * True between the window's `beforeprint` and `afterprint`: the graphic is laid out at
   * paper width, and a subclass shows what a reader would have to open (its evidence).
   */
  @state() protected printing = false;

  /**
   * Whether a subclass renders the content of its closed <details> (notes, evidence): not in
   * the first render, which is then smaller (issue #16: the recommendations' closed notes are
   * 1,241 of its 1,751 nodes), but in a task of its own after that render's frame, at once
   * when a reader opens one first (`@click=${this.unfold}` on the <details>), and for print.
   * A closed <details> is as tall empty as full, so nothing moves. updateComplete waits for it.
   */
  protected get unfolded(): boolean {
    return this.foldsFilled || this.printing;
  }

  private foldsFilled = false;
  private folding: Promise<void> | null = null;

  /** Fills the closed <details> now: a click on a summary, before the <details> opens. */
  protected readonly unfold = (): void => {
    if (this.foldsFilled) return;
    this.foldsFilled = true;
    this.requestUpdate();
  };

  /**
   * The rows a long table shows (frame.ts pages tables of more than SHOW_ALL_UP_TO
   * rows), and the content's tableKey they belong to. Plain fields, not reactive state:
   * render() resets them when the key changes, and showRows() asks for the update.
   */
  private tableWindow: PageWindow | null = null;
  private tableKey: unknown = undefined;

  /** What updateComplete waits for besides the render (waitFor). */
  private readonly work = new Set<Promise<unknown>>();

  /**
   * Makes updateComplete wait for `work` too: a press waiting for the table view to load
   * (table-loader.ts), so `await el.updateComplete` after a press sees the table open or the
   * file saved; a graphic's own code on its way. `work` must not reject.
   */
  protected waitFor(work: Promise<unknown>): void {
    const tracked = work.finally(() => this.work.delete(tracked));
    this.work.add(tracked);
  }

  /**
   * `bundled` gives the element's default data: only the sections it draws, and the sources.
   * `completeBundled`, when given, gives it whole a moment later (DatasetController).
   */
  protected createDatasetController(
    sections: readonly S[],
    bundled: () => DatasetPart<S>,
    completeBundled?: () => Promise<DatasetPart<S>>,
  ): DatasetController<S> {
    return new DatasetController<S>(this, sections, bundled, completeBundled);
  }

  override connectedCallback(): void {
    // The theme first: it sets the padding, so the size controller (connected next) measures
    // the width inside it, and the first layout is drawn at the width it keeps.
    this.applyTheme();
    super.connectedCallback();
    // The same function each time, so connecting again adds no second listener.
    this.renderRoot.addEventListener('slotchange', this.onSlotChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  /**
   * Never lays out at 0 px (a hidden tab, a collapsed accordion, a `display: none`
   * iframe): the update waits until the element has a real width (SizeController), and
   * properties set meanwhile are all applied then. Lit documents overriding this hook to
   * defer an update; `updateComplete` resolves after it.
   */
  protected override async scheduleUpdate(): Promise<void> {
    // The first render also waits until the graphic is needed (RenderWhenNeeded); later ones do not.
    if (this.whenNeeded.waiting) {
      if (this.loading === 'eager') this.whenNeeded.now();
      await this.whenNeeded.ready;
    }
    if (this.size.width <= 0) await this.size.sized;
    super.scheduleUpdate();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    // A waiting graphic set to `loading="eager"` renders now.
    if (name === 'loading' && this.loading === 'eager') this.whenNeeded?.now();
  }

  /**
   * Also waits while the validator loads for data the page supplied (it loads on first
   * need: DatasetController), so `await el.updateComplete` after setting `.data` sees the
   * graphic or the error state, not "Loading".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await this.rendered();
    while (this.loader.pending || this.work.size > 0 || (this.folding && !this.foldsFilled)) {
      await this.loader.pending;
      await Promise.all(this.work);
      await this.folding;
      complete = await this.rendered();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.loader.resolve();
    if (changed.has('theme')) this.applyTheme();
    // The table's styles join this element's own the first time it shows its table, just
    // after the frame's, where they stood when they were part of them (table-view.ts).
    const tableView = this.tableOpen ? loadedTableView() : null;
    tableView?.addTableStyles(this.renderRoot, frameStyles);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    // Drawn (or its error shown): its own height replaces the one the page reserved.
    if (this.loader.state.status !== 'loading' && !this.preparing) releaseReservedHeight(this);
    // Drawn: the table view loads when the page is idle, so a reader's press is instant.
    if (this.loader.state.status === 'ready') preloadTableView();
    // The closed <details> are filled in a task after the frame that paints the graphic (a
    // hidden page paints none: then after a timeout).
    if (this.loader.state.status === 'ready' && !this.preparing)
      this.folding ??= new Promise<void>((done) => {
        const fill = () => setTimeout(done);
        requestAnimationFrame(fill);
        setTimeout(fill, 100);
      }).then(this.unfold);
  }

  /**
   * True while a graphic has its data but draws nothing yet, working out its first drawing in
   * tasks of its own so that none is long (issue #16: the timeline lays out its chart in one).
   * The height the page reserved is kept until it draws. Unset (false) unless a graphic sets
   * it: declared only, so it costs the shared chunk nothing.
   */
  declare protected preparing?: boolean;

  /**
   * The level for headings inside the graphic, the one rule every graphic reads: one below
   * its title, at most 6; with `hide-title`, `heading-level` itself, for the page's own
   * heading stands where the title was (an h2, then sub-headings at 3: no level skipped).
   */
  protected get subheadingLevel(): number {
    return Math.min(6, clampHeadingLevel(this.headingLevel) + (this.hideTitle ? 0 : 1));
  }

  /** The graphic's content for valid data; called only in the ready state. */
  protected abstract content(data: DatasetPart<S>): FigureContent;

  /** The title shown while loading or in the error state. */
  protected abstract get defaultHeading(): string;

  /** Which of the dataset's `labels` is this graphic's title (none: always the built-in one). */
  protected readonly labelKey: keyof CaseLabels | null = null;

  private applyTheme(): void {
    const theme = resolveTheme(this);
    if (theme) this.setAttribute('data-pcv-theme', theme);
    else this.removeAttribute('data-pcv-theme');
  }

  /**
   * What the page set for the head of the frame, given the graphic's default title; `data`
   * (when drawn) may carry the case's own title for this graphic.
   */
  private head(defaultHeading: string, data?: unknown): FrameHead {
    const summaryMode: SummaryMode = this.hideSummary ? 'none' : this.showSummary ? 'visible' : 'description';
    return {
      // The page's heading, else the data's own title for this graphic, else the built-in one.
      heading: this.heading ?? (this.labelKey && caseLabel(data, this.labelKey)) ?? defaultHeading,
      headingLevel: this.headingLevel,
      hideTitle: this.hideTitle,
      dek: this.dek,
      dekSlotted: this.querySelector(':scope > [slot="dek"]') !== null,
      summaryMode,
    };
  }

  protected override render(): TemplateResult {
    const state = this.loader.state;
    if (state.status === 'loading') return renderLoading();
    if (state.status === 'error') return renderError(this.head(this.defaultHeading), state.problems, this.showProblems);
    const content = this.content(state.data);
    this.table = content.table;
    if (content.tableKey !== this.tableKey) {
      this.tableKey = content.tableKey;
      this.tableWindow = null;
    }
    const tableView = this.tableOpen ? loadedTableView() : null;
    return renderFrame({
      ...content,
      ...this.head(content.heading, state.data),
      tableOpen: this.tableOpen,
      tableView: tableView
        ? tableView.renderTable(
            tableView.tableOf(content.table),
            this.tableWindow,
            (window) => void this.showRows(window),
          )
        : nothing,
      onToggleTable: () => this.toggleTable(),
      onDownload: (format) => this.download(format),
      unfolded: this.unfolded,
      onUnfold: this.unfold,
      liveRegion: this.announcer.region(),
    });
  }

  /** A `slot="dek"` child added or removed after a render changes the head. */
  private readonly onSlotChange = (event: Event): void => {
    if ((event.target as HTMLSlotElement).name === 'dek') this.requestUpdate();
  };

  /**
   * A long table's page button: focus goes to the first row now shown, where the reader
   * reads on (the button pressed may be gone), and the table's status line says the range.
   */
  private async showRows(window: PageWindow): Promise<void> {
    this.tableWindow = window;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('tbody th')?.focus();
  }

  /**
   * Print: laid out at paper width and with everything a reader would open shown
   * (`printing`, and every closed <details> of the graphic opened, then closed again
   * after). The update runs now, inside the event: the browser prints what the page
   * holds when its beforeprint listeners return.
   */
  private reopen: HTMLDetailsElement[] = [];

  private readonly onBeforePrint = (): void => {
    this.size.startPrint();
    this.printing = true;
    if (this.isUpdatePending && this.size.width > 0) this.performUpdate();
    this.reopen = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const details of this.reopen) details.open = true;
  };

  private readonly onAfterPrint = (): void => {
    for (const details of this.reopen) details.open = false;
    this.reopen = [];
    this.size.endPrint();
    this.printing = false;
  };

  /**
   * "Show as table": opens at once when the table view has loaded; else it loads first
   * (table-loader.ts), and the button stays as it is meanwhile.
   */
  private toggleTable(): void {
    if (this.tableOpen || (loadedTableView() && !this.tableNeeds())) this.tableOpen = !this.tableOpen;
    else this.withTableView('Show as table', () => (this.tableOpen = true));
  }

  /**
   * What the graphic's table needs that arrives after its first render (the officers' table
   * is built by their interaction code): a press on the table or the downloads waits for it as
   * for the table view, and fails as it does if it cannot load. Nothing by default, and
   * nothing once it is here.
   */
  protected tableNeeds(): Promise<unknown> | undefined {
    return undefined;
  }

  /** The table of the last render, for the CSV. */
  private table: FigureContent['table'] | null = null;

  /**
   * The files hold the data whole: the bundled timeline's event details arrive a moment
   * after the graphic (DatasetController.whole), so a download asked for before waits for them.
   */
  private download(format: 'csv' | 'json'): void {
    const pending = this.loader.pending;
    if (!this.loader.whole && pending) {
      // Then the render that follows (this.table is the whole data's), not updateComplete,
      // which waits for this work itself.
      return this.waitFor(pending.then(() => super.getUpdateComplete()).then(() => this.download(format)));
    }
    const data = this.loader.whole ?? (this.loader.state.status === 'ready' ? this.loader.state.data : null);
    const table = this.table;
    if (!data || !table) return;
    if (format === 'csv')
      return this.withTableView('Get the data as CSV', (view) => view.saveCsv(this.localName, table));
    // Only the sections this graphic drew, as validated: fields the schema does not know
    // are not passed on, and a page's object with a cycle in one is reported, not thrown.
    const drawn = Object.fromEntries(this.loader.sections.map((key) => [key, data[key]]));
    const value = { schemaVersion: 1, sources: data.sources, ...drawn };
    this.withTableView('Get the data as JSON', (view) => view.saveJson(this.localName, value));
  }

  /**
   * Runs `act` with the table view: now if it has loaded, else once it has. If it cannot
   * load (offline, a host that did not copy every chunk), the console says so and the page
   * stays as it was: a button that did nothing, never a broken graphic.
   */
  private withTableView(what: string, act: (view: TableView) => void): void {
    const loaded = loadedTableView();
    const needs = this.tableNeeds();
    if (loaded && !needs) return act(loaded);
    this.waitFor(
      Promise.all([loadTableView(), needs])
        .then(([view]) => act(view))
        // The browser's error names the file that did not load ("Failed to fetch dynamically imported module: …").
        .catch((error: unknown) =>
          console.error(`port-case-viz <${this.localName}>: "${what}" failed (${String(error)}).`),
        ),
    );
  }
}
