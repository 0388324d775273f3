/**
 * The page-data reader (page-data.ts: reading a page's own data, the `src` download and the
 * validator), loaded the first time a page supplies its own data. The bundled data is checked
 * when it is built (vite.config.ts) and by the tests, so a page that draws only the bundled
 * data never downloads it: in the script-tag build it is a chunk of its own, fetched by this
 * import().
 */
import type * as PageDataModule from './page-data.js';
import { loadOnce } from '../data/load-once.js';

export type Validator = typeof PageDataModule;

let loaded: Validator | null = null;

/**
 * Where the module comes from. Only tests replace `load` (a network that fails); the cache
 * below means it is called again only after a failure.
 */
export const pageDataSource = { load: (): Promise<Validator> => import('./page-data.js') };

/** The reader if it has loaded, else null: once loaded, data is read and checked synchronously. */
export function loadedValidator(): Validator | null {
  return loaded;
}

export const loadValidator: () => Promise<Validator> = loadOnce(() =>
  pageDataSource.load().then((module) => (loaded = module)),
);
