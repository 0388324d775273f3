// `npm run schema`: writes data/port-case.schema.json, the JSON Schema of a dataset file,
// generated from the TypeScript types in src/data/types.ts by ts-json-schema-generator, so the
// schema an editor's JSON editor checks against can never drift from the types the code uses.
// `--check` writes nothing and fails when the file is not what the types generate (CI runs
// the build that way, so a types.ts change cannot ship with a stale schema).
//
// The schema is the shape only: what it cannot say (ids unique, citations pointing at a
// listed source, counts adding up, quotes of at most 40 words, dates that exist) validate()
// and `npm run check-data` still check. Unknown keys are allowed, as validate() allows them,
// so a file with a newer optional field still passes an older schema.
import { createGenerator } from 'ts-json-schema-generator';
import { format, resolveConfig } from 'prettier';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const SCHEMA_FILE = resolve(root, 'data/port-case.schema.json');

/** The schema as text, exactly as it is committed and shipped (formatted as `npm run format` would). */
export async function generateSchema() {
  const generated = createGenerator({
    path: resolve(root, 'src/data/types.ts'),
    tsconfig: resolve(root, 'tsconfig.json'),
    type: 'Dataset',
    additionalProperties: true,
    // tsc checks types.ts already (npm run typecheck); checking the whole program again here
    // would double the time for nothing.
    skipTypeCheck: true,
  }).createSchema('Dataset');
  const schema = {
    $schema: generated.$schema,
    title: 'port-case-viz dataset',
    description:
      'A cited dataset for the port-case-viz graphics. Generated from src/data/types.ts: do not edit by hand. ' +
      'data/README.md explains every field; `npm run check-data` also checks what a schema cannot ' +
      '(unique ids, citations pointing at a listed source, counts that add up, quotes of at most 40 words).',
    ...generated,
  };
  return format(JSON.stringify(schema), { ...(await resolveConfig(SCHEMA_FILE)), filepath: SCHEMA_FILE });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await generateSchema();
  let current = '';
  try {
    current = readFileSync(SCHEMA_FILE, 'utf8');
  } catch {
    // no file yet
  }
  if (process.argv.includes('--check')) {
    if (current !== text) {
      console.error('data/port-case.schema.json is not what src/data/types.ts generates: run `npm run schema`.');
      process.exit(1);
    }
    console.log('data/port-case.schema.json: up to date');
  } else if (current !== text) {
    writeFileSync(SCHEMA_FILE, text);
    console.log('Wrote data/port-case.schema.json');
  }
}
