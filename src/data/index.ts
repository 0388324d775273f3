/** `port-case-viz/data`: the dataset, its types and its validator, with no element. */
export { dataset } from './dataset.js';
export { validate, formatProblems } from './validate.js';
export { isSafeUrl } from './urls.js';
export type { Problem, ValidationResult, DatasetPart } from './validate.js';
export { parseIsoDate, formatDate } from './dates.js';
export type { ParsedDate } from './dates.js';
export type {
  Acceptance,
  Citation,
  Contradiction,
  ContradictionVersion,
  Dataset,
  DatasetSection,
  DatePrecision,
  EventCategory,
  Figure,
  Implementation,
  IsoDate,
  OfficerExtra,
  OfficerFinding,
  OfficerGroup,
  OfficerOutcome,
  OfficerInvestigation,
  OfficerScope,
  OfficerSubsetFact,
  Recommendation,
  RecommendationSet,
  Reinvestigation,
  Source,
  SourceKind,
  StatusAssessment,
  TextsMissingReason,
  TimelineEvent,
  TimelineFocus,
  Victim,
} from './types.js';
