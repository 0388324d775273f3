// The README documents every attribute, property, event, CSS part and custom property of
// every element: its reference section is generated from custom-elements.json (built by
// `npm run build`) and must match it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { apiMarkdown } from '../../scripts/api-docs.mjs';

const root = resolve(import.meta.dirname, '../..');

test('the README element reference matches custom-elements.json', () => {
  execFileSync('node', ['scripts/api-docs.mjs', '--check'], { cwd: root, stdio: 'pipe' });
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
