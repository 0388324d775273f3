/**
 * The bundled recommendations' details, split from what the recommendations' graphic first
 * draws (scripts/display-data.mjs, RECOMMENDATION_DETAIL_FIELDS): the graphic's own module,
 * so that no other graphic's page carries it.
 */
import type { Recommendation, RecommendationSet } from './types.js';
import { loadOnce } from './load-once.js';

/** The recommendations' sections, as the graphic draws them. */
export interface RecommendationSections {
  recommendationSets: RecommendationSet[];
  recommendations: Recommendation[];
}

/**
 * The bundled sections whole, once per page: the graphic first draws its matrix and list
 * without the words only its folded notes and its table show (each note and quote); they,
 * and the code that puts them in place, come in a chunk of their own as it first renders
 * (whole-recommendations.ts).
 */
export const wholeBundledRecommendations: () => Promise<RecommendationSections> = loadOnce(() =>
  import('./whole-recommendations.js').then((module) => module.wholeRecommendations),
);
