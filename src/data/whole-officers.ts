/** The bundled officers whole: loaded by officer-details.ts as the officers' graphic first renders. */
import { officerDetails } from '../../data/port-case.json?display=officer-details';
import { bundledOfficers } from './display-dataset.js';
import { withDetails } from './bundled-details.js';

export const wholeOfficers = withDetails({ officers: bundledOfficers }, officerDetails).officers;
