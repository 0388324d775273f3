/**
 * The bundled officers' details, split from what the officers' graphic first draws
 * (scripts/display-data.mjs, OFFICER_DETAIL_FIELDS): the graphic's own module, so that no
 * other graphic's page carries it.
 */
import type { OfficerInvestigation } from './types.js';
import { loadOnce } from './load-once.js';

/**
 * The bundled officers whole, once per page: the outline the graphic first draws holds each
 * quote and note as an empty string; the words, and the code that puts them in place, come
 * in a chunk of their own as it first renders (whole-officers.ts).
 */
export const wholeBundledOfficers: () => Promise<OfficerInvestigation> = loadOnce(() =>
  import('./whole-officers.js').then((module) => module.wholeOfficers),
);
