import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Width a graphic is laid out at for print: A4 and US Letter in portrait, less the
 * browser's default margins (A4 is 794 px at 96 dpi, Letter 816; Chromium's margins are
 * about 38 px a side), less room for a page's own gutter. The print styles scale an SVG
 * down to its box when the page's column is narrower still.
 */
export const PRINT_WIDTH = 680;

/**
 * The element's own content width, from a ResizeObserver: layouts follow the space
 * the page gives the element, never the window (an embed in a 300 px column of a
 * 1,400 px page is narrow).
 *
 * A width of 0 is never a layout width: an element in a hidden tab, a collapsed
 * accordion or a `display: none` iframe measures 0, and laid out at 0 px a unit chart
 * stacks one mark per row (61,209 px tall), which an iframe would then post to its
 * parent. So `width` is the last real width, 0 only until the first one, and `sized`
 * resolves when there is one (FigureElement waits for it before rendering).
 *
 * For print, `width` is PRINT_WIDTH between `beforeprint` and `afterprint` (see
 * startPrint), so the chart is drawn for paper, not for the screen it was on.
 *
 * The width is measured when it is first asked for after connecting (so the first render
 * already has the right layout), not when the element connects: a graphic that renders
 * later (RenderWhenNeeded) forces no layout while the page loads, and the observer's first
 * report, which usually arrives while it waits, gives the width for free.
 */
export class SizeController implements ReactiveController {
  /** The width to lay out at, px: the last real one measured, or PRINT_WIDTH while printing. */
  get width(): number {
    if (this.printing) return PRINT_WIDTH;
    if (this.unmeasured) {
      this.unmeasured = false;
      this.take(this.measure());
    }
    return this.measured;
  }

  private measured = 0;
  /** Connected, and neither measured nor reported by the observer since. */
  private unmeasured = false;
  private printing = false;
  private observer?: ResizeObserver;
  private frame = 0;
  private whenSized: Promise<void> | null = null;
  private resolveSized: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Resolves once the element has a real width (at once if it has one). */
  get sized(): Promise<void> {
    if (this.width > 0) return Promise.resolve();
    this.whenSized ??= new Promise<void>((resolve) => (this.resolveSized = resolve));
    return this.whenSized;
  }

  hostConnected(): void {
    // Measured when first asked for (see `width`); the observer then reports changes (its
    // first callback repeats a width already measured, and is then ignored).
    this.unmeasured = true;
    this.observer ??= new ResizeObserver((entries) => {
      this.unmeasured = false;
      const observed = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (!this.take(observed > 0 ? observed : this.measure())) return;
      // Re-render (or let the waiting first render go) in the next frame, not inside the
      // observer's callback: a render that changes the element's height there makes
      // Chromium report "ResizeObserver loop completed with undelivered notifications"
      // as a page error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.settle();
        if (!this.printing) this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
  }

  /** Lays out at paper width until endPrint(); the host renders again itself. */
  startPrint(): void {
    this.printing = true;
    this.settle();
  }

  endPrint(): void {
    this.printing = false;
  }

  /**
   * The width the element has to fill: its own, or, when it is laid out but 0 px wide
   * (a page's \`* { all: revert }\` makes the host inline again, and an inline element
   * is as wide as its content, which waits for a width; or a flex item sized by that
   * content), the content width of the box it sits in. 0 when it is not laid out at all
   * (display: none, a hidden tab) or that box is 0 wide too.
   */
  private measure(): number {
    const own = contentWidth(this.host);
    if (own > 0 || this.host.getClientRects().length === 0) return own;
    for (let node = parentOf(this.host); node; node = parentOf(node)) {
      if (node.getClientRects().length === 0) continue; // display: contents
      return contentWidth(node);
    }
    return 0;
  }

  /** Records a measured width; false when it changes nothing (0, or the same). */
  private take(width: number): boolean {
    if (width <= 0 || width === this.measured) return false;
    this.measured = width;
    return true;
  }

  /** Lets a render that waits for a real width go, if there is one now. */
  private settle(): void {
    if (this.width <= 0 || !this.resolveSized) return;
    this.resolveSized();
    this.resolveSized = null;
    this.whenSized = null;
  }
}

/**
 * The width an element's content is laid out in, as the ResizeObserver's contentRect
 * reports it: its border box less borders and padding.
 */
function contentWidth(element: Element): number {
  const width = element.getBoundingClientRect().width;
  if (width <= 0) return 0;
  const style = getComputedStyle(element);
  const edges = ['borderLeftWidth', 'borderRightWidth', 'paddingLeft', 'paddingRight'] as const;
  return Math.max(0, Math.round(width - edges.reduce((sum, edge) => sum + parseFloat(style[edge]), 0)));
}

/** The element's parent, or the host of the shadow root it sits in. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
