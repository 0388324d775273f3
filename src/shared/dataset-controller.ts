import type { ReactiveControllerHost } from 'lit';
import type { DatasetSection } from '../data/types.js';
import type { DatasetPart, Problem } from '../data/validate.js';
import { loadedValidator, loadValidator, type Validator } from './lazy-validator.js';
import { strings } from './strings.js';

export type DatasetState<S extends DatasetSection> =
  { status: 'loading' } | { status: 'ready'; data: DatasetPart<S> } | { status: 'error'; problems: Problem[] };

/** What an element exposes for the controller to read its input from. */
export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | null;
}

/** Responses larger than this are refused before parsing: no newsroom dataset is 5 MB. */
const MAX_BYTES = 5_000_000;

/**
 * Finds an element's data, in this order: the `.data` property (an object, or JSON
 * text), an inline `<script type="application/json">` child, the `src` URL (fetched),
 * then the bundled dataset. Validates it for the sections the element draws and
 * holds the result in `state`. Bad input becomes an error state and one
 * console.error; nothing is thrown into the page and nothing partial is drawn.
 */
// Not a ReactiveController: it has no lifecycle of its own; the host calls resolve()
// from willUpdate() and the controller asks the host to update when a fetch lands.
export class DatasetController<S extends DatasetSection> {
  state: DatasetState<S> = { status: 'loading' };
  /** While the validator loads for the page's data: settles when the state does (FigureElement's updateComplete waits for it). */
  pending: Promise<void> | null = null;
  private request = 0;
  private lastInput: unknown = Symbol('none');

  constructor(
    private readonly host: DatasetHost,
    readonly sections: readonly S[],
    private readonly bundled: () => unknown,
  ) {}

  /** Call from the host's willUpdate() when `data` or `src` changed (and on first update). */
  resolve(): void {
    const request = ++this.request;
    const { data, src } = this.host;
    if (data !== undefined && data !== null) return this.accept(data, request);
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) return this.accept(parseJson(inline.textContent ?? ''), request);
    if (src) {
      this.state = { status: 'loading' };
      void this.load(src, request);
      return;
    }
    // The bundled data is proven valid by test/data/display-dataset.test.ts, so readers'
    // phones skip checking it (about 10 ms on a cold page); anything else is checked.
    const bundled = this.bundled() as DatasetPart<S>;
    this.lastInput = bundled;
    this.state = { status: 'ready', data: bundled };
  }

  private async load(src: string, request: number): Promise<void> {
    let result: unknown;
    try {
      const response = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = await response.text();
      if (body.length > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES / 1_000_000} MB`);
      result = parseJson(body);
    } catch (error) {
      result = new LoadError(strings.errorLoad(src, error instanceof Error ? error.message : String(error)));
    }
    if (request !== this.request) return; // a newer input replaced this one meanwhile
    this.accept(result, request);
    this.host.requestUpdate();
  }

  private accept(input: unknown, request: number): void {
    if (input === this.lastInput && this.state.status !== 'loading') return;
    // The page's own data: checked by the validator, which loads the first time it is needed.
    const validator = loadedValidator();
    if (!validator) {
      this.state = { status: 'loading' };
      this.pending = loadValidator().then(
        () => {
          if (request !== this.request) return; // a newer input replaced this one meanwhile
          this.pending = null;
          this.accept(input, request);
          this.host.requestUpdate();
        },
        (error: unknown) => {
          if (request !== this.request) return;
          this.pending = null;
          const message = strings.errorChecker(error instanceof Error ? error.message : String(error));
          this.state = { status: 'error', problems: [{ path: '(data)', message }] };
          console.error(`port-case-viz <${this.host.localName}>: ${message}`);
          this.host.requestUpdate();
        },
      );
      return;
    }
    this.lastInput = input;
    if (typeof input === 'string') input = parseJson(input);
    if (input instanceof LoadError) {
      this.fail(validator, [{ path: '(data)', message: input.message }]);
      return;
    }
    const result = validateCached(validator, input, this.sections);
    if (result.ok) this.state = { status: 'ready', data: result.value as DatasetPart<S> };
    else this.fail(validator, result.problems);
  }

  private fail(validator: Validator, problems: Problem[]): void {
    this.state = { status: 'error', problems };
    console.error(
      `port-case-viz <${this.host.localName}>: the data has problems, so nothing was drawn.\n${validator.formatProblems(problems)}`,
    );
  }
}

/** Parse failures are carried as values so that one path reports every kind of bad input. */
class LoadError {
  constructor(readonly message: string) {}
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return new LoadError(strings.errorJson(error instanceof Error ? error.message : 'unreadable'));
  }
}

/**
 * Validation is pure, so a dataset object checked once for a set of sections need
 * not be checked again: twenty embeds of the bundled data on one page cost one check.
 * (A page that mutates a dataset in place must pass a new object to be re-checked,
 * as Lit's change detection already requires.)
 */
type Result = ReturnType<Validator['validate']>;
const checked = new WeakMap<object, Map<string, Result>>();

function validateCached({ validate }: Validator, input: unknown, sections: readonly DatasetSection[]): Result {
  if (typeof input !== 'object' || input === null) return validate(input, sections);
  const key = sections.join(',');
  let bySections = checked.get(input);
  if (!bySections) checked.set(input, (bySections = new Map()));
  let result = bySections.get(key);
  if (!result) bySections.set(key, (result = validate(input, sections)));
  return result;
}
