import type { nothing } from 'lit';
import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CaseLabels, DatasetSection, Source } from '../data/types.js';
import { caseLabel } from '../data/labels.js';
import type { DatasetPart } from '../data/validate.js';
import { DatasetController } from './dataset-controller.js';
import { SizeController } from './size-controller.js';
import { download, toCsv, type DataTable } from './downloads.js';
import { clampHeadingLevel, renderError, renderFrame, renderLoading, tableOf } from './frame.js';
import { frameStyles } from './frame.styles.js';
import { resolveTheme, themeStyles } from './theme.js';

/** What a graphic gives the frame, computed from valid data. */
export interface FigureContent {
  heading: string;
  summary: string;
  graphic: TemplateResult | typeof nothing;
  notes: readonly string[];
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
 * inline JSON, `src`, bundled), the element's width, the theme, and the figure
 * frame with its table view and downloads. A subclass names the sections it needs
 * and renders its graphic from valid data.
 *
 * The frame's parts and the theme's custom properties are documented here once;
 * custom-elements.json lists them on every element (inherited from this class).
 *
 * @csspart figure - The figure frame around the whole graphic.
 * @csspart title - The heading.
 * @csspart summary - The summary sentence computed from the data.
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
 * @csspart table-pager - Under a table of more than 500 rows: which rows it shows, with the previous and next buttons.
 * @csspart table-page - The previous and next buttons of a long table.
 * @csspart error - The message shown instead of the graphic when the data is not valid.
 * @csspart loading - The line shown while the data loads.
 *
 * @cssproperty --pcv-ink - Text and marks (default #1b1b1b; dark #f0f0f0).
 * @cssproperty --pcv-muted - Secondary text.
 * @cssproperty --pcv-rule - Lines: axis ticks, rules, borders.
 * @cssproperty --pcv-faint - Bands and pressed buttons.
 * @cssproperty --pcv-surface - The background the element paints.
 * @cssproperty --pcv-focus - The focus ring.
 * @cssproperty --pcv-link - Links.
 * @cssproperty --pcv-color-good - The shared "good" colour.
 * @cssproperty --pcv-color-warn - The shared "warn" colour.
 * @cssproperty --pcv-color-bad - The shared "bad" colour.
 * @cssproperty --pcv-color-unknown - The shared "not known" colour.
 * @cssproperty --pcv-font-family - Font (default: inherited).
 * @cssproperty --pcv-font-size - Base font size (default 1rem).
 * @cssproperty --pcv-padding - Padding of the frame.
 */
export abstract class FigureElement<S extends DatasetSection> extends LitElement {
  static override styles = [themeStyles, frameStyles];

  protected readonly size = new SizeController(this);
  protected abstract readonly loader: DatasetController<S>;

  /** The data to draw: a Dataset object or JSON text. Wins over inline JSON, `src` and the bundled data. */
  @property({ attribute: false }) data: unknown = undefined;

  /** A URL to fetch the data from (JSON of the same schema). */
  @property({ reflect: true }) src: string | null = null;

  /** The heading level of the title, 1–6 (default 2), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `light` or `dark`; unset follows the reader's system, or a `theme` attribute on an ancestor. */
  @property({ reflect: true }) theme: 'light' | 'dark' | null = null;

  /** Replaces the default title. */
  @property() heading: string | null = null;

  @state() protected tableOpen = false;

  /**
   * The first row a long table shows (frame.ts pages tables of more than a few hundred
   * rows), and the content's tableKey it belongs to. Plain fields, not reactive state:
   * render() resets them when the key changes, and showRows() asks for the update.
   */
  private tableStart = 0;
  private tableKey: unknown = undefined;

  /** `bundled` gives the element's default data: only the sections it draws, and the sources. */
  protected createDatasetController(sections: readonly S[], bundled: () => DatasetPart<S>): DatasetController<S> {
    return new DatasetController<S>(this, sections, bundled);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.applyTheme();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.loader.resolve();
    if (changed.has('theme')) this.applyTheme();
  }

  /** The level for headings inside the graphic: one below the title, at most 6. */
  protected get subheadingLevel(): number {
    return Math.min(6, clampHeadingLevel(this.headingLevel) + 1);
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

  protected override render(): TemplateResult {
    const state = this.loader.state;
    if (state.status === 'loading') return renderLoading();
    if (state.status === 'error') return renderError(this.heading ?? this.defaultHeading, state.problems);
    const content = this.content(state.data);
    if (content.tableKey !== this.tableKey) {
      this.tableKey = content.tableKey;
      this.tableStart = 0;
    }
    return renderFrame({
      ...content,
      // The page's heading, else the data's own title for this graphic, else the built-in one.
      heading: this.heading ?? (this.labelKey && caseLabel(state.data, this.labelKey)) ?? content.heading,
      headingLevel: this.headingLevel,
      tableOpen: this.tableOpen,
      tableStart: this.tableStart,
      onTablePage: (start) => void this.showRows(start),
      onToggleTable: () => (this.tableOpen = !this.tableOpen),
      onDownload: (format) => this.download(format, content.table, state.data),
    });
  }

  /**
   * A long table's page button: focus goes to the first row now shown, where the reader
   * reads on (the button pressed may be gone), and the table's status line says the range.
   */
  private async showRows(start: number): Promise<void> {
    this.tableStart = start;
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('tbody th')?.focus();
  }

  private download(format: 'csv' | 'json', table: FigureContent['table'], data: DatasetPart<S>): void {
    if (format === 'csv') return download(`${this.localName}.csv`, toCsv(tableOf(table)), 'text/csv;charset=utf-8');
    // Only the sections this graphic drew, as validated: fields the schema does not know
    // are not passed on, and a page's object with a cycle in one is reported, not thrown.
    const drawn = Object.fromEntries(this.loader.sections.map((key) => [key, data[key]]));
    let json: string;
    try {
      json = JSON.stringify({ schemaVersion: 1, sources: data.sources, ...drawn }, null, 2);
    } catch (error) {
      console.error(`port-case-viz <${this.localName}>: the data could not be saved as JSON (${String(error)}).`);
      return;
    }
    download(`${this.localName}.json`, json, 'application/json');
  }
}
