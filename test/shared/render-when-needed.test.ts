import { expect, nextFrame } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import type { DatasetPart } from '../../src/data/validate.js';
import type { FigureContent, FigureElement as FigureElementType } from '../../src/shared/figure-element.js';
import { sample } from '../fixtures/sample.js';

// Idle time is the test's to give: requestIdleCallback is replaced before the library
// loads (hence the dynamic imports below), so "in idle time" happens exactly when a test
// calls idle(), never on its own.
const idleCallbacks: (() => void)[] = [];
window.requestIdleCallback = ((callback: IdleRequestCallback) => {
  idleCallbacks.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
  return idleCallbacks.length;
}) as typeof window.requestIdleCallback;
function idle(): void {
  for (const callback of idleCallbacks.splice(0)) callback();
}

const { FigureElement } = await import('../../src/shared/figure-element.js');
const { safeDefine } = await import('../../src/shared/define.js');

const defaultData = sample();
class LazyFigure extends FigureElement<'events'> {
  protected readonly loader = this.createDatasetController(['events'], () => defaultData);
  protected get defaultHeading() {
    return 'Lazy figure';
  }
  protected content(data: DatasetPart<'events'>): FigureContent {
    return {
      heading: 'Lazy figure',
      summary: `${data.events.length} events.`,
      graphic: litHtml`<div class="graphic" style="height: 300px"></div>`,
      notes: [],
      sources: data.sources,
      table: { caption: 'Events', columns: ['Event'], rows: data.events.map((e) => [e.title]) },
    };
  }
}

type Lazy = FigureElementType<'events'>;
const rendered = (el: Element) => el.shadowRoot?.querySelector('[part=figure]') !== null && el.shadowRoot !== null;
/**
 * Resolves with 'rendered' if `el` has rendered by the next task (so within the current
 * task's microtasks), else 'later'. Not by updateComplete, which also waits for what comes
 * after the render (the closed <details> filled a frame later: FigureElement.unfolded).
 */
function renderedThisTask(el: Lazy): Promise<'rendered' | 'later'> {
  return new Promise((resolve) => setTimeout(() => resolve(rendered(el) ? 'rendered' : 'later')));
}

const screens = (n: number) => `${Math.round(n * innerHeight)}px`;
let page: HTMLElement;

/** A page: `before` of empty space, then the elements, each in its own place. */
function story(before: string, ...tags: string[]): HTMLElement[] {
  page = document.createElement('main');
  page.innerHTML = `<style>
      lazy-figure:not(:defined) { display: block; min-height: 777px; }
    </style>
    <div style="height: ${before}"></div>
    ${tags.map((tag) => `<${tag}></${tag}>`).join('<div style="height: 50px"></div>')}`;
  document.body.append(page);
  return [...page.querySelectorAll<HTMLElement>(tags.join(','))];
}

afterEach(() => {
  page?.remove();
  idle(); // nothing left waiting for the next test
});

describe('render when needed (RenderWhenNeeded)', () => {
  let far: HTMLElement;

  it('a graphic far below the first screen keeps the height the page reserved, and waits', async () => {
    [far] = story(screens(4), 'lazy-figure');
    // Defined now, while in the page: as a script tag loading after the story has rendered.
    safeDefine('lazy-figure', LazyFigure);
    expect(far.matches(':defined')).to.equal(true);
    await nextFrame();
    await nextFrame(); // the observer has reported: not near
    expect(rendered(far)).to.equal(false);
    expect(far.getBoundingClientRect().height).to.equal(777);
  });

  it('…and renders in idle time, its own height replacing the reserved one', async () => {
    [far] = story(screens(4), 'lazy-figure');
    await nextFrame();
    await nextFrame();
    expect(rendered(far)).to.equal(false);
    idle();
    await (far as Lazy).updateComplete;
    expect(rendered(far)).to.equal(true);
    expect(far.style.minHeight).to.equal('');
  });

  it('a graphic within a screen of the viewport renders without idle time', async () => {
    const [near] = story(screens(1.5), 'lazy-figure') as Lazy[];
    await near!.updateComplete;
    expect(rendered(near!)).to.equal(true);
    expect(idleCallbacks.length).to.be.greaterThan(0, 'idle time was asked for, never given');
  });

  it('several graphics render one at a time, in document order, with a frame between them', async () => {
    const [first, second] = story('0px', 'lazy-figure', 'lazy-figure') as Lazy[];
    await first!.updateComplete;
    expect(rendered(first!)).to.equal(true);
    expect(rendered(second!)).to.equal(false, 'the second waits for the first one’s frame');
    await second!.updateComplete;
    expect(rendered(second!)).to.equal(true);
  });

  it('a graphic with no width yet (a hidden tab) does not hold up the ones after it', async () => {
    page = document.createElement('main');
    page.innerHTML = `<div style="height: ${screens(4)}"></div>
      <div hidden><lazy-figure></lazy-figure></div><lazy-figure></lazy-figure>`;
    document.body.append(page);
    const [hidden, shown] = [...page.querySelectorAll('lazy-figure')] as Lazy[];
    await nextFrame();
    await nextFrame();
    expect([rendered(hidden!), rendered(shown!)]).to.deep.equal([false, false], 'both far down, both waiting');
    idle(); // both are released, the hidden one first (document order)
    // The pump waits a frame after each graphic's turn; a few frames are plenty, and a
    // hidden graphic that held the queue would never let the second one render.
    for (let frames = 0; frames < 20 && !rendered(shown!); frames++) await nextFrame();
    expect(rendered(shown!)).to.equal(true);
    expect(rendered(hidden!)).to.equal(false, 'it waits for a width');
    page.querySelector<HTMLElement>('div[hidden]')!.hidden = false;
    await hidden!.updateComplete;
    expect(rendered(hidden!)).to.equal(true);
  });

  it('beforeprint renders every waiting graphic at once, before the print is laid out', async () => {
    const [a, b] = story(screens(4), 'lazy-figure', 'lazy-figure') as Lazy[];
    await nextFrame();
    await nextFrame();
    expect([rendered(a!), rendered(b!)]).to.deep.equal([false, false]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(await Promise.all([renderedThisTask(a!), renderedThisTask(b!)])).to.deep.equal(['rendered', 'rendered']);
    window.dispatchEvent(new Event('afterprint'));
  });

  it('loading="eager" renders as soon as the element is connected, near or not', async () => {
    page = document.createElement('main');
    page.innerHTML = `<div style="height: ${screens(4)}"></div>`;
    document.body.append(page);
    const eager = document.createElement('lazy-figure') as Lazy;
    eager.loading = 'eager';
    page.append(eager);
    expect(await renderedThisTask(eager)).to.equal('rendered');
  });

  it('a lazy graphic set to loading="eager" while it waits renders then', async () => {
    const [waiting] = story(screens(4), 'lazy-figure') as Lazy[];
    await nextFrame();
    await nextFrame();
    expect(rendered(waiting!)).to.equal(false);
    waiting!.setAttribute('loading', 'eager');
    expect(await renderedThisTask(waiting!)).to.equal('rendered');
  });
});
