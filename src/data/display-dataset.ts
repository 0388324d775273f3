/**
 * The elements' default data: data/port-case.json as projected for the graphics by
 * scripts/display-data.mjs at build and test time (fewer citations per record, no
 * figures or contradictions). It stays a valid Dataset; the full one is `dataset`.
 */
import json from '../../data/port-case.json?display';
import type { Dataset } from './types.js';

export const displayDataset: Dataset = json as Dataset;
