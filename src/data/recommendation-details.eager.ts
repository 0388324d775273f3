/**
 * recommendation-details.ts for the standalone file (vite.config.ts, eagerInOneFile): there
 * the bundled recommendations are whole already (scripts/pipeline.mjs, oneFileExports), so
 * there is nothing to fetch or join. The same exports, checked against the lazy module.
 */
import type * as Lazy from './recommendation-details.js';

export type RecommendationSections = Lazy.RecommendationSections;
export type RecommendationOutline = Lazy.RecommendationOutline;
export type RecommendationDetails = Lazy.RecommendationDetails;

export const objectsIn: typeof Lazy.objectsIn = () => [];

export const withRecommendationDetails: typeof Lazy.withRecommendationDetails = (outline) => outline;

export const wholeBundledRecommendations: typeof Lazy.wholeBundledRecommendations = (outline) =>
  Promise.resolve(outline);
