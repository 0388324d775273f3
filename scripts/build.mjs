// `npm run build`: the dataset's JSON Schema, type declarations, the npm ES modules, the script-tag bundle, the
// demo site and custom-elements.json, in that order. Any failure stops with its exit code.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (command, env = {}) => {
  console.log(`\n> ${command}`);
  execSync(command, { stdio: 'inherit', env: { ...process.env, ...env } });
};

rmSync('dist', { recursive: true, force: true });
// data/port-case.schema.json from src/data/types.ts (scripts/schema.mjs); in CI only checked,
// so a types.ts change committed without its regenerated schema fails instead of shipping.
run(`node scripts/schema.mjs${process.env.CI ? ' --check' : ''}`);
run('npx tsc -p tsconfig.build.json');
run('npx vite build --logLevel warn', { PCV_BUILD: 'npm' });
run('npx vite build --logLevel warn', { PCV_BUILD: 'bundle' });
run('npx vite build --logLevel warn', { PCV_BUILD: 'demo' });
run('npm run --silent manifest');
console.log('\nBuilt dist/npm, dist/types, dist/port-case-viz.js, dist/demo and custom-elements.json.');
