/**
 * The elements' default data: data/port-case.json as projected for the graphics by
 * scripts/display-data.mjs at build and test time (fewer citations per record, no
 * figures or contradictions). Exported section by section, so that an element imports
 * only what it draws; together they are a valid Dataset (test/data/display-dataset.test.ts).
 */
import * as json from '../../data/port-case.json?display';
import type { Dataset } from './types.js';

export const bundledSources = json.sources as Dataset['sources'];
/** The sources each element's bundled data cites: an element imports only its own. */
export const bundledEventSources = json.eventSources as Dataset['sources'];
export const bundledOfficerSources = json.officerSources as Dataset['sources'];
export const bundledRecommendationSources = json.recommendationSources as Dataset['sources'];
export const bundledEvents = json.events as Dataset['events'];
export const bundledOfficers = json.officers as Dataset['officers'];
export const bundledRecommendationSets = json.recommendationSets as Dataset['recommendationSets'];
export const bundledRecommendations = json.recommendations as Dataset['recommendations'];
/** The timeline's focus span (the killings and the investigation), for a timeline that draws one. */
export const bundledFocus = json.focus as Dataset['focus'];

/** The whole projection as one Dataset (for tests and tools; elements import sections). */
export const displayDataset: Dataset = {
  schemaVersion: 1,
  title: json.title as string,
  updated: json.updated as string,
  ...(bundledFocus ? { focus: bundledFocus } : {}),
  sources: bundledSources,
  events: bundledEvents,
  officers: bundledOfficers,
  recommendationSets: bundledRecommendationSets,
  recommendations: bundledRecommendations,
  figures: [],
  contradictions: [],
};
