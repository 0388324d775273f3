import { html, nothing } from 'lit';
import type { DatasetPart } from '../data/validate.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { safeDefine } from '../shared/define.js';

type Sections = 'events';

/**
 * @summary Placeholder: the graphic is being built.
 */
export class CaseTimeline extends FigureElement<Sections> {
  protected readonly loader = this.createDatasetController(['events']);

  protected get defaultHeading(): string {
    return 'Stephen Port case: timeline';
  }

  protected content(data: DatasetPart<Sections>): FigureContent {
    return {
      heading: this.defaultHeading,
      summary: `${data.sources.length} sources.`,
      graphic: html`${nothing}`,
      notes: [],
      sources: data.sources,
      table: { caption: this.defaultHeading, columns: ['Source'], rows: data.sources.map((s) => [s.title]) },
    };
  }
}

safeDefine('case-timeline', CaseTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'case-timeline': CaseTimeline;
  }
}
