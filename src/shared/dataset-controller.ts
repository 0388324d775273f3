import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetSection } from '../data/types.js';
import { frozenPlain } from '../data/plain.js';
import type { Problem } from '../data/problems.js';
import type { DatasetPart } from '../data/validate.js';
import type { PageDataReader } from './page-data.js';
import { loadedValidator, loadValidator } from './lazy-validator.js';
import { dataBlock, givesOwnData } from './data-block.js';
import { strings } from './strings.js';

export type DatasetState<S extends DatasetSection> =
  { status: 'loading' } | { status: 'ready'; data: DatasetPart<S> } | { status: 'error'; problems: Problem[] };

/** What an element exposes for the controller to read its input from. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null;
}

/**
 * Finds an element's data, in this order: the `.data` property (an object, or JSON
 * text), an inline `<script type="application/json">` child, the `src` URL (fetched),
 * then the bundled dataset, and holds it, checked, in `state`.
 *
 * Most pages draw the bundled data, which needs no reading and no check in the browser, so
 * this file holds only that path and the choice of it: no `data`, no `src`, no data block
 * among the children (data-block.ts). Everything a page's own data needs (reading it,
 * parsing it, the `src` download, the validator, the messages for each way it can be wrong)
 * is the page-data reader (page-data.ts), loaded by import() the first time a page gives
 * data (lazy-validator.ts: in the script-tag build a chunk of its own). Meanwhile the state
 * is `loading`, and `pending` settles when the reader has loaded and read the data
 * (FigureElement's updateComplete waits for it). From then on the reader answers every
 * resolve() for this element, the bundled data included, so each input is handled as before
 * it loaded: see page-data.ts for the rules (bad input is an error state and one
 * console.error, never the bundled data and never thrown into the page).
 *
 * A ReactiveController for two things only: a download in flight is aborted when the
 * element leaves the page (and started again if it comes back: the reader's), and inline
 * JSON added or changed after the element upgraded (the parser may not have reached its
 * children yet, or the page adds it after the bundled data was drawn) is read when it
 * arrives. The host calls resolve() from willUpdate() when `data` or `src` changed; the
 * controller asks for an update when the reader, a download or a late child lands.
 */
export class DatasetController<S extends DatasetSection> implements ReactiveController {
  state: DatasetState<S> = { status: 'loading' };
  /** While the page-data reader loads for the page's data: settles when the state does. */
  pending: Promise<void> | null = null;
  /** Counts resolve() calls: work begun for an older one (a download, a load) is dropped. For the reader. */
  request = 0;
  /** Reads the page's own data, once the page has given some (page-data.ts). */
  private reader: PageDataReader<S> | null = null;
  private observer: MutationObserver | null = null;

  /**
   * The data whole: the ready state's data, except while the bundled data is drawn from its
   * first part only, before `completeBundled` has given the rest (null then, or when it could
   * not load). What needs the rest (the timeline's detail panel, its table, the JSON
   * download) reads it from here; the graphic keeps drawing from the state's data, which
   * stays the same object, so the rest arriving lays nothing out again.
   */
  whole: DatasetPart<S> | null = null;

  /**
   * `bundled` gives the element's default data. `completeBundled`, when given, gives it whole
   * later (the timeline's event details, a chunk fetched once it has drawn): the graphic is
   * drawn from the first part at once, `whole` is set when the rest arrives, and `pending`
   * (so the element's updateComplete) settles then.
   */
  constructor(
    readonly host: DatasetHost,
    readonly sections: readonly S[],
    private readonly bundled: () => unknown,
    private readonly completeBundled?: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.childrenChanged());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['type'],
    });
    this.reader?.connected();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.reader?.disconnected();
  }

  /** Call from the host's willUpdate() when `data` or `src` changed (and on first update). */
  resolve(): void {
    const request = ++this.request;
    this.pending = null;
    this.whole = null;
    if (this.reader) return this.reader.read(request);
    if (givesOwnData(this.host)) return this.readPageData(request);
    this.drawBundled(request);
  }

  /**
   * The bundled data, drawn at once. It is proven valid by test/data/display-dataset.test.ts
   * (and checked when it is built), so readers' phones skip checking it (about 10 ms on a
   * cold page); it is only copied into the frozen form every element draws from (once per
   * page: see frozenBundle). Also the reader's answer when the page gives no data.
   */
  drawBundled(request: number): void {
    const bundled = frozenBundle(this.bundled() as Record<string, unknown>) as DatasetPart<S>;
    this.state = { status: 'ready', data: bundled };
    this.whole = this.completeBundled ? null : bundled;
    if (this.completeBundled) this.completeLater(this.completeBundled, request);
  }

  /** The bundled data's rest: `whole` once it arrives. */
  private completeLater(complete: () => Promise<unknown>, request: number): void {
    const pending: Promise<void> = complete()
      .then(
        (whole) => {
          if (request !== this.request) return; // the page gave data of its own meanwhile
          this.whole = frozenBundle(whole as Record<string, unknown>) as DatasetPart<S>;
        },
        (error: unknown) => {
          if (request !== this.request) return;
          console.error(
            `port-case-viz <${this.host.localName}>: ${strings.errorDetails(error instanceof Error ? error.message : String(error))}`,
          );
        },
      )
      .finally(() => {
        if (this.pending !== pending) return;
        this.pending = null;
        this.host.requestUpdate();
      });
    this.pending = pending;
  }

  /**
   * The page gave data: the reader reads it, at once if it has loaded (for another element,
   * or in the one-file build), else once it has. A reader that cannot load (offline, a host
   * that did not copy every chunk) is the error state, with one console error.
   */
  private readPageData(request: number): void {
    const loaded = loadedValidator();
    if (loaded) {
      this.reader = new loaded.PageDataReader(this);
      return this.reader.read(request);
    }
    this.state = { status: 'loading' };
    const pending: Promise<void> = loadValidator()
      .then(
        (module) => {
          this.reader ??= new module.PageDataReader(this);
          if (request !== this.request) return; // a newer input replaced this one meanwhile
          this.reader.read(request);
          // Removed while the reader loaded: a download it began stops until the element is back.
          if (!this.host.isConnected) this.reader.disconnected();
        },
        (error: unknown) => {
          if (request !== this.request) return;
          const message = strings.errorChecker(error instanceof Error ? error.message : String(error));
          this.state = { status: 'error', problems: [{ path: '(data)', message }] };
          console.error(`port-case-viz <${this.host.localName}>: ${message}`);
        },
      )
      .finally(() => {
        if (this.pending === pending) this.pending = null;
        if (request === this.request) this.host.requestUpdate();
      });
    this.pending = pending;
  }

  /**
   * A mutation in the element's light DOM. The reader, once loaded, tells whether the inline
   * data changed; before, only a data block arriving matters (the property wins over it).
   */
  private childrenChanged(): void {
    if (this.reader) return this.reader.childrenChanged();
    const { data } = this.host;
    if ((data === undefined || data === null) && dataBlock(this.host)) {
      this.resolve();
      this.host.requestUpdate();
    }
  }
}

/**
 * The bundled sections in the frozen, prototype-free form validate() gives, made once per
 * section object and shared by every element on the page (they cannot change it).
 */
const frozenSections = new WeakMap<object, unknown>();

function frozenBundle(part: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, section] of Object.entries(part)) {
    if (typeof section !== 'object' || section === null) {
      out[key] = section;
      continue;
    }
    let frozen = frozenSections.get(section);
    if (frozen === undefined) frozenSections.set(section, (frozen = frozenPlain(section)));
    out[key] = frozen;
  }
  return Object.freeze(out);
}
