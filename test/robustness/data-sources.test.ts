/**
 * Where an element's data comes from (issue #13, items 5 and 14).
 * `src`: the body is counted as it arrives and cut off at 5 MB; a download is aborted
 * when the element leaves the page or gets a new `src`, and one that never ends becomes
 * the error state. Inline JSON: the reasonable ways of writing its type are read,
 * children added after the element upgraded are read, and a page that clearly meant to
 * give data that cannot be read gets the error state, never the bundled data.
 *
 * `fetch` is replaced by a stub serving streams the test controls, so nothing here
 * depends on a server or on time, except the one time-out test, whose stream never ends.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { loadLimits } from '../../src/shared/page-data.js';
import { setStrings, strings } from '../../src/shared/strings.js';
import { sample } from '../fixtures/sample.js';
import { nextFrame, textOf, until } from '../helpers.js';

type Figure = HTMLElement & { data: unknown; src: string | null; updateComplete: Promise<boolean> };

const MB = 1_000_000;
const realFetch = window.fetch;
let stage: HTMLDivElement;
const pageErrors: string[] = [];
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
let logs: string[] = [];
const consoleError = console.error;

beforeEach(() => {
  stage = document.createElement('div');
  stage.style.width = '800px';
  document.body.append(stage);
  pageErrors.length = 0;
  logs = [];
  console.error = (...args: unknown[]) => logs.push(args.map(String).join(' '));
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
});

afterEach(() => {
  window.fetch = realFetch;
  console.error = consoleError;
  window.removeEventListener('unhandledrejection', onRejection);
  window.removeEventListener('error', onError);
  stage.remove();
  expect(pageErrors).to.deep.equal([]);
});

/** What a stubbed fetch saw and served. */
interface Served {
  calls: { url: string; signal: AbortSignal | null }[];
  pulled: number;
  cancelled: boolean;
}

/**
 * Replaces fetch: each call gets a Response whose body is made by `chunks` (pulled on
 * demand, so a reader that stops asking stops the download), with `headers`.
 */
function stubFetch(chunks: (served: Served) => Uint8Array | null | 'wait', headers: HeadersInit = {}): Served {
  const served: Served = { calls: [], pulled: 0, cancelled: false };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    served.calls.push({ url: String(input), signal: init?.signal ?? null });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks(served);
        if (chunk === 'wait') return new Promise(() => {}); // a response that never ends
        if (chunk === null) return controller.close();
        served.pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        served.cancelled = true;
      },
    });
    return Promise.resolve(new Response(body, { status: 200, headers }));
  };
  return served;
}

/** Mounts `tag` (default: a timeline), optionally with `src`, and returns it. */
function place(tag = 'case-timeline', src?: string): Figure {
  const el = document.createElement(tag) as Figure;
  el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
  if (src !== undefined) el.setAttribute('src', src);
  stage.append(el);
  return el;
}

/** Waits (by frames, up to a generous bound) until the element shows its figure or its error. */
async function settledState(el: Figure): Promise<'figure' | 'error'> {
  for (let i = 0; i < 2_000; i++) {
    await el.updateComplete;
    if (el.shadowRoot?.querySelector('[part~=error]')) return 'error';
    if (el.shadowRoot?.querySelector('[part~=figure]')) return 'figure';
    await nextFrame();
  }
  throw new Error('the element never left the loading state');
}

const errorOf = (el: Figure) => textOf(el.shadowRoot!.querySelector('[part~=error]'));
const jsonScript = (type: string, text: string) => {
  const script = document.createElement('script');
  script.setAttribute('type', type);
  script.textContent = text;
  return script;
};
/** The sample's first event title: shown only when the element draws the page's data, not the bundled data. */
const SAMPLE_TITLE = 'Year-only event';

describe('src downloads', () => {
  it('count the body as it arrives and stop at 5 MB: a 50 MB file is not downloaded whole', async () => {
    const chunk = new Uint8Array(MB).fill(0x20);
    const served = stubFetch((s) => (s.pulled < 50 * MB ? chunk : null));
    const el = place('case-timeline', '/big.json');
    expect(await settledState(el)).to.equal('error');
    expect(errorOf(el)).to.contain('larger than 5 MB');
    expect(served.pulled).to.be.at.most(7 * MB); // the limit, and what the stream had queued
    expect(served.cancelled).to.equal(true);
    expect(logs.length).to.equal(1);
  });

  it('refuse a response whose Content-Length is over the limit before reading its body', async () => {
    const served = stubFetch(() => new Uint8Array(MB), { 'content-length': String(50 * MB) });
    const el = place('officer-outcomes', '/declared-big.json');
    expect(await settledState(el)).to.equal('error');
    expect(errorOf(el)).to.contain('larger than 5 MB');
    expect(served.pulled).to.be.at.most(2 * MB);
  });

  // Put back at once, or after a while: either way the removal aborts the download, is no
  // error (nothing shown, nothing logged), and the download starts again on return.
  for (const [when, frames] of [
    ['at once', 0],
    ['after a while', 5],
  ] as const) {
    it(`are aborted when the element is removed, and start again when it comes back ${when}`, async () => {
      const json = new TextEncoder().encode(JSON.stringify(sample()));
      let release = false;
      const served = stubFetch((s) => (!release ? 'wait' : s.pulled === 0 ? json : null));
      const el = place('case-timeline', '/slow.json');
      await el.updateComplete;
      expect(served.calls.length).to.equal(1);
      el.remove();
      expect(served.calls[0]!.signal?.aborted, 'the download is aborted on removal').to.equal(true);
      for (let i = 0; i < frames; i++) await nextFrame();
      expect(logs, 'the removal is no error').to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~=error]')).to.equal(null);
      release = true;
      served.pulled = 0;
      stage.append(el);
      expect(await settledState(el)).to.equal('figure');
      expect(served.calls.length).to.equal(2);
      expect(textOf(el.shadowRoot)).to.contain(SAMPLE_TITLE);
      expect(logs).to.deep.equal([]);
    });
  }

  it('are aborted when src changes, and the earlier answer never wins', async () => {
    const served = stubFetch(() => 'wait');
    const el = place('recommendation-status', '/first.json');
    await el.updateComplete;
    el.src = '/second.json';
    await el.updateComplete;
    expect(served.calls.map((c) => new URL(c.url).pathname)).to.deep.equal(['/first.json', '/second.json']);
    expect(served.calls[0]!.signal?.aborted).to.equal(true);
    expect(served.calls[1]!.signal?.aborted).to.equal(false);
    el.remove();
  });

  it('time out into the error state when the response never ends', async () => {
    const limit = loadLimits.ms;
    loadLimits.ms = 200;
    try {
      stubFetch((s) => (s.pulled === 0 ? new TextEncoder().encode('{"sources": [') : 'wait'));
      const el = place('case-timeline', '/never-ends.json');
      expect(await settledState(el)).to.equal('error');
      expect(errorOf(el)).to.contain('/never-ends.json').and.contain('did not arrive within 0.2 seconds');
      expect(logs.length).to.equal(1);
    } finally {
      loadLimits.ms = limit;
    }
  });

  it('an empty src attribute is the error state, not the bundled data', async () => {
    const el = place('officer-outcomes', '');
    expect(await settledState(el)).to.equal('error');
    expect(errorOf(el)).to.contain('src attribute is empty');
  });

  it("its message is the page's own when set by setStrings (its built-in words come with the reader)", async () => {
    expect(strings.errorEmptySrc, 'not in the shared chunk').to.equal(undefined);
    setStrings({ errorEmptySrc: 'L’attribut src est vide.' });
    try {
      const el = place('officer-outcomes', '');
      expect(await settledState(el)).to.equal('error');
      expect(errorOf(el)).to.contain('L’attribut src est vide.').and.not.contain('src attribute is empty');
    } finally {
      delete strings.errorEmptySrc;
    }
  });
});

describe('inline JSON', () => {
  for (const type of [
    'application/json',
    'application/json; charset=utf-8',
    'Application/JSON',
    ' application/json ',
    'text/json',
    'application/vnd.example+json',
  ]) {
    it(`reads <script type="${type}">`, async () => {
      const el = document.createElement('case-timeline') as Figure;
      el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
      el.append(jsonScript(type, JSON.stringify(sample())));
      stage.append(el);
      expect(await settledState(el)).to.equal('figure');
      expect(textOf(el.shadowRoot)).to.contain(SAMPLE_TITLE);
    });
  }

  it('reads a script child added after the element upgraded and rendered, and a later change to it', async () => {
    const el = place('case-timeline');
    expect(await settledState(el)).to.equal('figure');
    expect(textOf(el.shadowRoot)).to.not.contain(SAMPLE_TITLE); // the bundled data
    const script = jsonScript('application/json', JSON.stringify(sample()));
    el.append(script);
    await new Promise((resolve) => setTimeout(resolve)); // mutation observers run after this task's microtasks
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain(SAMPLE_TITLE);
    const changed = sample();
    changed.events[3]!.title = 'A title changed later';
    script.textContent = JSON.stringify(changed);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain('A title changed later');
  });

  it('shows the error state, not the bundled data, for JSON that cannot be read in any accepted type', async () => {
    for (const type of ['application/json; charset=utf-8', 'text/json']) {
      const el = document.createElement('officer-outcomes') as Figure;
      el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
      el.append(jsonScript(type, '{"officers": '));
      stage.append(el);
      expect(await settledState(el), type).to.equal('error');
      expect(errorOf(el), type).to.contain('not valid JSON');
    }
  });

  it('shows the error state for a data block that is not JSON', async () => {
    const el = document.createElement('recommendation-status') as Figure;
    el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
    el.append(jsonScript('text/csv', 'body,count\nIOPC,18'));
    stage.append(el);
    expect(await settledState(el)).to.equal('error');
    expect(errorOf(el)).to.contain('<script type="text/csv">').and.contain('application/json');
  });

  it('leaves a script the browser runs alone: it is the page’s code, not data', async () => {
    const el = document.createElement('case-timeline') as Figure;
    el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
    el.append(jsonScript('module', 'window.__pcvModuleRan = true;'));
    stage.append(el);
    expect(await settledState(el)).to.equal('figure');
    expect(logs).to.deep.equal([]);
  });
});

describe("the page's data after the bundled data was drawn", () => {
  it('is read from src and from the property, and removing it draws the bundled data again', async () => {
    const json = new TextEncoder().encode(JSON.stringify(sample()));
    stubFetch((s) => (s.pulled === 0 ? json : null));
    const el = place('case-timeline');
    expect(await settledState(el)).to.equal('figure');
    expect(textOf(el.shadowRoot)).to.not.contain(SAMPLE_TITLE); // the bundled data
    el.src = '/later.json';
    await el.updateComplete;
    await until(() => textOf(el.shadowRoot).includes(SAMPLE_TITLE));
    el.src = null;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.not.contain(SAMPLE_TITLE);
    expect(el.shadowRoot!.querySelector('[part~=figure]')).to.not.equal(null);
    el.data = sample();
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.contain(SAMPLE_TITLE);
    el.data = null;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.not.contain(SAMPLE_TITLE);
    expect(logs).to.deep.equal([]);
  });
});
