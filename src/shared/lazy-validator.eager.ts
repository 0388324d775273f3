/**
 * lazy-validator.ts for the standalone file (vite.config.ts, eagerInOneFile): one file holds
 * the page-data reader anyway, so it is imported statically here, with none of the wrapping a
 * bundler adds to an inlined import(). The same exports, checked against the lazy loader.
 */
import * as pageData from './page-data.js';
import type * as Lazy from './lazy-validator.js';

export type Validator = Lazy.Validator;

export const pageDataSource: typeof Lazy.pageDataSource = { load: () => Promise.resolve(pageData) };

export const loadedValidator: typeof Lazy.loadedValidator = () => pageData;

export const loadValidator: typeof Lazy.loadValidator = () => Promise.resolve(pageData);
