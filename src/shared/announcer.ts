/**
 * The one live region of a graphic, shared by every element (issue #15): what a reader's
 * move or filter changed, said once by a screen reader and then cleared, so that browse
 * mode, reading the page later, finds no stale sentence such as "Rows 1 to 100" or an
 * officer's description out of context.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** What the announcer needs of its element: a place to find the region it rendered. */
export type AnnouncerHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * `clearAfterMs`: how long a sentence stays in the region. Screen readers take the
 * text when the region changes (NVDA, JAWS and VoiceOver queue it then), so clearing
 * it later cuts nothing off; five seconds outlasts a slow speech rate's reading of a
 * long sentence for readers whose reader fetches it late. `repeatAfterMs`: the same
 * sentence twice in a row is no change to a live region, so the second is written
 * after the region has been emptied for this long. Tests shorten or lengthen them.
 */
export const announcerTiming = { clearAfterMs: 5_000, repeatAfterMs: 100 };

/**
 * Holds the region and what it says. The host renders `region()` once, where it stays
 * (the frame does this for every FigureElement); `announce()` writes the text into it
 * directly, without a render of the graphic, which a keystroke need not cause.
 */
export class Announcer implements ReactiveController {
  private clearTimer = 0;
  private writeTimer = 0;

  constructor(private readonly host: AnnouncerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** The live region: polite, atomic, visually hidden. Render it before anything is announced. */
  region(): TemplateResult {
    return html`<div
      id="announcement"
      class="visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
      part="announcement"
    ></div>`;
  }

  /** What the region says now ('' once cleared). */
  get text(): string {
    return this.rendered()?.textContent ?? '';
  }

  /**
   * Says `text` once. `after` (ms) waits first, and a newer announce() in that time
   * replaces it: for typing in a search box or a run of filter presses, only the result
   * the reader paused on is said. An empty text cancels anything waiting and clears.
   */
  announce(text: string, { after = 0 }: { after?: number } = {}): void {
    this.cancel();
    if (!text) return this.write('');
    const repeat = text === this.text;
    if (repeat) this.write('');
    const delay = Math.max(after, repeat ? announcerTiming.repeatAfterMs : 0);
    if (delay === 0) return this.write(text);
    this.writeTimer = window.setTimeout(() => this.write(text), delay);
  }

  /** Empties the region now and drops anything waiting. */
  clear(): void {
    this.cancel();
    this.write('');
  }

  /** The rendered region, found where region() put it (looked up, not held: a re-render may replace it). */
  private rendered(): HTMLElement | null {
    return (this.host.renderRoot as ParentNode).querySelector<HTMLElement>('#announcement');
  }

  private write(text: string): void {
    window.clearTimeout(this.clearTimer);
    const region = this.rendered();
    if (region) region.textContent = text;
    if (text) this.clearTimer = window.setTimeout(() => this.write(''), announcerTiming.clearAfterMs);
  }

  private cancel(): void {
    window.clearTimeout(this.writeTimer);
    window.clearTimeout(this.clearTimer);
  }
}
