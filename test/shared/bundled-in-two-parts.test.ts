import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html, render } from 'lit';
import { DatasetController } from '../../src/shared/dataset-controller.js';
import { renderDetail, type DetailOptions } from '../../src/case-timeline/case-timeline.detail.js';
import { timelineWords } from '../../src/case-timeline/case-timeline.strings.js';
import type { TimelineItem } from '../../src/case-timeline/case-timeline.selection.js';
import { strings } from '../../src/shared/strings.js';
import { sample } from '../fixtures/sample.js';
import { captureErrors, textOf } from '../helpers.js';

/** A promise settled from outside: the rest of the bundled data, arriving when the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const whole = sample();
const first = { sources: whole.sources, events: whole.events.map(({ description: _d, note: _n, ...e }) => e) };

let rest = deferred<unknown>();

class TwoPartHost extends LitElement {
  static override properties = { data: { attribute: false } };
  declare data: unknown;
  src: string | null = null;
  readonly loader = new DatasetController(
    this,
    ['events'],
    () => first,
    () => rest.promise,
  );
  protected override willUpdate(changed: Map<string, unknown>): void {
    if (!this.hasUpdated || changed.has('data')) this.loader.resolve();
  }
  protected override render() {
    const state = this.loader.state;
    return html`${state.status === 'ready' ? `${state.data.events.length} events, ${this.loader.whole ? 'whole' : 'first part'}` : state.status}`;
  }
}
customElements.define('two-part-host', TwoPartHost);

describe('bundled data in two parts (DatasetController, completeBundled)', () => {
  beforeEach(() => (rest = deferred()));

  it('draws the first part at once; the rest, when it arrives, is `whole`, and what is drawn stays the same object', async () => {
    const el = await fixture<TwoPartHost>(fixtureHtml`<two-part-host></two-part-host>`);
    expect(textOf(el.shadowRoot)).to.equal(`${first.events.length} events, first part`);
    expect(el.loader.whole).to.equal(null);
    expect(el.loader.pending, 'the element is not complete yet').to.not.equal(null);
    const drawn = el.loader.state.status === 'ready' && el.loader.state.data;
    rest.resolve(whole);
    await el.loader.pending;
    await el.updateComplete;
    expect(textOf(el.shadowRoot)).to.equal(`${whole.events.length} events, whole`);
    expect(el.loader.whole!.events[0]!.description).to.equal(whole.events[0]!.description);
    expect(el.loader.whole!.events, 'a frozen copy, not the object given').to.not.equal(whole.events);
    expect(Object.isFrozen(el.loader.whole!.events[0])).to.equal(true);
    // Nothing to lay out again: the graphic's data is the object it was drawn from.
    expect(el.loader.state.status === 'ready' && el.loader.state.data).to.equal(drawn);
  });

  it("is whole at once with the page's own data", async () => {
    const el = await fixture<TwoPartHost>(fixtureHtml`<two-part-host .data=${whole}></two-part-host>`);
    await el.loader.pending; // the validator loads for the page's data
    await el.updateComplete;
    expect(el.loader.state.status).to.equal('ready');
    expect(el.loader.whole).to.equal(el.loader.state.status === 'ready' ? el.loader.state.data : undefined);
  });

  it('keeps drawing the first part, with one console error, when the rest cannot load', async () => {
    let el!: TwoPartHost;
    const errors = await captureErrors(async () => {
      el = await fixture<TwoPartHost>(fixtureHtml`<two-part-host></two-part-host>`);
      rest.reject(new Error('Failed to fetch dynamically imported module'));
      await el.loader.pending;
      await el.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('its details could not be loaded (Failed to fetch dynamically imported module)');
    expect(el.loader.whole).to.equal(null);
    expect(el.loader.pending).to.equal(null);
    expect(textOf(el.shadowRoot)).to.equal(`${first.events.length} events, first part`);
  });
});

describe("the timeline's detail panel before its details are here", () => {
  const e = whole.events[0]!;
  const item = { id: e.id, event: e, category: e.category, number: null, span: false } as unknown as TimelineItem;
  const options = (details: DetailOptions['details']): DetailOptions => ({
    level: 3,
    sources: new Map(whole.sources.map((s) => [s.id, s])),
    onClose: () => {},
    words: timelineWords(undefined),
    details,
  });
  const shown = (details: DetailOptions['details']) => {
    const host = document.createElement('div');
    render(renderDetail(item, options(details)), host);
    return textOf(host);
  };

  it('says the details are loading, or could not be loaded, and shows no empty quote', () => {
    expect(shown('loading')).to.contain(strings.detailsLoading).and.not.contain('“”');
    expect(shown('unavailable')).to.contain(strings.detailsUnavailable);
    expect(shown(e)).to.contain(e.description).and.not.contain(strings.detailsLoading);
    for (const state of ['loading', 'unavailable'] as const) expect(shown(state)).to.contain(e.title);
  });
});
