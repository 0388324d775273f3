import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The element's own content width, from a ResizeObserver: layouts follow the space
 * the page gives the element, never the window (an embed in a 300 px column of a
 * 1,400 px page is narrow).
 */
export class SizeController implements ReactiveController {
  width = 0;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once now so the first render already has the right layout; the observer
    // then reports changes (its first callback repeats this width and is ignored).
    this.width = Math.round(this.host.getBoundingClientRect().width);
    this.observer ??= new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width === this.width) return;
      this.width = width;
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
