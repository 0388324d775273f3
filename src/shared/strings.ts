/**
 * Every interface word the elements show, in one object, so a translation is one
 * object (`setStrings({...})`). Data text (titles, quotes) comes from the dataset.
 */
const words = {
  source: 'Source',
  sources: 'Sources',
  notes: 'Notes',
  getTheData: 'Get the data',
  downloadCsv: 'CSV',
  downloadJson: 'JSON',
  showTable: 'Show as table',
  hideTable: 'Hide table',
  loading: 'Loading the data…',
  /** The error state as readers see it: neutral, with no detail a reader cannot act on. */
  errorTitle: 'This graphic could not be shown.',
  /** Above the problems by field path, shown only with `show-problems` (an editor's preview). */
  errorIntro: 'The data it was given has these problems:',
  /** The page's own data is checked by code loaded when first needed; it did not load. */
  errorChecker: (reason: string) =>
    `The data could not be checked, because part of this graphic did not load (${reason}).`,
  /** The bundled details (the timeline's descriptions, notes and quotes; the recommendations' notes and quotes) did not load; the graphic is drawn without them. */
  errorDetails: (reason: string) =>
    `its details could not be loaded (${reason}), so the graphic is shown without them.`,
  /** In an event's detail panel while its description and sources load (a moment after the graphic). */
  detailsLoading: 'Loading the details…',
  /** In an event's detail panel when they could not load. */
  detailsUnavailable: 'The details of this event could not be loaded.',
  empty: 'There is nothing to show for this selection.',
  moreSources: (names: string, more: number) => `${names} and ${more} more`,
  /** The data's "as of": the latest date among the sources a graphic shows. */
  asOf: (when: string) => `Data as of ${when}, the date of the latest source shown.`,
  /** Who said a quote, where it is not the source's own words. */
  saidBy: (who: string) => `— ${who}`,
};

/**
 * A table of more than a few hundred rows shows 100 at a time (pager.ts): which rows (also
 * announced), and its buttons. Their built-in words come with the table view (table-view.ts),
 * which loads when a reader first asks for the table, so they are absent here unless a page
 * sets them: setStrings() sets them as any other.
 */
export interface TableStrings {
  tableRange?: (from: number, to: number, total: number) => string;
  tableNext?: (n: number) => string;
  tablePrevious?: (n: number) => string;
}

/**
 * The messages for a page's own data that cannot be read. Their built-in words come with the
 * code that reads it (page-data.ts), which a page that draws only the bundled data never
 * downloads, so they are absent here unless a page sets them: setStrings() sets them as any other.
 */
export interface PageDataStrings {
  errorLoad?: (url: string, reason: string) => string;
  errorJson?: (reason: string) => string;
  errorTimeout?: (seconds: number) => string;
  errorInlineType?: (type: string) => string;
  errorEmptySrc?: string;
}

export const strings: typeof words & TableStrings & PageDataStrings = words;

export type Strings = typeof strings;

/** Replaces some of the interface words, for another language or a house style. */
export function setStrings(overrides: Partial<Strings>): void {
  Object.assign(strings, overrides);
}
