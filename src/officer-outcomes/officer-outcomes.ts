import { html, nothing } from 'lit';
import type { DatasetPart } from '../data/validate.js';
import { FigureElement, type FigureContent } from '../shared/figure-element.js';
import { safeDefine } from '../shared/define.js';

type Sections = 'officers';

/**
 * @summary Placeholder: the graphic is being built.
 */
export class OfficerOutcomes extends FigureElement<Sections> {
  protected readonly loader = this.createDatasetController(['officers']);

  protected get defaultHeading(): string {
    return 'What happened to the officers investigated';
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

safeDefine('officer-outcomes', OfficerOutcomes);

declare global {
  interface HTMLElementTagNameMap {
    'officer-outcomes': OfficerOutcomes;
  }
}
