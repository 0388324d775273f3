/**
 * recommendation-details.ts for the standalone file (vite.config.ts, eagerInOneFile): there
 * the bundled recommendations are whole already (scripts/pipeline.mjs, oneFileExports), so
 * there is nothing to fetch or join. The same exports, checked against the lazy module.
 */
import { bundledRecommendations, bundledRecommendationSets } from './display-dataset.js';
import type * as Lazy from './recommendation-details.js';

export type RecommendationSections = Lazy.RecommendationSections;

export const wholeBundledRecommendations: typeof Lazy.wholeBundledRecommendations = () =>
  Promise.resolve({ recommendationSets: bundledRecommendationSets, recommendations: bundledRecommendations });
