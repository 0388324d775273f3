/**
 * The bundled dataset, typed. Its validity is proven by test/data/dataset.test.ts
 * rather than re-checked on every page load; elements validate whatever data they
 * are given (this included) once, through the dataset controller.
 */
import json from '../../data/port-case.json';
import type { Dataset } from './types.js';

export const dataset: Dataset = json as Dataset;
