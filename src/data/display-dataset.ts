/**
 * The elements' default data: data/port-case.json as projected for the graphics by
 * scripts/display-data.mjs at build and test time (fewer citations per record, no
 * figures or contradictions, no editors' fields), in one slice per graphic: an element
 * imports only its own sections and the sources they cite, and in the code-split
 * script-tag build each slice is its own chunk. Together the slices are a valid Dataset
 * (test/data/display-dataset.test.ts), and the build checks each one (vite.config.ts), so
 * readers' browsers do not: the elements only copy it into the frozen form they draw from
 * (dataset-controller.ts, frozenBundle).
 *
 * Plain re-exports on purpose: a module with code of its own here would tie every slice to
 * every element in the code-split build (the events' details: event-details.ts). The whole projection, for tests and tools, is
 * `data/port-case.json?display` (test/fixtures/display-dataset.ts).
 */
export {
  events as bundledEvents,
  sources as bundledEventSources,
  /** The timeline's focus span (the killings and the investigation), for a timeline that draws one. */
  focus as bundledFocus,
} from '../../data/port-case.json?display=events';
export {
  officers as bundledOfficers,
  sources as bundledOfficerSources,
} from '../../data/port-case.json?display=officers';
export {
  recommendationSets as bundledRecommendationSets,
  recommendations as bundledRecommendations,
  sources as bundledRecommendationSources,
} from '../../data/port-case.json?display=recommendations';
