import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a graphic when the reader is about to need it, so a story page does not pay for
 * every graphic at once while it loads (issue #16):
 * - near the viewport: within a screen above or below it, checked once in the task after the
 *   element connects (one layout read for all of them, rather than waiting a frame for an
 *   IntersectionObserver's first report), then by an IntersectionObserver as the reader scrolls;
 * - or in idle time, whichever comes first, so a graphic far down is ready before the reader
 *   scrolls to it;
 * - `beforeprint` renders every graphic still waiting, at once, so printing shows everything;
 * - one graphic at a time, in document order, each in a task of its own and with a frame
 *   between them for its style and layout: a page with three graphics never renders them
 *   in one long task.
 * `loading="eager"` on the element renders it as soon as it is defined (FigureElement).
 *
 * While a graphic waits, it keeps the height the page reserved for it before the script
 * loaded (`:not(:defined) { min-height }`, as the README says): holdReservedHeights() copies
 * that min-height onto each element just before its tag is defined, and the element drops
 * the copy once it has rendered. So nothing moves while graphics render later.
 */

/** How far beyond the viewport a graphic starts to render: a screen above and below. */
export const NEAR_MARGIN = '100% 0px';
const near = (box: DOMRect) =>
  (box.width > 0 || box.height > 0) &&
  box.bottom >= -innerHeight &&
  box.top <= 2 * innerHeight &&
  box.right >= 0 &&
  box.left <= innerWidth;

interface Waiting {
  host: HTMLElement;
  release: () => void;
  /** Settles when the host's turn is over: it has rendered, or cannot render yet. */
  done: () => Promise<unknown> | undefined;
}

const waiting = new Map<Element, Waiting>();
const queue: Waiting[] = [];
let pumping = false;
let printing = false;
let observer: IntersectionObserver | null = null;
let idleRequested = false;
/** Connected since the last position check; the check runs in a task of its own (checkSoon). */
const unchecked = new Set<Waiting>();

const requestIdle: (callback: () => void) => void =
  typeof requestIdleCallback === 'function'
    ? (callback) => requestIdleCallback(callback, { timeout: 3000 })
    : (callback) => setTimeout(callback, 200);

function nearObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const item = entry.isIntersecting ? waiting.get(entry.target) : undefined;
        if (item) enqueue(item);
      }
    },
    { rootMargin: NEAR_MARGIN },
  );
  return observer;
}

/**
 * In the task after the elements connected (not in the one that defined them, which is
 * already long): where is each? Near ones render now; the others wait for the observer.
 */
function checkSoon(item: Waiting): void {
  unchecked.add(item);
  if (unchecked.size > 1) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const items = [...unchecked].filter((i) => waiting.get(i.host) === i && i.host.isConnected);
    unchecked.clear();
    const boxes = items.map((i) => i.host.getBoundingClientRect()); // one layout for all
    items.forEach((i, n) => (near(boxes[n]!) ? enqueue(i) : nearObserver().observe(i.host)));
  };
  channel.port2.postMessage(null);
}

function enqueue(item: Waiting): void {
  if (!waiting.has(item.host)) return;
  waiting.delete(item.host);
  observer?.unobserve(item.host);
  queue.push(item);
  if (!pumping) void pump();
}

/** Releases the queued graphics one at a time, the first in the document first. */
async function pump(): Promise<void> {
  pumping = true;
  while (queue.length > 0 && !printing) {
    queue.sort((a, b) => (a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const item = queue.shift()!;
    item.release();
    try {
      await item.done();
    } catch {
      // Its error is the element's to report; the next graphic still renders.
    }
    // Let the browser style, lay out and paint this graphic before the next one's script runs.
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  }
  pumping = false;
}

function releaseIdle(): void {
  idleRequested = false;
  for (const item of [...waiting.values()]) enqueue(item);
}

function releaseAll(): void {
  printing = true;
  for (const item of [...queue, ...waiting.values()]) item.release();
  queue.length = 0;
  waiting.clear();
  observer?.disconnect();
}

if (typeof window !== 'undefined') {
  window.addEventListener('beforeprint', releaseAll);
  window.addEventListener('afterprint', () => (printing = false));
}

/**
 * The host's first render waits for `ready`: FigureElement awaits it in scheduleUpdate(), and
 * calls now() when `loading="eager"`. `rendered`, called when the host's turn comes, gives
 * what the next graphic waits for: by default the host's update; nothing (undefined) lets
 * the next one go at once, for a host that cannot render yet (FigureElement: no width).
 */
export class RenderWhenNeeded implements ReactiveController {
  readonly ready: Promise<void>;
  private release!: () => void;
  private released = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly rendered: () => Promise<unknown> | undefined = () => host.updateComplete,
  ) {
    this.ready = new Promise((resolve) => (this.release = resolve));
    host.addController(this);
  }

  /** Whether the host is still waiting to render. */
  get waiting(): boolean {
    return !this.released;
  }

  /** Renders now: `loading="eager"`, printing, or no IntersectionObserver in this browser. */
  now(): void {
    if (this.released) return;
    this.released = true;
    waiting.delete(this.host);
    observer?.unobserve(this.host);
    this.release();
  }

  hostConnected(): void {
    if (this.released) return;
    if (printing || typeof IntersectionObserver !== 'function') return this.now();
    const item: Waiting = { host: this.host, release: () => this.now(), done: this.rendered };
    waiting.set(this.host, item);
    checkSoon(item);
    if (!idleRequested) {
      idleRequested = true;
      requestIdle(releaseIdle);
    }
  }

  hostDisconnected(): void {
    const item = waiting.get(this.host);
    if (item) unchecked.delete(item);
    waiting.delete(this.host);
    observer?.unobserve(this.host);
    const queued = queue.findIndex((item) => item.host === this.host);
    if (queued >= 0) queue.splice(queued, 1);
  }
}

/** Elements whose min-height holdReservedHeights() set, and the value it set. */
const held = new WeakMap<HTMLElement, string>();

/**
 * Just before `tag` is defined (safeDefine), copies the min-height each of its elements in
 * the page has from the page's CSS (`:not(:defined)` rules stop matching at definition) onto
 * the element, unless it has an inline one. One style read per tag, no layout.
 */
export function holdReservedHeights(tag: string): void {
  for (const element of document.querySelectorAll<HTMLElement>(tag)) {
    if (element.style.minHeight) continue;
    const reserved = getComputedStyle(element).minHeight;
    if (!reserved.endsWith('px') || parseFloat(reserved) <= 0) continue;
    element.style.minHeight = reserved;
    held.set(element, reserved);
  }
}

/** After the first render: the element's own height takes over from the page's reservation. */
export function releaseReservedHeight(element: HTMLElement): void {
  const reserved = held.get(element);
  if (reserved === undefined) return;
  held.delete(element);
  if (element.style.minHeight === reserved) element.style.removeProperty('min-height');
}
