/**
 * The schema's limits and allowed values, which validator.ts checks against. In a module of
 * their own so that the validator, loaded by import() (src/shared/lazy-validator.ts), exports
 * only validate(): a module loaded that way keeps every export by name. validate.ts, the
 * public module, re-exports them all.
 */

/** More items than this in one list is a mistake, not a dataset (and would freeze a phone). */
export const MAX_ITEMS = 20_000;
/** Longest string accepted; quotes are separately held to 40 words. */
export const MAX_TEXT = 4_000;
/** Stop collecting after this many problems: the first ones are the ones to fix. */
export const MAX_PROBLEMS = 50;
/**
 * Most officers any one count may give. <officer-outcomes> draws one mark per officer;
 * a case with more is not what this graphic is for, and a count of a million (a typo, or
 * a payload) once froze a phone's page for 13 seconds.
 */
export const MAX_OFFICERS = 1_000;
/**
 * Most recommendations one set may count. <recommendation-status> lists every one the
 * sources count, with a "text not published" line for each the data does not give.
 */
export const MAX_SET_COUNT = 1_000;

export const SOURCE_KINDS = ['news', 'official', 'court', 'legal', 'campaign', 'other'] as const;
export const OFFICER_FINDINGS = ['performance-failings', 'no-case-to-answer'] as const;
export const OFFICER_OUTCOMES = ['management-feedback', 'unsatisfactory-performance-procedures', 'no-action'] as const;
export const OFFICER_SCOPES = ['investigated', ...OFFICER_FINDINGS] as const;
export const ACCEPTANCE = ['accepted', 'rejected', 'no-response', 'unknown'] as const;
export const IMPLEMENTATION = [
  'not-started',
  'in-progress',
  'claimed-complete',
  'verified-complete',
  'unknown',
] as const;
export const REINVESTIGATION_STATUS = ['open', 'concluded', 'unknown'] as const;
export const SET_KINDS = ['recommendations', 'concerns'] as const;
export const TEXTS_MISSING_REASONS = ['not-published', 'not-in-sources'] as const;
/** An event's short label is meant for about 28 characters on two lines; past this it is a title. */
export const MAX_SHORT_TITLE = 40;
