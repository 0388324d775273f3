/**
 * officer-outcomes.interaction-loader.ts for the standalone file (vite.config.ts,
 * eagerInOneFile): one file holds the interaction code anyway, so it is imported statically
 * and is there from the start, with nothing to wait for. The same exports, checked against
 * the lazy loader.
 */
import { officerInteraction, officersTable, readoutText, renderFolded } from './officer-outcomes.interaction.js';
import type * as Lazy from './officer-outcomes.interaction-loader.js';

export type OfficerInteraction = Lazy.OfficerInteraction;
export type InteractionPort = Lazy.InteractionPort;

const code: OfficerInteraction = { officerInteraction, readoutText, renderFolded, officersTable };

/** The code is here from the start: the element never waits for it (nor asks a port for drawn, arriving or failed). */
export const INTERACTION_LATER = false;

export const interactionSource: typeof Lazy.interactionSource = { load: () => Promise.resolve(code) };

export const loadedInteraction: typeof Lazy.loadedInteraction = () => code;

export const loadInteraction: typeof Lazy.loadInteraction = () => Promise.resolve(code);

// The listener itself: with INTERACTION_LATER false, the element reads none of the port's own fields.
export const interactionFor = officerInteraction as typeof Lazy.interactionFor;
