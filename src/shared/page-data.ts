/**
 * What an element needs only when a page supplies its own data: reading it (the `data`
 * property, an inline data block, the `src` download), parsing it, the validator, and the
 * messages for each way it can be wrong. Loaded by import() the first time a page gives data
 * (lazy-validator.ts, from dataset-controller.ts); in the script-tag build one chunk of its
 * own, which a page that draws only the bundled data never downloads. It exports only what
 * the controller and the tests use: a module loaded by import() keeps every export.
 */
import type { DatasetSection } from '../data/types.js';
import { validate, type DatasetPart, type ValidationResult } from '../data/validator.js';
import { formatProblems, type Problem } from '../data/problems.js';
import type { DatasetController } from './dataset-controller.js';
import { dataBlock } from './data-block.js';
import { strings, type PageDataStrings } from './strings.js';

/** The built-in words of strings.ts's PageDataStrings: a page's own in `strings` win. */
const builtIn: Required<PageDataStrings> = {
  errorLoad: (url: string, reason: string) => `The data at ${url} could not be loaded (${reason}).`,
  errorJson: (reason: string) => `The data is not valid JSON (${reason}).`,
  errorTimeout: (seconds: number) => `it did not arrive within ${seconds} seconds`,
  errorInlineType: (type: string) =>
    `The data inside the element is a <script type="${type.slice(0, 60)}">, which is not JSON: use <script type="application/json">.`,
  errorEmptySrc: 'The src attribute is empty: give the address of a JSON file, or remove the attribute.',
};
const word = <K extends keyof PageDataStrings>(key: K): Required<PageDataStrings>[K] =>
  (strings[key] ?? builtIn[key]) as Required<PageDataStrings>[K];

/**
 * Limits on a `src` download. `bytes`: no newsroom dataset is 5 MB, and the count runs
 * as the body arrives, so a larger (or endless) response is cut off at the limit rather
 * than downloaded whole first. `ms`: a response that has not fully arrived by then is
 * given up and shown as the error state, never "Loading…" for ever. Tests shorten them.
 */
export const loadLimits = { bytes: 5_000_000, ms: 30_000 };

/**
 * Reads an element's data for its DatasetController, once the page has given some, in the
 * controller's order: the `.data` property (an object, or JSON text), an inline
 * `<script type="application/json">` child, the `src` URL (fetched), else the bundled data
 * (the controller's drawBundled). Validates it for the sections the element draws and sets
 * the checked copy as the controller's state (validate() returns a deep, frozen copy:
 * elements never draw from, or hand out, the page's own objects). Bad input becomes an
 * error state and one console.error; nothing is thrown into the page and nothing partial
 * is drawn. A page that clearly meant to give data which cannot be read (an inline script
 * that is not JSON, an empty `src`) gets the error state, never the bundled data.
 */
export class PageDataReader<S extends DatasetSection> {
  private lastInput: unknown = Symbol('none');
  /** The inline data block last read (its element, type and text), to notice when it changes. */
  private lastInline: InlineBlock | null = null;
  private download: AbortController | null = null;
  /** A download the element's removal interrupted: resolve again when it comes back. */
  private interrupted = false;

  constructor(private readonly controller: DatasetController<S>) {}

  /** The controller's resolve(), for its request number `request`. */
  read(request: number): void {
    const { controller } = this;
    this.stopDownload();
    this.interrupted = false;
    const { data, src } = controller.host;
    if (data !== undefined && data !== null) return this.accept(data);
    const inline = inlineBlock(controller.host);
    this.lastInline = inline;
    if (inline)
      return this.accept(inline.json ? parseJson(inline.text) : new LoadError(word('errorInlineType')(inline.type)));
    if (src !== null && src.trim() === '') return this.accept(new LoadError(word('errorEmptySrc')));
    if (src) {
      controller.state = { status: 'loading' };
      this.lastInput = Symbol('loading');
      void this.load(src, request);
      return;
    }
    this.lastInput = Symbol('bundled');
    controller.drawBundled(request);
  }

  connected(): void {
    if (this.interrupted) {
      this.interrupted = false;
      this.controller.resolve();
      this.controller.host.requestUpdate();
    }
  }

  disconnected(): void {
    if (this.download) {
      this.stopDownload();
      this.interrupted = true;
    }
  }

  /** A mutation in the element's light DOM: if its inline data changed (or arrived), read it. */
  childrenChanged(): void {
    const { host } = this.controller;
    const { data } = host;
    if (data !== undefined && data !== null) return; // the property wins over inline data
    const inline = inlineBlock(host);
    const last = this.lastInline;
    if (inline?.element === last?.element && inline?.type === last?.type && inline?.text === last?.text) return;
    this.controller.resolve();
    host.requestUpdate();
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
      result = parseJson(await get(new URL(src, document.baseURI), loadLimits.bytes, download.signal));
    } catch (error) {
      const reason = timedOut
        ? word('errorTimeout')(loadLimits.ms / 1000)
        : error instanceof Error
          ? error.message
          : String(error);
      result = new LoadError(word('errorLoad')(src, reason));
    } finally {
      clearTimeout(timer);
      if (this.download === download) this.download = null;
    }
    if (request !== this.controller.request) return; // a newer input, or the element's removal, replaced this one
    // Stopped by the element's removal (stopDownload, not the time limit): nothing went wrong,
    // and it starts again if the element comes back (connected).
    if (download.signal.aborted && !timedOut) return;
    this.accept(result);
    this.controller.host.requestUpdate();
  }

  private stopDownload(): void {
    this.download?.abort();
    this.download = null;
  }

  private accept(input: unknown): void {
    const { controller } = this;
    if (input === this.lastInput && controller.state.status !== 'loading') {
      if (controller.state.status === 'ready') controller.whole = controller.state.data;
      return;
    }
    this.lastInput = input;
    if (typeof input === 'string') input = parseJson(input);
    if (isLoadError(input)) return this.fail([{ path: '(data)', message: input.message }]);
    const result = validateCached(input, controller.sections);
    if (result.ok) {
      const data = result.value as DatasetPart<S>;
      controller.state = { status: 'ready', data };
      controller.whole = data;
    } else this.fail(result.problems);
  }

  private fail(problems: Problem[]): void {
    const { controller } = this;
    controller.state = { status: 'error', problems };
    controller.whole = null;
    console.error(
      `port-case-viz <${controller.host.localName}>: the data has problems, so nothing was drawn.\n${formatProblems(problems)}`,
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
    return new LoadError(word('errorJson')(error instanceof Error ? error.message : 'unreadable'));
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
 * The element's data block (data-block.ts: its first `<script>` child that is not run by
 * the browser), by what it says it is. A type naming JSON in any reasonable form is read as
 * JSON (`application/json; charset=utf-8`, `text/json`, `Application/JSON`,
 * `application/vnd.x+json`); any other data block is the page meaning to give data the
 * graphic cannot read, which is an error, never a reason to draw the bundled data.
 */
function inlineBlock(host: HTMLElement): InlineBlock | null {
  const element = dataBlock(host);
  if (!element) return null;
  const type = (element.getAttribute('type') ?? '').trim();
  const essence = type.split(';')[0]!.trim().toLowerCase();
  return { element, type, text: element.textContent ?? '', json: /json/.test(essence) };
}

/**
 * Validation is pure, so a dataset object checked once for a set of sections need
 * not be checked again: twenty embeds of one page dataset cost one check.
 * (A page that mutates a dataset in place must pass a new object to be re-checked,
 * as Lit's change detection already requires.)
 */
type Result = ValidationResult<unknown>;
const checked = new WeakMap<object, Map<string, Result>>();

function validateCached(input: unknown, sections: readonly DatasetSection[]): Result {
  if (typeof input !== 'object' || input === null) return validate(input, sections);
  const key = sections.join(',');
  let bySections = checked.get(input);
  if (!bySections) checked.set(input, (bySections = new Map()));
  let result = bySections.get(key);
  if (!result) bySections.set(key, (result = validate(input, sections)));
  return result;
}

/**
 * The text at `url`, or a thrown Error saying why not ("HTTP 404", "larger than 5 MB").
 * `signal` aborts it (the element's removal, a new `src`, the time limit).
 */
async function get(url: URL, limit: number, signal: AbortSignal): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readCapped(response, limit, signal);
}

/**
 * The body as text, counted as it arrives: past `limit` bytes the download is cancelled
 * and refused (a Content-Length over the limit is refused before any of the body). An
 * abort (removal, a new `src`, the time limit) cancels the read itself too, so a body
 * that stalls cannot keep the element waiting whatever the stream behind it does.
 */
async function readCapped(response: Response, limit: number, signal: AbortSignal): Promise<string> {
  const tooLarge = () => new Error(`larger than ${limit / 1_000_000} MB`);
  if (Number(response.headers.get('content-length')) > limit) {
    void response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      received += value.byteLength;
      if (received > limit) {
        stop();
        throw tooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  return text + decoder.decode();
}
