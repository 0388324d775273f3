/**
 * The smallest real figure for the frame's own tests: a list of event titles as its
 * graphic, a table of the events, and a record of every width and print state it was
 * laid out at, so the frame can be tested without any of the three graphics.
 */
import { html } from 'lit';
import type { DatasetPart } from '../../src/data/validate.js';
import { FigureElement, type FigureContent } from '../../src/shared/figure-element.js';
import { safeDefine } from '../../src/shared/define.js';
import type { DataTable } from '../../src/shared/downloads.js';
import { sample } from '../fixtures/sample.js';

export class FrameProbe extends FigureElement<'events'> {
  protected readonly loader = this.createDatasetController(['events'], () => sample());
  /** Every width content() was called at, in order. */
  widths: number[] = [];
  /** Whether content() was called while printing, in order. */
  printed: boolean[] = [];
  /** Replaces the table, when set. */
  customTable: DataTable | null = null;
  asOf: string | undefined = undefined;

  protected get defaultHeading() {
    return 'Probe figure';
  }

  /** For tests: say something in the frame's live region. */
  say(text: string, after?: number): void {
    this.announcer.announce(text, after === undefined ? {} : { after });
  }

  get spoken(): string {
    return this.announcer.text;
  }

  protected content(data: DatasetPart<'events'>): FigureContent {
    this.widths.push(this.size.width);
    this.printed.push(this.printing);
    return {
      heading: 'Probe figure',
      summary: `The probe shows ${data.events.length} events.`,
      graphic: html`<ul class="events">
        ${data.events.map((e) => html`<li>${e.title}</li>`)}
      </ul>`,
      notes: ['A note about the data.'],
      ...(this.asOf ? { asOf: this.asOf } : {}),
      sources: data.sources,
      table: this.customTable ?? {
        caption: 'Events',
        columns: ['Event', 'Date', 'Category'],
        rows: data.events.map((e) => [e.title, e.date, e.category]),
      },
    };
  }
}
safeDefine('frame-probe', FrameProbe);

declare global {
  interface HTMLElementTagNameMap {
    'frame-probe': FrameProbe;
  }
}
