import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DatasetSection } from '../data/types.js';
import { frozenPlain } from '../data/plain.js';
import { formatProblems, type Problem } from '../data/problems.js';
import type { DatasetPart, ValidationResult } from '../data/validate.js';
import { loadedValidator, loadValidator } from './lazy-validator.js';
import { strings } from './strings.js';

export type DatasetState<S extends DatasetSection> =
  { status: 'loading' } | { status: 'ready'; data: DatasetPart<S> } | { status: 'error'; problems: Problem[] };

/** What an element exposes for the controller to read its input from. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null;
}

/**
 * Limits on a `src` download. `bytes`: no newsroom dataset is 5 MB, and the count runs
 * as the body arrives, so a larger (or endless) response is cut off at the limit rather
 * than downloaded whole first. `ms`: a response that has not fully arrived by then is
 * given up and shown as the error state, never "Loading…" for ever. Tests shorten them.
 */
export const loadLimits = { bytes: 5_000_000, ms: 30_000 };

/**
 * Finds an element's data, in this order: the `.data` property (an object, or JSON
 * text), an inline `<script type="application/json">` child, the `src` URL (fetched),
 * then the bundled dataset. Validates it for the sections the element draws and
 * holds the checked copy in `state` (validate() returns a deep, frozen copy: elements
 * never draw from, or hand out, the page's own objects). Bad input becomes an error
 * state and one console.error; nothing is thrown into the page and nothing partial is
 * drawn. A page that clearly meant to give data which cannot be read (an inline script
 * that is not JSON, an empty `src`) gets the error state, never the bundled data.
 *
 * The validator itself loads the first time a page supplies data (validateCached, through
 * lazy-validator.ts): the bundled data needs no check in the browser, so a page that draws
 * only the bundled data never downloads it. Meanwhile the state stays `loading`, and
 * `pending` settles when the check is done (FigureElement's updateComplete waits for it).
 *
 * A ReactiveController for two things only: a download in flight is aborted when the
 * element leaves the page (and started again if it comes back), and inline JSON added
 * or changed after the element upgraded (the parser may not have reached its children
 * yet) is read when it arrives. The host calls resolve() from willUpdate() when `data`
 * or `src` changed; the controller asks for an update when a download or a late child lands.
 */
export class DatasetController<S extends DatasetSection> implements ReactiveController {
  state: DatasetState<S> = { status: 'loading' };
  /** While the validator loads for the page's data: settles when the state does. */
  pending: Promise<void> | null = null;
  private request = 0;
  private lastInput: unknown = Symbol('none');
  /** The inline data block last read (its element, type and text), to notice when it changes. */
  private lastInline: InlineBlock | null = null;
  private download: AbortController | null = null;
  /** A download the element's removal interrupted: resolve again when it comes back. */
  private interrupted = false;
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
    private readonly host: DatasetHost,
    readonly sections: readonly S[],
    private readonly bundled: () => unknown,
    private readonly completeBundled?: () => Promise<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => this.inlineMayHaveChanged());
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['type'],
    });
    if (this.interrupted) {
      this.interrupted = false;
      this.resolve();
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.download) {
      this.stopDownload();
      this.interrupted = true;
    }
  }

  /** Call from the host's willUpdate() when `data` or `src` changed (and on first update). */
  resolve(): void {
    const request = ++this.request;
    this.pending = null;
    this.whole = null;
    this.stopDownload();
    this.interrupted = false;
    const { data, src } = this.host;
    if (data !== undefined && data !== null) return this.accept(data);
    const inline = inlineBlock(this.host);
    this.lastInline = inline;
    if (inline)
      return this.accept(inline.json ? parseJson(inline.text) : new LoadError(strings.errorInlineType(inline.type)));
    if (src !== null && src.trim() === '') return this.accept(new LoadError(strings.errorEmptySrc));
    if (src) {
      this.state = { status: 'loading' };
      this.lastInput = Symbol('loading');
      void this.load(src, request);
      return;
    }
    // The bundled data is proven valid by test/data/display-dataset.test.ts, so readers'
    // phones skip checking it (about 10 ms on a cold page); it is only copied into the
    // frozen form every element draws from (once per page: see frozenBundle).
    const bundled = frozenBundle(this.bundled() as Record<string, unknown>) as DatasetPart<S>;
    this.lastInput = bundled;
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

  /** A mutation in the element's light DOM: if its inline data changed (or arrived), read it. */
  private inlineMayHaveChanged(): void {
    const { data } = this.host;
    if (data !== undefined && data !== null) return; // the property wins over inline data
    const inline = inlineBlock(this.host);
    const last = this.lastInline;
    if (inline?.element === last?.element && inline?.type === last?.type && inline?.text === last?.text) return;
    this.resolve();
    this.host.requestUpdate();
  }

  private async load(src: string, request: number): Promise<void> {
    const download = new AbortController();
    this.download = download;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      download.abort();
    }, loadLimits.ms);
    let result: unknown;
    try {
      // The download code comes with the validator: the data it fetches needs checking anyway.
      const { download: get } = loadedValidator() ?? (await loadValidator());
      result = parseJson(await get(new URL(src, document.baseURI), loadLimits.bytes, download.signal));
    } catch (error) {
      const reason = timedOut
        ? strings.errorTimeout(loadLimits.ms / 1000)
        : error instanceof Error
          ? error.message
          : String(error);
      result = new LoadError(strings.errorLoad(src, reason));
    } finally {
      clearTimeout(timer);
      if (this.download === download) this.download = null;
    }
    if (request !== this.request) return; // a newer input, or the element's removal, replaced this one
    this.accept(result);
    this.host.requestUpdate();
  }

  private stopDownload(): void {
    this.download?.abort();
    this.download = null;
  }

  private accept(input: unknown): void {
    if (input === this.lastInput && this.state.status !== 'loading') {
      if (this.state.status === 'ready') this.whole = this.state.data;
      return;
    }
    this.lastInput = input;
    if (typeof input === 'string') input = parseJson(input);
    if (isLoadError(input)) {
      this.fail([{ path: '(data)', message: input.message }]);
      return;
    }
    const result = validateCached(input, this.sections);
    if (result instanceof Promise) this.whenChecked(result);
    else this.settle(result);
  }

  private settle(result: ValidationResult<unknown>): void {
    if (result.ok) {
      const data = result.value as DatasetPart<S>;
      this.state = { status: 'ready', data };
      this.whole = data;
    } else this.fail(result.problems);
  }

  /** The page's first data, waiting for the validator to load: `loading` until it is checked. */
  private whenChecked(checking: Promise<ValidationResult<unknown>>): void {
    const request = this.request;
    this.state = { status: 'loading' };
    const pending: Promise<void> = checking
      .then(
        (result) => {
          if (request !== this.request) return; // a newer input replaced this one meanwhile
          this.settle(result);
        },
        (error: unknown) => {
          if (request !== this.request) return;
          const message = strings.errorChecker(error instanceof Error ? error.message : String(error));
          this.state = { status: 'error', problems: [{ path: '(data)', message }] };
          console.error(`port-case-viz <${this.host.localName}>: ${message}`);
        },
      )
      .finally(() => {
        if (this.pending !== pending) return;
        this.pending = null;
        this.host.requestUpdate();
      });
    this.pending = pending;
  }

  private fail(problems: Problem[]): void {
    this.state = { status: 'error', problems };
    this.whole = null;
    console.error(
      `port-case-viz <${this.host.localName}>: the data has problems, so nothing was drawn.\n${formatProblems(problems)}`,
    );
  }
}

/** Parse failures are carried as values so that one path reports every kind of bad input. */
class LoadError {
  constructor(readonly message: string) {
    loadErrors.add(this);
  }
}

/**
 * Told apart by identity, not `instanceof`: asking a page's revoked Proxy for its
 * prototype throws.
 */
const loadErrors = new WeakSet<object>();
const isLoadError = (value: unknown): value is LoadError =>
  typeof value === 'object' && value !== null && loadErrors.has(value);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return new LoadError(strings.errorJson(error instanceof Error ? error.message : 'unreadable'));
  }
}

/** A `<script>` child holding data: its element, type and text, and whether the type says JSON. */
interface InlineBlock {
  element: HTMLScriptElement;
  type: string;
  text: string;
  json: boolean;
}

/**
 * Script types a browser runs (HTML's list of JavaScript MIME types, `module`, and the
 * special types): such a child is a script of the page, not data for the graphic.
 */
const RUN_BY_BROWSER = /^(|module|importmap|speculationrules|\w+\/(x-)?(java|ecma|j|live)script[\d.]*)$/;

/**
 * The element's first `<script>` child that is not run by the browser: data, by what it
 * says it is. A type naming JSON in any reasonable form is read as JSON
 * (`application/json; charset=utf-8`, `text/json`, `Application/JSON`,
 * `application/vnd.x+json`); any other data block is the page meaning to give data the
 * graphic cannot read, which is an error, never a reason to draw the bundled data.
 */
function inlineBlock(host: HTMLElement): InlineBlock | null {
  for (const child of host.children) {
    if (!(child instanceof HTMLScriptElement)) continue;
    const type = (child.getAttribute('type') ?? '').trim();
    const essence = type.split(';')[0]!.trim().toLowerCase();
    if (RUN_BY_BROWSER.test(essence)) continue;
    return { element: child, type, text: child.textContent ?? '', json: /json/.test(essence) };
  }
  return null;
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

/**
 * The one place the validator is reached. It loads the first time a page supplies data
 * (lazy-validator.ts: in the script-tag build a chunk of its own, with the `src` download),
 * so until then this answers with a promise; once it has loaded, at once.
 */
type Result = ValidationResult<unknown>;
function validateCached(input: unknown, sections: readonly DatasetSection[]): Result | Promise<Result> {
  const loaded = loadedValidator();
  return loaded
    ? loaded.validateCached(input, sections)
    : loadValidator().then((validator) => validator.validateCached(input, sections));
}
