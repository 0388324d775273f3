/**
 * The interface words <officer-outcomes> shows only after a reader acts (the readout, the
 * folded facts' lead, the table), in one object: they come with the interaction code
 * (officer-outcomes.interaction.ts), not in what a page downloads before the graphic renders.
 * The words of the first render are officer-outcomes.strings.ts.
 */
import { formatCount as n } from '../shared/numbers.js';

export const officerInteractionStrings = {
  /** The readout's lead, before the officer's finding and outcome: "Officer 3 of 17". */
  readoutPlace: (index: number, of: number, reinvestigated: boolean) =>
    `${reinvestigated ? 'Re-investigated officer' : 'Officer'} ${n(index)} of ${n(of)}`,
  /** Over the facts not drawn, in the folded foot of the chart. */
  alsoReported: (investigated: number) => `Also reported about the ${n(investigated)}:`,

  /** Table. */
  table: {
    caption: 'Officers investigated, by finding and outcome, with related facts',
    columns: ['Group', 'Finding', 'Outcome', 'Officers', 'Notes', 'Source quote'],
    scope: {
      investigated: 'all officers investigated',
      unknown: 'scope not given',
    },
    reinvestigation: 'Re-investigation',
    reinvestigated: 'officers under investigation',
    dates: (decided: string, announced: string) => `Decided ${decided}; announced ${announced}.`,
    status: 'Status',
  },
};
