// `npm run build`: the dataset's JSON Schema, type declarations, the npm ES modules, the
// script-tag files (dist/cdn/: code-split modules and the two one-file builds), the demo site
// (with a copy of dist/cdn/, so that it hosts every file its embed panel names), the
// licences of the third-party code both bundle, and custom-elements.json, in that order.
// Any failure stops with its exit code.
import { execSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { writeLicences } from './licences.mjs';

const run = (command, env = {}) => {
  console.log(`\n> ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } });
};

rmSync('dist', { recursive: true, force: true });
// data/port-case.schema.json from src/data/types.ts (scripts/schema.mjs); in CI only checked,
// so a types.ts change committed without its regenerated schema fails instead of shipping.
run(`node scripts/schema.mjs${process.env.CI ? ' --check' : ''}`);
run('npx tsc -p tsconfig.build.json');
for (const target of ['npm', 'cdn', 'standalone', 'standalone-own-data', 'demo']) {
  run(`npx vite build --logLevel warn`, { PCV_BUILD: target });
}
cpSync('dist/cdn', 'dist/demo', { recursive: true });
// The licences of the Lit and d3 code these files bundle (scripts/licences.mjs).
writeLicences({
  'dist/cdn': ['cdn', 'standalone', 'standalone-own-data'],
  'dist/demo': ['demo', 'cdn', 'standalone', 'standalone-own-data'],
});
run('npm run --silent manifest');
console.log('\nBuilt dist/npm, dist/types, dist/cdn (script tags), dist/demo and custom-elements.json.');
