// data/port-case.schema.json (generated from src/data/types.ts by scripts/schema.mjs) and
// validate() must agree, so that an editor's JSON editor and the graphics never disagree on a
// file. On every case of the bad-input suite (test/robustness/malformed.ts), from the sample
// fixture and from the bundled dataset, JSON only (the schema is for files):
//
// 1. what validate() accepts, the schema accepts: the schema is never stricter, so no file the
//    graphics draw is marked wrong in an editor;
// 2. every problem validate() reports that a schema can express (a missing field, a wrong type,
//    a value outside an enum, a date not in the YYYY[-MM[-DD]] form) the schema reports too, at
//    the same field path.
//
// The rest (unique ids, citations pointing at a source, counts that add up, 40-word quotes,
// lengths, dates that exist, web-only links) only validate() checks; the schema says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { Ajv } from 'ajv';
import { generateSchema, SCHEMA_FILE } from '../../scripts/schema.mjs';

const root = resolve(import.meta.dirname, '../..');
const SEED = 20_150_914;
const RUNS = 400;

/** validate(), the bad-input generators and the sample fixture, bundled for Node on the fly. */
async function load() {
  const entry = `
    export { validate } from './src/data/validate.ts';
    export { badDatasets, badJsonText } from './test/robustness/malformed.ts';
    export { sample } from './test/fixtures/sample.ts';
    export { default as fc } from 'fast-check';`;
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}

const { validate, badDatasets, badJsonText, sample, fc } = await load();
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const ajv = new Ajv({ strict: false });
const schemaAccepts = ajv.compile(schema);
// Every error, for comparing paths; only run where validate() found a shape problem (on a list
// of 100,000 bad items it would build 100,000 errors).
const schemaErrors = new Ajv({ allErrors: true, strict: false }).compile(schema);
const bundled = JSON.parse(readFileSync(resolve(root, 'data/port-case.json'), 'utf8'));
const SECTIONS = ['events', 'officers', 'recommendationSets', 'recommendations', 'figures', 'contradictions'];
const ISO_FORM = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** `events[3].date` → ['events', 3, 'date']. */
function pathParts(path) {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

const valueAt = (root, parts) => parts.reduce((node, key) => node?.[key], root);

/** Whether a problem of validate()'s is one a JSON Schema of the types can express. */
function schemaCanSay(problem, input) {
  const value = valueAt(input, pathParts(problem.path));
  const m = problem.message;
  if (problem.path === '(dataset)') return m.startsWith('expected an object');
  if (m === 'is missing') return true;
  if (/^expected (text|a list|an object|true or false|a number),/.test(m)) return true;
  if (m.startsWith('expected a whole number')) return typeof value !== 'number';
  if (m.includes(' is not one of: ')) return true;
  if (m.includes(' is not a date ')) return typeof value !== 'string' || !ISO_FORM.test(value);
  return false;
}

/** Ajv's errors as validate()-style paths: `/events/3/date` → `events[3].date`. */
function schemaPaths(errors) {
  return new Set(
    (errors ?? []).map((e) => {
      const parts = e.instancePath.split('/').slice(1);
      if (e.keyword === 'required') parts.push(e.params.missingProperty);
      return parts.reduce((path, p) => (/^\d+$/.test(p) ? `${path}[${p}]` : path ? `${path}.${p}` : p), '');
    }),
  );
}

function check(kase) {
  let input = kase.value;
  if (kase.raw) {
    try {
      input = JSON.parse(input);
    } catch {
      return; // not JSON: neither applies
    }
  }
  // What a file would hold: JSON turns -0 into 0 and the like, so compare on the JSON form
  // (a value nested thousands deep is left as it is: too deep for JSON.stringify's stack).
  try {
    input = JSON.parse(JSON.stringify(input) ?? 'null');
  } catch {
    // keep input
  }
  const result = validate(input);
  const accepted = schemaAccepts(input);
  const label = `${kase.kind}: ${kase.what}`;
  if (result.ok) {
    assert.ok(
      accepted,
      `${label}\nvalidate() accepts it, the schema rejects it: ${ajv.errorsText(schemaAccepts.errors)}`,
    );
    return;
  }
  const shape = result.problems.filter((p) => schemaCanSay(p, input));
  if (shape.length === 0) return;
  schemaErrors(input);
  const said = schemaPaths(schemaErrors.errors);
  for (const problem of shape) {
    assert.ok(!accepted, `${label}\nvalidate() says "${problem.path}: ${problem.message}", the schema accepts it`);
    const path = problem.path === '(dataset)' ? '' : problem.path;
    assert.ok(
      said.has(path),
      `${label}\nvalidate() says "${problem.path}: ${problem.message}", the schema does not name that path ` +
        `(it names ${[...said].slice(0, 5).join(', ')})`,
    );
  }
}

test('data/port-case.schema.json is what src/data/types.ts generates (run `npm run schema`)', async () => {
  assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), await generateSchema());
});

test('the bundled dataset and data/template.json pass both the schema and validate()', () => {
  for (const file of ['data/port-case.json', 'data/template.json']) {
    const data = JSON.parse(readFileSync(resolve(root, file), 'utf8'));
    assert.ok(schemaAccepts(data), `${file}: ${ajv.errorsText(schemaAccepts.errors)}`);
    assert.ok(validate(data).ok, `${file}: validate() rejects it`);
  }
  assert.equal(bundled.$schema, './port-case.schema.json', 'data/port-case.json names its schema');
});

test('the schema catches what validate() catches of the shape, and is never stricter', () => {
  let cases = 0;
  let rejected = 0;
  for (const [name, make] of [
    ['sample', sample],
    ['bundled', () => structuredClone(bundled)],
  ]) {
    const arbitrary = fc.oneof(
      { weight: 9, arbitrary: badDatasets(make, { sections: SECTIONS, json: true }) },
      { weight: 1, arbitrary: badJsonText() },
    );
    for (const kase of fc.sample(arbitrary, { seed: SEED + name.length, numRuns: RUNS })) {
      check(kase);
      cases++;
      if (!validate(kase.raw ? safeParse(kase.value) : kase.value).ok) rejected++;
    }
  }
  // The suite is worth something only if most of its cases are bad ones.
  assert.ok(rejected > cases / 2, `${rejected} of ${cases} cases rejected`);
});

test('the agreement check itself fails on a disagreement', () => {
  const data = sample();
  data.events[0].category = 'not-a-category';
  // A schema that forgot the enum would accept this; the check must then fail.
  const lax = ajv.compile({ type: 'object' });
  const result = validate(data);
  const problem = result.problems.find((p) => schemaCanSay(p, data));
  assert.ok(problem, 'validate() reports the category, as a problem a schema can express');
  assert.ok(lax(data), 'the lax schema accepts it');
  assert.ok(!schemaAccepts(data), 'the generated schema rejects it');
  assert.ok(schemaPaths(schemaAccepts.errors).has('events[0].category'));
});

function safeParse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
