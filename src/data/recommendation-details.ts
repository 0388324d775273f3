/**
 * The bundled recommendations' details, split from what the recommendations' graphic first
 * draws (scripts/display-data.mjs, splitFields): the graphic's own module, so that no other
 * graphic's page carries it.
 */
import type { Recommendation, RecommendationSet } from './types.js';

/** The recommendations' sections, as the graphic draws them. */
export interface RecommendationSections {
  recommendationSets: RecommendationSet[];
  recommendations: Recommendation[];
}

/**
 * The bundled sections as the graphic first draws them: its matrix and list, without the
 * words only its folded notes and its table show (each note and quote), which come in a
 * chunk of their own as it first renders (wholeBundledRecommendations).
 */
export type RecommendationOutline = RecommendationSections;

/** For each object that lost fields to the outline, its place in objectsIn order and those fields. */
export type RecommendationDetails = readonly (readonly [number, Readonly<Record<string, string>>])[];

/**
 * Every object inside `value`, in the order JSON writes them (each before its contents): the
 * same walk as scripts/display-data.mjs, objectsIn, which the build checks the joined data with.
 */
export function objectsIn(value: unknown, found: object[] = []): object[] {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, found);
  else if (value && typeof value === 'object') {
    found.push(value);
    for (const v of Object.values(value)) objectsIn(v, found);
  }
  return found;
}

/** The sections whole: a copy of the outline with each detail in its place. */
export function withRecommendationDetails<T>(outline: T, details: RecommendationDetails): T {
  const whole = structuredClone(outline);
  const objects = objectsIn(whole);
  for (const [i, fields] of details) Object.assign(objects[i]!, fields);
  return whole;
}

/**
 * The bundled sections whole, made once per page and shared by every recommendations'
 * graphic on it (in the script-tag build the details are a chunk of their own, fetched once).
 */
let whole: Promise<RecommendationSections> | undefined;
export function wholeBundledRecommendations(outline: RecommendationOutline): Promise<RecommendationSections> {
  whole ??= import('../../data/port-case.json?display=recommendation-details').then(
    (module) => withRecommendationDetails(outline, module.recommendationDetails),
    (error: unknown) => {
      whole = undefined; // a later graphic may try again (a network blip)
      throw error;
    },
  );
  return whole;
}
