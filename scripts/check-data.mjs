// `npm run check-data [file]`: checks a dataset file (default data/port-case.json) against
// the schema and prints each problem with its field path, or "valid". For editors.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'data/port-case.json';
// validate.ts is TypeScript for the browser; bundle it for Node on the fly.
const { outputFiles } = await build({
  entryPoints: ['src/data/validate.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const { validate, formatProblems } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

let input;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: not valid JSON (${error.message})`);
  process.exit(1);
}
const result = validate(input);
if (result.ok) {
  console.log(`${file}: valid`);
} else {
  console.error(`${file}: ${result.problems.length} problem(s)\n${formatProblems(result.problems)}`);
  process.exit(1);
}
