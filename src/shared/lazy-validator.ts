/**
 * The validator, loaded the first time a page supplies its own data. The bundled data is
 * checked when it is built (vite.config.ts) and by the tests, so a page that draws only
 * the bundled data never downloads the validator: in the script-tag build it is a chunk of
 * its own, fetched by this import().
 */
import type * as ValidatorModule from '../data/validator.js';

export type Validator = typeof ValidatorModule;

let loaded: Validator | null = null;
let loading: Promise<Validator> | null = null;

/** The validator if it has loaded, else null: once loaded, data is checked synchronously. */
export function loadedValidator(): Validator | null {
  return loaded;
}

export function loadValidator(): Promise<Validator> {
  loading ??= import('../data/validator.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null; // let a later attempt try again (a network blip)
      throw error;
    },
  );
  return loading;
}
