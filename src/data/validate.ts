/**
 * The validator's public module: validate(), formatProblems(), the schema's constants and
 * the result types, as they have always been imported. It only re-exports, on purpose.
 * The validator itself is validator.ts, and the values the elements need at run time live
 * in modules of their own (event-categories.ts, problems.ts, urls.ts): so an element that
 * imports EVENT_CATEGORIES from here does not bring in the validator, which the bundlers
 * follow through these re-exports. The script-tag build then keeps the validator in a chunk
 * of its own, loaded only when a page supplies its own data (src/shared/lazy-validator.ts);
 * the bundled data is checked when it is built. Code of its own here would undo that
 * (test/e2e/embedding.test.mjs checks that a page of bundled data loads no validator).
 *
 * To change the schema, edit validator.ts (and schema-values.ts for its limits and allowed values).
 */
export { EVENT_CATEGORIES } from './event-categories.js';
export { formatProblems, type Problem } from './problems.js';
export { isSafeUrl } from './urls.js';
export * from './schema-values.js';
export * from './validator.js';
