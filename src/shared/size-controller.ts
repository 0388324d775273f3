import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's own content width, from a ResizeObserver: layouts follow the space
 * the page gives the element, never the window (an embed in a 300 px column of a
 * 1,400 px page is narrow).
 */
export class SizeController implements ReactiveController {
  /** The latest width known; null until measured or reported after connecting. */
  private measured: number | null = null;
  /** The width the last render read: a change re-renders only if a render used another. */
  private used: number | null = null;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * The width, measured when a render first asks for it (so the first render already has
   * the right layout), not when the element connects: a graphic that renders later
   * (RenderWhenNeeded) forces no layout while the page loads.
   */
  get width(): number {
    this.measured ??= Math.round(this.host.getBoundingClientRect().width);
    this.used = this.measured;
    return this.measured;
  }

  hostConnected(): void {
    this.measured = null;
    // The observer's first report comes after connecting, often while the graphic still
    // waits to render (RenderWhenNeeded): it gives the width, and asks for no extra render.
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      this.measured = width;
      if (this.used === null || width === this.used) return;
      // Re-render in the next frame, not inside the observer's callback: a render that
      // changes the element's height there makes Chromium report "ResizeObserver loop
      // completed with undelivered notifications" as a page error.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
  }
}
