/**
 * Every element, registered: the all-in-one entry of the script-tag build
 * (dist/cdn/port-case-viz.js). Unlike the npm package's index it exports no validator or
 * data helpers: the validator loads by itself when a page supplies its own data.
 */
export { CaseTimeline } from './case-timeline/case-timeline.js';
export { OfficerOutcomes } from './officer-outcomes/officer-outcomes.js';
export { RecommendationStatus } from './recommendation-status/recommendation-status.js';
export { setStrings, strings, type Strings } from './shared/strings.js';
