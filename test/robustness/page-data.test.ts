/**
 * Data handed in by the page (issue #13, items 6–9): objects that throw when read,
 * answer differently on a second read, carry fields, methods or internals the schema
 * does not know, or inherit fields from a polluted Object.prototype. validate() reads
 * each field once, as an own property, and returns a frozen copy of the schema's
 * fields; the elements draw, download and hand out only that copy.
 */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/index.js';
import type { CaseTimeline } from '../../src/case-timeline/case-timeline.js';
import type { OfficerOutcomes } from '../../src/officer-outcomes/officer-outcomes.js';
import type { Dataset } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';
import { captureErrors, nextFrame, textOf } from '../helpers.js';

type Figure = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`);
let stage: HTMLDivElement;

beforeEach(() => {
  pageErrors.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  stage = document.createElement('div');
  stage.style.width = '800px';
  document.body.append(stage);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  stage.remove();
});

/** Mounts `tag` with `.data = data`; returns it once rendered, with what it logged. */
async function mountWith<T extends Figure>(tag: string, data: unknown): Promise<{ el: T; logs: string[] }> {
  const el = document.createElement(tag) as T;
  el.setAttribute('show-problems', ''); // the editor's view: these checks read the problems by path
  const logs = await captureErrors(async () => {
    el.data = data;
    stage.append(el);
    await el.updateComplete.catch((e: unknown) => pageErrors.push(`update: ${String(e)}`));
    await nextFrame();
    await el.updateComplete.catch((e: unknown) => pageErrors.push(`update: ${String(e)}`));
  });
  return { el, logs };
}

const errorText = (el: Element) => textOf(el.shadowRoot!.querySelector('[part~=error]'));
const links = (el: Element) => [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);

/** What "Get the data: JSON" (or CSV) saves, captured in memory instead of saved. */
async function downloaded(el: Element, format: 'JSON' | 'CSV'): Promise<string | null> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blob = b as Blob;
    return 'blob:captured';
  };
  HTMLAnchorElement.prototype.click = function () {};
  try {
    const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=download]')].find((b) =>
      b.textContent!.includes(format),
    )!;
    button.click();
    // The downloads' code may still be loading (table-loader.ts): updateComplete waits for it.
    await (el as LitElement).updateComplete;
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  return blob ? await (blob as Blob).text() : null;
}

describe('data handed in by the page', () => {
  describe('validate() reads each field once, as an own property, and never throws', () => {
    it('reports a throwing getter as a field that could not be read', () => {
      const data = sample() as unknown as Record<string, unknown>;
      Object.defineProperty((data.events as object[])[1], 'title', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      });
      const result = validate(data);
      expect(result.ok).to.equal(false);
      expect(result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
        'events[1].title: could not be read (reading it threw an error)',
      ]);
    });

    it('reports a revoked Proxy, whole or nested, and a Proxy whose traps throw', () => {
      const whole = Proxy.revocable(sample(), {});
      whole.revoke();
      expect(validate(whole.proxy).problems).to.deep.equal([
        { path: '(dataset)', message: 'could not be read (reading it threw an error)' },
      ]);

      const nested = sample() as unknown as Record<string, unknown>;
      const events = Proxy.revocable(nested.events as object, {});
      events.revoke();
      nested.events = events.proxy;
      expect(validate(nested).problems.map((p) => p.path)).to.deep.equal(['events']);

      const trapping = sample() as unknown as Record<string, unknown>;
      trapping.officers = new Proxy(trapping.officers as object, {
        get() {
          throw new Error('trap');
        },
      });
      const problems = validate(trapping).problems.map((p) => p.path);
      expect(problems).to.include('officers.investigated');
      expect(problems.every((p) => p.startsWith('officers.'))).to.equal(true);
    });

    it('reads a getter once: a URL that turns into javascript: on a later read is never seen', () => {
      const data = sample();
      let reads = 0;
      Object.defineProperty(data.sources[0]!, 'url', {
        get: () => (reads++ === 0 ? 'https://example.org/a' : 'javascript:alert(1)'),
        enumerable: true,
      });
      const result = validate(data);
      expect(result.ok).to.equal(true);
      expect(reads).to.equal(1);
      if (!result.ok) return;
      expect(result.value.sources[0]!.url).to.equal('https://example.org/a');
      expect(result.value.sources[0]!.url).to.equal('https://example.org/a');
    });

    it('returns a deep, frozen copy holding only the schema’s fields, not the input', () => {
      const data = sample() as unknown as Record<string, unknown>;
      data.EMBARGOED = 'not for publication';
      (data.events as Record<string, unknown>[])[0]!.internal = { secret: 1 };
      const result = validate(data as unknown as Dataset);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      const copy = result.value;
      expect(copy).to.not.equal(data);
      expect(copy.events[0]).to.not.equal((data.events as object[])[0]);
      expect('EMBARGOED' in copy).to.equal(false);
      expect('internal' in copy.events[0]!).to.equal(false);
      for (const part of [copy, copy.events, copy.events[0], copy.events[0]!.citations[0], copy.officers.groups[0]]) {
        expect(Object.isFrozen(part)).to.equal(true);
      }
      // The page changing its object afterwards changes nothing already checked.
      (data.events as Record<string, unknown>[])[0]!.title = 'Changed later';
      expect(copy.events[0]!.title).to.equal('First event');
      expect(copy).to.deep.equal({ ...sample() });
    });

    it('names a BigInt count in words, and ignores a BigInt where the schema has no field', () => {
      const data = sample() as unknown as Record<string, unknown>;
      (data.officers as Record<string, unknown>).investigated = 5n;
      expect(validate(data).problems[0]).to.deep.equal({
        path: 'officers.investigated',
        message:
          'expected a whole number from 0 to 1,000 (the most officers this graphic is made to draw, one mark each; check for a typo), got the BigInt 5n (use an ordinary number)',
      });
      const other = sample() as unknown as Record<string, unknown>;
      other.revision = 12n;
      expect(validate(other).ok).to.equal(true);
    });
  });

  describe('elements', () => {
    it('show the error state, and throw nothing into the page, for a throwing getter or a revoked Proxy', async () => {
      const getter = sample() as unknown as Record<string, unknown>;
      Object.defineProperty(getter, 'sources', {
        get() {
          throw new Error('boom');
        },
        enumerable: true,
      });
      const revoked = Proxy.revocable(sample(), {});
      revoked.revoke();
      for (const tag of ['case-timeline', 'officer-outcomes', 'recommendation-status']) {
        for (const data of [getter, revoked.proxy]) {
          const { el, logs } = await mountWith(tag, data);
          expect(errorText(el), tag).to.contain('could not be read');
          expect(logs.length, tag).to.equal(1);
          el.remove();
        }
      }
      expect(pageErrors).to.deep.equal([]);
    });

    it('link only the URL they checked, even when a getter changes it after the first read', async () => {
      const data = sample();
      let reads = 0;
      Object.defineProperty(data.sources[0]!, 'url', {
        get: () => (reads++ === 0 ? 'https://example.org/a' : 'javascript:alert(1)'),
        enumerable: true,
      });
      const { el } = await mountWith('case-timeline', data);
      // Open the table and every disclosure, so every link the element can draw is drawn.
      for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
      await el.updateComplete;
      expect(links(el)).to.include('https://example.org/a');
      expect(links(el).every((href) => /^https:\/\//.test(href))).to.equal(true);
    });

    it('"Get the data: JSON" writes the schema’s fields only: no unknown field, no toJSON, no class internals', async () => {
      class Secretive {
        readonly internals = { password: 'hunter2' };
        #hidden = 'private';
        toJSON() {
          return { leaked: this.#hidden };
        }
      }
      const data = sample() as unknown as Record<string, unknown>;
      data.EMBARGOED = 'Not for publication before 6 pm';
      data.toJSON = () => ({ replaced: true });
      const events = data.events as Record<string, unknown>[];
      events[0] = Object.assign(new Secretive(), events[0]);
      events[1]!.toJSON = () => 'REPLACED';
      events[2]!.big = 10n;
      const { el } = await mountWith('case-timeline', data);
      expect(el.shadowRoot!.querySelector('[part~=figure]')).to.not.equal(null);
      const json = await downloaded(el, 'JSON');
      expect(json).to.not.equal(null);
      for (const word of ['EMBARGOED', 'replaced', 'REPLACED', 'hunter2', 'leaked', 'private', 'big'])
        expect(json, word).to.not.contain(word);
      const saved = JSON.parse(json!) as Dataset;
      expect(saved.events.map((e) => e.title)).to.deep.equal([
        'First event',
        'Second event',
        'A span',
        'Year-only event',
      ]);
      expect(Object.keys(saved.events[0]!).sort()).to.deep.equal(
        ['category', 'citations', 'date', 'description', 'id', 'title', 'victim'].sort(),
      );
      expect(pageErrors).to.deep.equal([]);
    });

    it('a select event hands each listener a copy: editing it changes no graphic on the page', async () => {
      const data = sample();
      const { el: first } = await mountWith<CaseTimeline>('case-timeline', data);
      const { el: second } = await mountWith<CaseTimeline>('case-timeline', data);
      let edited = false;
      first.addEventListener('pcv-timeline-select', (e) => {
        // The detail is typed readonly for listeners; a careless one may still write to it.
        const event = e.detail.event as { title: string; citations: unknown[] };
        event.title = 'EDITED BY A LISTENER';
        event.citations.length = 0;
        edited = true;
      });
      const mark = first.shadowRoot!.querySelector<HTMLElement>('[part~=event]')!;
      mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await first.updateComplete;
      second.requestUpdate();
      first.requestUpdate();
      await Promise.all([first.updateComplete, second.updateComplete]);
      expect(edited).to.equal(true);
      for (const el of [first, second]) expect(textOf(el.shadowRoot)).to.not.contain('EDITED BY A LISTENER');
      expect(data.events[0]!.title).to.equal('First event');
      expect(pageErrors).to.deep.equal([]);

      const { el: officers } = await mountWith<OfficerOutcomes>('officer-outcomes', data);
      let group: { label: string; count: number } | null = null;
      officers.addEventListener('pcv-officer-select', (e) => {
        group = e.detail.group as { label: string; count: number };
        group.label = 'EDITED BY A LISTENER';
        group.count = 999;
      });
      const chart = officers.shadowRoot!.querySelector<HTMLElement>('[part~=chart]')!;
      chart.focus();
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await officers.updateComplete;
      expect(group).to.not.equal(null);
      officers.requestUpdate();
      await officers.updateComplete;
      expect(textOf(officers.shadowRoot)).to.not.contain('EDITED BY A LISTENER');
      expect(textOf(officers.shadowRoot)).to.not.contain('999');
    });

    it('read only own properties: a polluted Object.prototype neither fails valid data nor shows up', async () => {
      const proto = Object.prototype as unknown as Record<string, unknown>;
      const polluted = { url: 'javascript:alert(1)', note: 'POLLUTED NOTE', scopeNote: 'POLLUTED SCOPE', end: '1999' };
      Object.assign(proto, polluted);
      try {
        expect(validate(sample()).ok, 'valid data stays valid').to.equal(true);
        for (const tag of ['case-timeline', 'officer-outcomes', 'recommendation-status']) {
          // Page data, then the bundled data.
          for (const data of [sample(), undefined]) {
            const { el, logs } = await mountWith(tag, data);
            expect(logs, `${tag}: ${data ? 'page data' : 'bundled data'}`).to.deep.equal([]);
            expect(el.shadowRoot!.querySelector('[part~=figure]'), tag).to.not.equal(null);
            el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=table-toggle]')!.click();
            await el.updateComplete;
            expect(textOf(el.shadowRoot), tag).to.not.contain('POLLUTED');
            expect(
              links(el).every((href) => /^https?:\/\//.test(href)),
              tag,
            ).to.equal(true);
            el.remove();
          }
        }
      } finally {
        for (const key of Object.keys(polluted)) delete proto[key];
      }
      expect(pageErrors).to.deep.equal([]);
    });
  });
});
