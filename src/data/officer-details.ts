/**
 * The bundled officers' details, split from what the officers' graphic first draws
 * (scripts/display-data.mjs, OFFICER_DETAIL_FIELDS): the graphic's own module, so that no
 * other graphic's page carries it.
 */
import type { OfficerInvestigation } from './types.js';

/**
 * The bundled officers whole, once per page: the outline the graphic first draws holds each
 * quote and note as an empty string; the words, and the code that puts them in place, come
 * in a chunk of their own as it first renders (whole-officers.ts).
 */
let whole: Promise<OfficerInvestigation> | undefined;
export function wholeBundledOfficers(): Promise<OfficerInvestigation> {
  whole ??= import('./whole-officers.js').then(
    (module) => module.wholeOfficers,
    (error: unknown) => {
      whole = undefined; // a later graphic may try again (a network blip)
      throw error;
    },
  );
  return whole;
}
