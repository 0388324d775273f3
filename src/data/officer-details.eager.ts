/**
 * officer-details.ts for the standalone file (vite.config.ts, eagerInOneFile): there the
 * bundled officers are whole already (scripts/pipeline.mjs, oneFileExports), so there is
 * nothing to fetch or join. The same exports, checked against the lazy module.
 */
import { bundledOfficers } from './display-dataset.js';
import type * as Lazy from './officer-details.js';

export const wholeBundledOfficers: typeof Lazy.wholeBundledOfficers = () => Promise.resolve(bundledOfficers);
