/**
 * The bundled events' details, split from what the timeline first draws
 * (scripts/display-data.mjs, DETAIL_FIELDS): the timeline's own module, so that no other
 * graphic's page carries it.
 */
import type { TimelineEvent } from './types.js';
import { bundledEvents } from './display-dataset.js';
import { loadOnce } from './load-once.js';

/**
 * A bundled event as the timeline first draws it: without the words its detail panel and
 * table show (its description, note and quotes), which come in a chunk of their own as the
 * timeline first renders (loadBundledEventDetails): about two thirds of the timeline's data
 * that a reader's phone need not download before it sees the graphic. Each citation keeps
 * its source, for the source line under the graphic (scripts/display-data.mjs, eventOutline).
 */
export type EventOutline = Omit<TimelineEvent, 'description' | 'note' | 'citations'> & {
  citations: readonly { source: string }[];
};
/** Each bundled event's detail, by event id. */
export type EventDetails = Readonly<Record<string, Pick<TimelineEvent, 'description' | 'note' | 'citations'>>>;

/** The bundled events made whole: each outline with its detail. */
export function withEventDetails(outlines: readonly EventOutline[], details: EventDetails): TimelineEvent[] {
  return outlines.map((e) => ({ ...e, ...details[e.id]! }));
}

/** The bundled events' details, fetched once per page (in the script-tag build, their own chunk). */
export const loadBundledEventDetails: () => Promise<EventDetails> = loadOnce(() =>
  import('../../data/port-case.json?display=event-details').then((module) => module.eventDetails),
);

/**
 * The bundled events whole, made once per page and shared by every timeline on it (the
 * frozen copy they draw from is made once per events array: dataset-controller.ts).
 */
export const wholeBundledEvents: () => Promise<TimelineEvent[]> = loadOnce(() =>
  loadBundledEventDetails().then((details) => withEventDetails(bundledEvents, details)),
);
