// The script-tag files and the demo bundle Lit (BSD-3-Clause) and d3 (ISC), whose licences
// must go with every copy; the minifier drops their comments, so `npm run build` writes
// THIRD-PARTY-LICENSES.txt beside them (scripts/licences.mjs). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LICENCE_FILE, bundledPackages, packageDir } from '../../scripts/licences.mjs';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');

test('a module id names the package folder it comes from, nested, scoped or not, and none for our own', () => {
  assert.equal(packageDir('/r/node_modules/lit-html/lit-html.js'), 'node_modules/lit-html');
  assert.equal(packageDir('/r/node_modules/@lit/reactive-element/css-tag.js'), 'node_modules/@lit/reactive-element');
  assert.equal(
    packageDir('/r/node_modules/d3-scale/node_modules/d3-time/src/utcDay.js?used'),
    'node_modules/d3-scale/node_modules/d3-time',
  );
  assert.equal(packageDir('\0/r/node_modules/d3-array/src/ticks.js'), 'node_modules/d3-array');
  assert.equal(packageDir('C:\\r\\node_modules\\lit-element\\lit-element.js'), 'node_modules/lit-element');
  assert.equal(packageDir('/r/src/case-timeline/case-timeline.ts'), null);
  assert.equal(packageDir('/r/data/port-case.json?display=events'), null);
  assert.deepEqual(bundledPackages(['/r/node_modules/lit-html/a.js', '/r/src/x.ts', '/r/node_modules/lit-html/b.js']), [
    'node_modules/lit-html',
  ]);
});

/** name → the section of the notice that gives its licence. */
function sections(text) {
  const parts = text.split(/^-{78}$/m).slice(1);
  return new Map(parts.map((part) => [part.trim().split(' ')[0], part]));
}

/** Every package a page could be shipped from the package's dependencies (package-lock.json). */
function productionPackages() {
  const lock = JSON.parse(read('package-lock.json'));
  return new Set(
    Object.entries(lock.packages)
      .filter(([path, entry]) => path.includes('node_modules/') && !entry.dev)
      .map(([path]) => path.split('node_modules/').pop()),
  );
}

for (const folder of ['dist/cdn', 'dist/demo']) {
  test(`${folder}/${LICENCE_FILE} gives the full licence of Lit and d3, and only of what a page is shipped`, () => {
    const notice = read(`${folder}/${LICENCE_FILE}`);
    const found = sections(notice);
    for (const name of [
      'lit-html',
      'lit-element',
      '@lit/reactive-element',
      'd3-scale',
      'd3-array',
      'd3-time',
      'internmap',
    ])
      assert.ok(found.has(name), `${name} is in ${folder}/${LICENCE_FILE}`);
    const production = productionPackages();
    for (const name of found.keys()) assert.ok(production.has(name), `${name} is a dependency, not a dev tool`);
    // Each section holds the package's own licence file, whole (its copyright line included).
    for (const [name, part] of found) {
      const dir = readdirSync(join(root, 'node_modules')).includes(name.split('/')[0])
        ? join('node_modules', name)
        : join('node_modules/d3-scale/node_modules', name);
      const file = readdirSync(join(root, dir)).find((f) => /^licen[cs]e/i.test(f));
      assert.ok(part.includes(read(join(dir, file)).trim()), `${name}'s licence text is whole`);
    }
    assert.match(found.get('lit-html'), /Copyright \(c\) 2017 Google LLC/);
    assert.match(found.get('d3-scale'), /Copyright 2010-\d{4} Mike Bostock/);
  });
}
