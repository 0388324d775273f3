/** The bundled events whole: loaded by event-details.ts once the timeline has first drawn. */
import { eventDetails } from '../../data/port-case.json?display=event-details';
import { bundledEvents } from './display-dataset.js';
import { withDetails } from './bundled-details.js';
import type { TimelineEvent } from './types.js';

// The outlines lack the fields the details put back (EventOutline): whole, they are events.
export const wholeEvents = withDetails({ events: bundledEvents }, eventDetails).events as unknown as TimelineEvent[];
