// The table view and the downloads are a chunk of their own in the script-tag build (run
// after `npm run build`): no page downloads them before its graphic renders, only by
// import() on a reader's first press (or in idle time after the render). The standalone
// file holds them itself, imported statically (vite.config.ts, eagerTableView).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

const cdn = resolve(import.meta.dirname, '../../dist/cdn');
const read = (path) => readFileSync(path, 'utf8');
const chunks = () => readdirSync(join(cdn, 'chunks')).map((name) => join(cdn, 'chunks', name));
const named = (prefix) => chunks().filter((path) => relative(join(cdn, 'chunks'), path).startsWith(prefix));

/** Code that exists only in the table view, the table's styles and the CSV writer. */
const TABLE_CODE = {
  'the table markup': /part="?table-wrap\b/,
  'the stacked cells’ labels': /attr\(data-label\)/,
  'the table’s border-collapse': /border-collapse/,
  'the CSV type': /text\/csv/,
  'the CSV formula guard': /\\uff1d|＝/,
};

/** A built file's relative imports: static (import … from, export … from) and import(). */
function importsOf(path) {
  const found = { static: [], dynamic: [] };
  const near = (specifier) => resolve(dirname(path), specifier);
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (/^(ImportDeclaration|ExportNamedDeclaration|ExportAllDeclaration)$/.test(node.type) && node.source)
      found.static.push(near(node.source.value));
    if (node.type === 'ImportExpression') {
      const { source } = node;
      if (source.type === 'Literal') found.dynamic.push(near(source.value));
      else if (source.type === 'TemplateLiteral' && source.expressions.length === 0)
        found.dynamic.push(near(source.quasis[0].value.cooked));
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') walk(value);
  };
  walk(parseAst(read(path)).body);
  return found;
}

/** An entry and every file it imports statically. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    importsOf(path).static.forEach(visit);
  };
  visit(join(cdn, entry));
  return seen;
}

test('dist/cdn is built', () => {
  assert.ok(existsSync(join(cdn, 'port-case-viz.js')), 'run `npm run build` first');
});

test('the table view is one chunk of its own, holding the table, its styles and the CSV writer', () => {
  const table = named('table-view-');
  assert.equal(table.length, 1, `chunks: ${chunks().map((p) => relative(cdn, p))}`);
  const code = read(table[0]);
  for (const [what, pattern] of Object.entries(TABLE_CODE)) assert.match(code, pattern, what);
});

test('the frame chunk every page downloads holds none of it, and loads it only by import()', () => {
  const [frame] = named('frame-');
  const [table] = named('table-view-');
  const code = read(frame);
  for (const [what, pattern] of Object.entries(TABLE_CODE)) assert.doesNotMatch(code, pattern, what);
  const imports = importsOf(frame);
  assert.ok(imports.dynamic.includes(table), 'the frame imports the table view by import()');
  assert.ok(!imports.static.includes(table), 'and not statically');
});

for (const entry of [
  'port-case-viz.js',
  'case-timeline.js',
  'officer-outcomes.js',
  'recommendation-status.js',
  'autoloader.js',
]) {
  test(`${entry}: nothing it loads before its graphic renders holds the table view`, () => {
    const loaded = staticClosure(entry);
    assert.ok(!named('table-view-').some((path) => loaded.has(path)), [...loaded].map((p) => relative(cdn, p)).join());
    for (const path of loaded)
      assert.doesNotMatch(read(path), TABLE_CODE['the stacked cells’ labels'], relative(cdn, path));
  });
}

test('the standalone file holds the table view itself, with no import() of it', () => {
  const code = read(join(cdn, 'port-case-viz.standalone.js'));
  for (const [what, pattern] of Object.entries(TABLE_CODE)) assert.match(code, pattern, what);
  assert.doesNotMatch(code, /import\(\s*[`'"]/, 'one file: nothing to fetch later');
});
