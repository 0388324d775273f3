// The licences of the third-party code that the script-tag files and the demo bundle (Lit,
// d3). Lit's BSD licence and d3's ISC licence ask that the copyright notice and the licence
// go with every copy, and the minifier drops the comments that carried them. Each build
// that bundles packages records which ones it kept (bundledLicences); `npm run build` then
// writes THIRD-PARTY-LICENSES.txt beside the files in dist/cdn/ and dist/demo/
// (writeLicences), from each package's own package.json and licence file.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LICENCE_FILE = 'THIRD-PARTY-LICENSES.txt';
const root = resolve(import.meta.dirname, '..');
const records = join(root, 'dist/.licences');

/**
 * The folder of the package a module id belongs to, relative to the repository
 * (`node_modules/d3-scale/node_modules/d3-time`), or null for the project's own modules.
 */
export function packageDir(id) {
  const path = id.replace(/^\0/, '').split('?')[0].replace(/\\/g, '/');
  const match = path.match(/^(?:.*?\/)?(node_modules\/(?:.+\/node_modules\/)?(?:@[^/]+\/)?[^/@][^/]*)\//);
  return match ? match[1] : null;
}

/** The packages some of whose code is in the output: each once, sorted. */
export function bundledPackages(ids) {
  return [...new Set(ids.map(packageDir).filter((dir) => dir !== null))].sort();
}

/** Names a package's licence file has in practice. */
const LICENCE_NAMES = /^(licen[cs]e|copying)(\.(md|txt))?$/i;

/** One package's section: name, version, licence and its full text. */
function section(dir) {
  const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const file = readdirSync(join(root, dir)).find((name) => LICENCE_NAMES.test(name));
  if (!file) throw new Error(`${pkg.name} is bundled but has no licence file in ${dir}`);
  const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return [
    '-'.repeat(78),
    `${pkg.name} ${pkg.version} (${pkg.license})`,
    ...(repository ? [repository.replace(/^git\+/, '')] : []),
    '',
    readFileSync(join(root, dir, file), 'utf8').trim(),
    '',
  ].join('\n');
}

/** The text of THIRD-PARTY-LICENSES.txt for these package folders. */
export function licenceNotice(dirs) {
  const sections = [...new Set(dirs)].map(section).sort();
  return [
    'port-case-viz: third-party code in these files',
    '',
    'The JavaScript files in this folder bundle code from the packages below. Each is used',
    'under its own licence, given here in full. port-case-viz itself is under the licence in',
    'the LICENSE file of its package and repository.',
    '',
    ...sections,
  ].join('\n');
}

/** Vite plugin: records the packages whose code this build's output holds. */
export function bundledLicences(target) {
  return {
    name: 'pcv-bundled-licences',
    apply: 'build',
    generateBundle(_, bundle) {
      const ids = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .flatMap((chunk) =>
          Object.entries(chunk.modules)
            .filter(([, module]) => module.renderedLength > 0)
            .map(([id]) => id),
        );
      mkdirSync(records, { recursive: true });
      writeFileSync(join(records, `${target}.json`), JSON.stringify(bundledPackages(ids)));
    },
  };
}

/**
 * After every build: dist/cdn/ gets the licences of what its builds bundle, and dist/demo/
 * (which also hosts a copy of dist/cdn/) those of the demo's and dist/cdn's.
 */
export function writeLicences(folders) {
  const recorded = (target) => JSON.parse(readFileSync(join(records, `${target}.json`), 'utf8'));
  for (const [folder, targets] of Object.entries(folders)) {
    const dirs = targets.flatMap(recorded);
    if (dirs.length === 0) throw new Error(`no bundled package recorded for ${folder}`);
    if (!existsSync(join(root, folder))) throw new Error(`${folder} was not built`);
    writeFileSync(join(root, folder, LICENCE_FILE), licenceNotice(dirs));
  }
  rmSync(records, { recursive: true, force: true });
}
