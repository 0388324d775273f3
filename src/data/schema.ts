/**
 * The few values of the schema that the elements need at run time, apart from the
 * validator: validate.ts re-exports them, and the elements import them from here, so a
 * page that draws the bundled data never loads the validator (the build checked that data).
 */

export const EVENT_CATEGORIES = [
  'death',
  'police-failure',
  'justice',
  'watchdog',
  'inquest',
  'inspection',
  'response',
] as const;

/** http(s) only: a `javascript:` or `data:` link from data must never reach an href. */
export function isSafeUrl(value: string): boolean {
  if (value.length > 2_000) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
