/**
 * The validator and the `src` download (page-data.ts), loaded the first time a page supplies
 * its own data. The bundled data is checked when it is built (vite.config.ts) and by the
 * tests, so a page that draws only the bundled data never downloads them: in the script-tag
 * build they are a chunk of their own, fetched by this import().
 */
import type * as PageDataModule from './page-data.js';
import { loadOnce } from '../data/load-once.js';

export type Validator = typeof PageDataModule;

let loaded: Validator | null = null;

/** The validator if it has loaded, else null: once loaded, data is checked synchronously. */
export function loadedValidator(): Validator | null {
  return loaded;
}

export const loadValidator: () => Promise<Validator> = loadOnce(() =>
  import('./page-data.js').then((module) => (loaded = module)),
);
