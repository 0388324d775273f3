// `pretest`: on a fresh clone, `npm test` installs the locked dependencies first, so the
// README's test command works on its own.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

if (!existsSync('node_modules/.package-lock.json')) {
  console.log('No node_modules yet: running `npm ci` first…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
