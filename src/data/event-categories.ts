/**
 * The timeline's event categories, in their own module: validate.ts re-exports them, and
 * code that draws imports them through validate.ts or from here. Kept out of validate.ts so
 * that importing them does not bring in the validator: the bundled data is checked when it
 * is built, and a page that draws only the bundled data never loads the validator (in the
 * code-split script-tag build it is a chunk of its own, loaded by src/shared/lazy-validator.ts
 * when a page supplies its own data).
 */
export const EVENT_CATEGORIES = [
  'death',
  'police-failure',
  'family',
  'justice',
  'watchdog',
  'inquest',
  'inspection',
  'response',
] as const;
