// The README documents every attribute, property, event, CSS part and custom property of
// every element: its reference section is generated from custom-elements.json (built by
// `npm run build`) and must match it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiMarkdown, firstDifference, referenceWords } from '../../scripts/api-docs.mjs';

const root = resolve(import.meta.dirname, '../..');

test('the README element reference matches custom-elements.json', () => {
  execFileSync('node', ['scripts/api-docs.mjs', '--check'], { cwd: root, stdio: 'pipe' });
});

test('a failing check names the first line that differs, so a CI log says why', () => {
  assert.match(firstDifference('a\nb\nc', 'a\nB\nc'), /line 2 of 3[\s\S]*"b"[\s\S]*"B"/);
  assert.match(firstDifference('a\nb', 'a\nb\nc'), /line 3 of 2 \(now 3\)[\s\S]*\(no line\)[\s\S]*"c"/);
});

test("the check compares the reference's words, not prettier's padding of its tables", () => {
  const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
  const padded = readme.replace('| `--pcv-focus` ', '| `--pcv-focus`   ');
  assert.notEqual(padded, readme, 'the README has the row this test pads');
  assert.equal(referenceWords(padded), referenceWords(readme));
  assert.notEqual(referenceWords(readme.replace('The focus ring.', 'The focus ring!')), referenceWords(readme));
});

test('the manifest documents the three elements with their events, parts and custom properties', () => {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));
  for (const tag of ['case-timeline', 'officer-outcomes', 'recommendation-status']) {
    const el = byTag[tag];
    assert.ok(el, `${tag} is in the manifest`);
    assert.ok(el.events?.length > 0, `${tag} documents its events`);
    assert.ok(el.cssParts?.length > 0, `${tag} documents its CSS parts`);
    assert.ok(el.cssProperties?.length > 0, `${tag} documents its custom properties`);
    assert.ok(
      el.attributes?.some((a) => a.name === 'heading-level'),
      `${tag} documents inherited attributes`,
    );
  }
  assert.match(apiMarkdown(manifest), /### `<recommendation-status>`/);
});

test('the manifest names shipped files, defines each tag once and hides private members', () => {
  const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
  const paths = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') paths.add(inner);
        else collect(inner);
      }
    }
  };
  collect(manifest.modules);
  const files = new Set(JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).files);
  for (const path of paths) {
    assert.ok(existsSync(resolve(root, path)), `${path} exists`);
    assert.ok(
      [...files].some((f) => path.startsWith(`${f}/`) || path === f),
      `${path} is in package.json files`,
    );
  }
  const definitions = manifest.modules.flatMap((m) =>
    (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ ...e, module: m })),
  );
  assert.deepEqual(definitions.map((d) => d.name).sort(), [
    'case-timeline',
    'officer-outcomes',
    'recommendation-status',
  ]);
  for (const d of definitions) {
    const declaration = d.module.declarations.find((x) => x.name === d.declaration.name);
    assert.equal(declaration?.tagName, d.name, `${d.name} is defined by the class that names it`);
  }
  const members = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.members ?? []);
  assert.ok(members.length > 0);
  assert.deepEqual(
    members.filter((m) => m.privacy === 'private').map((m) => m.name),
    [],
  );
});
