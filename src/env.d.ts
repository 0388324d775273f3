/**
 * `data/port-case.json?display`: the projection the elements bundle (scripts/display-data.mjs),
 * one export per top-level field, and each element's sources, so an element's entry carries
 * only what it draws.
 */
declare module '*.json?display' {
  export const schemaVersion: unknown;
  export const title: unknown;
  export const updated: unknown;
  export const focus: unknown;
  export const sources: unknown;
  export const eventSources: unknown;
  export const officerSources: unknown;
  export const recommendationSources: unknown;
  export const events: unknown;
  export const officers: unknown;
  export const recommendationSets: unknown;
  export const recommendations: unknown;
  export const figures: unknown;
  export const contradictions: unknown;
}
