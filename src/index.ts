/**
 * port-case-viz: importing this module registers every element.
 * Per-element entry points (`port-case-viz/case-timeline`, …) register only one;
 * `port-case-viz/data` gives the dataset with no element.
 */
export { CaseTimeline } from './case-timeline/case-timeline.js';
export { OfficerOutcomes } from './officer-outcomes/officer-outcomes.js';
export { RecommendationStatus } from './recommendation-status/recommendation-status.js';
export { FigureElement, type FigureContent } from './shared/figure-element.js';
export { setStrings, strings, type Strings } from './shared/strings.js';
export { toCsv, type DataTable } from './shared/downloads.js';
export * from './data/index.js';
