/**
 * event-details.ts for the standalone file (vite.config.ts, eagerInOneFile): there the
 * bundled events are whole already (scripts/pipeline.mjs, oneFileExports), so there is
 * nothing to fetch or join. The same exports, checked against the lazy module.
 */
import { bundledEvents } from './display-dataset.js';
import type * as Lazy from './event-details.js';
import type { TimelineEvent } from './types.js';

export type EventOutline = Lazy.EventOutline;

export const wholeBundledEvents: typeof Lazy.wholeBundledEvents = () =>
  Promise.resolve(bundledEvents as TimelineEvent[]);
