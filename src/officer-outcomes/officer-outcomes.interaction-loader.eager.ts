/**
 * officer-outcomes.interaction-loader.ts for the standalone file (vite.config.ts,
 * eagerInOneFile): one file holds the interaction code anyway, so it is imported statically
 * and is there from the start, with nothing to wait for. The same exports, checked against
 * the lazy loader.
 */
import * as interaction from './officer-outcomes.interaction.js';
import type * as Lazy from './officer-outcomes.interaction-loader.js';

export type InteractionPort = Lazy.InteractionPort;

/** The code is here from the start: the element never waits for it (nor reads drawn, load, arriving or failed). */
export const INTERACTION_LATER = false;

export const interactionSource: typeof Lazy.interactionSource = { load: () => Promise.resolve(interaction) };

// The code itself: with INTERACTION_LATER false, the element reads none of the port's own members.
export const interactionFor = interaction.officerInteraction as typeof Lazy.interactionFor;
