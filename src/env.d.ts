/**
 * `data/port-case.json?display[=slice]`: the projection the elements bundle
 * (scripts/display-data.mjs, wired by scripts/pipeline.mjs), one export per field. Each
 * slice holds the sections one graphic draws and the sources they cite (the events' slice
 * also the timeline's focus span, null when the data sets none); `?display` alone is
 * the whole projection (tests and tools).
 *
 * `import()` types because an ambient module declaration may not import a relative path (TS2439).
 */
/* eslint-disable @typescript-eslint/consistent-type-imports */
declare module '*.json?display=events' {
  export const events: readonly import('./data/event-details.js').EventOutline[];
  export const sources: import('./data/types.js').Dataset['sources'];
  export const focus: import('./data/types.js').TimelineFocus | null;
}
declare module '*.json?display=event-details' {
  export const eventDetails: import('./data/bundled-details.js').BundledDetails;
}
declare module '*.json?display=officers' {
  export const officers: import('./data/types.js').Dataset['officers'];
  export const sources: import('./data/types.js').Dataset['sources'];
}
declare module '*.json?display=recommendation-details' {
  export const recommendationDetails: import('./data/bundled-details.js').BundledDetails;
}
declare module '*.json?display=officer-details' {
  export const officerDetails: import('./data/bundled-details.js').BundledDetails;
}
declare module '*.json?display=recommendations' {
  export const recommendationSets: import('./data/types.js').Dataset['recommendationSets'];
  export const recommendations: import('./data/types.js').Dataset['recommendations'];
  export const sources: import('./data/types.js').Dataset['sources'];
}
declare module '*.json?display' {
  type Dataset = import('./data/types.js').Dataset;
  export const schemaVersion: Dataset['schemaVersion'];
  export const title: Dataset['title'];
  export const labels: Dataset['labels'];
  export const updated: Dataset['updated'];
  export const focus: Dataset['focus'];
  export const sources: Dataset['sources'];
  export const events: Dataset['events'];
  export const officers: Dataset['officers'];
  export const recommendationSets: Dataset['recommendationSets'];
  export const recommendations: Dataset['recommendations'];
  export const figures: Dataset['figures'];
  export const contradictions: Dataset['contradictions'];
}
