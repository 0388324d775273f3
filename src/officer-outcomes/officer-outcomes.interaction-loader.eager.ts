/**
 * officer-outcomes.interaction-loader.ts for the standalone file (vite.config.ts,
 * eagerInOneFile): one file holds the interaction code anyway, so it is imported statically
 * and is there from the start, with nothing to wait for. The same exports, checked against
 * the lazy loader.
 */
import * as interaction from './officer-outcomes.interaction.js';
import type * as Lazy from './officer-outcomes.interaction-loader.js';

export type OfficerInteraction = Lazy.OfficerInteraction;

export const interactionSource: typeof Lazy.interactionSource = { load: () => Promise.resolve(interaction) };

export const loadedInteraction: typeof Lazy.loadedInteraction = () => interaction;

export const loadInteraction: typeof Lazy.loadInteraction = () => Promise.resolve(interaction);

export const interactionFor: typeof Lazy.interactionFor = interaction.officerInteraction;
