/** The bundled recommendations whole: loaded by recommendation-details.ts as the graphic first renders. */
import { recommendationDetails } from '../../data/port-case.json?display=recommendation-details';
import { bundledRecommendations, bundledRecommendationSets } from './display-dataset.js';
import { withDetails } from './bundled-details.js';
import type { RecommendationSections } from './recommendation-details.js';

export const wholeRecommendations: RecommendationSections = withDetails(
  { recommendationSets: bundledRecommendationSets, recommendations: bundledRecommendations },
  recommendationDetails,
);
