/**
 * Bundled data in two parts: what a graphic draws first (its outline), and the words only its
 * folded notes and its table show, fetched as it first renders (scripts/display-data.mjs,
 * splitFields). This joins them, in the chunk loaded then (whole-officers.ts,
 * whole-recommendations.ts), so no page downloads it before its graphic renders.
 */

/** For each object that gave fields to the details, its place in objectsIn order and those fields. */
export type BundledDetails = readonly (readonly [number, Readonly<Record<string, string>>])[];

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

/** The data whole: a copy of the outline with each detail in its place. */
export function withDetails<T>(outline: T, details: BundledDetails): T {
  const whole = structuredClone(outline);
  const objects = objectsIn(whole);
  for (const [i, fields] of details) Object.assign(objects[i]!, fields);
  return whole;
}
