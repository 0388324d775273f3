import { html, nothing } from 'lit';
import type { DatasetPart } from '../data/validate.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { safeDefine } from '../shared/define.js';

type Sections = 'recommendationSets' | 'recommendations';

/**
 * @summary Placeholder: the graphic is being built.
 */
export class RecommendationStatus extends FigureElement<Sections> {
  protected readonly loader = this.createDatasetController(['recommendationSets', 'recommendations']);

  protected get defaultHeading(): string {
    return 'Recommendations made after the Stephen Port murders';
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

safeDefine('recommendation-status', RecommendationStatus);

declare global {
  interface HTMLElementTagNameMap {
    'recommendation-status': RecommendationStatus;
  }
}
