/**
 * The bundled events' details, split from what the timeline first draws
 * (scripts/display-data.mjs, EVENT_DETAIL_FIELDS): the timeline's own module, so that no
 * other graphic's page carries it.
 */
import type { TimelineEvent } from './types.js';
import { loadOnce } from './load-once.js';

/**
 * A bundled event as the timeline first draws it: without the words its detail panel and
 * table show (its description, note, and each citation's quote and who said it), which
 * come in a chunk of their own once the timeline has first drawn (wholeBundledEvents):
 * about two thirds of the timeline's data, which a reader's phone need not download before
 * it sees the graphic. Each citation keeps its source, for the source line under the graphic.
 */
export type EventOutline = Omit<TimelineEvent, 'description' | 'note' | 'citations'> & {
  citations: readonly { source: string }[];
};

/**
 * The bundled events whole, once per page and shared by every timeline on it: the words,
 * and the code that puts them in place, come in a chunk of their own (whole-events.ts).
 * (The frozen copy the timelines draw from is made once per events array: dataset-controller.ts.)
 */
export const wholeBundledEvents: () => Promise<TimelineEvent[]> = loadOnce(() =>
  import('./whole-events.js').then((module) => module.wholeEvents),
);
