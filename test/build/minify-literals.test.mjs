// scripts/minify-literals.mjs: the build's minifier for Lit templates. It must only remove
// what the browser ignores, so every css`` template in src/ is checked to mean the same CSS
// before and after (both normalised by esbuild's own CSS minifier).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { parseAst } from 'rolldown/parseAst';
// parse5 is the HTML parser of the dev server and of eslint-plugin-lit (both devDependencies).
import { parseFragment, serialize } from 'parse5';
import { minifyCss, minifyHtml, minifyHtmlParts, minifyLiterals } from '../../scripts/minify-literals.mjs';

const src = join(import.meta.dirname, '../../src');

test('minifyCss drops comments and the spaces CSS ignores', () => {
  assert.equal(
    minifyCss(`
  :host {
    /* why */ display: block;
    margin: 0 auto ;
  }
  @media (prefers-color-scheme: dark) {
    .a, .b > .c { color: red; }
  }`),
    ' :host{display:block;margin:0 auto}@media (prefers-color-scheme:dark){.a,.b > .c{color:red}}',
  );
});

test('minifyCss keeps quoted strings exactly', () => {
  assert.equal(
    minifyCss(`.a { content: ' ;  { } '; font-family: "A  B" , serif; }`),
    `.a{content:' ;  { } ';font-family:"A  B",serif}`,
  );
});

test('minifyCss drops comments only outside strings, whatever they hold', () => {
  assert.equal(
    minifyCss(`.a { content: "/* kept */"; /* it's gone */ color: red; }`),
    `.a{content:"/* kept */";color:red}`,
  );
});

test('minifyCss keeps the space of a descendant pseudo-class selector', () => {
  assert.equal(minifyCss('.a :focus-visible { outline: 0 }'), '.a :focus-visible{outline:0}');
});

test('minifyHtml turns line-broken whitespace into one space and drops authored comments', () => {
  assert.equal(minifyHtml('<p>\n    a\n    <b>b</b>  c <!-- why -->\n  </p>'), '<p> a <b>b</b>  c </p>');
});

test('minifyHtmlParts drops the quotes no attribute value needs and the space before a tag ends, in tags only', () => {
  assert.deepEqual(
    minifyHtmlParts([
      '<div\n  class="step"\n  part="a b"\n  data-step=',
      '\n  >\n  <p title="x>y">x="y" > z</p><rect x="1"/><svg viewBox="0 0 ',
      ' 4" aria-hidden="true"></svg>',
    ]),
    [
      '<div class=step part="a b" data-step=',
      '> <p title="x>y">x="y" > z</p><rect x="1"/><svg viewBox="0 0 ',
      ' 4" aria-hidden=true></svg>',
    ],
  );
  // A value a binding is part of keeps its quotes; so does one the next part starts after.
  assert.deepEqual(minifyHtmlParts(['<p class="', '" id="x">a</p><b id="y"', '>']), [
    '<p class="',
    '" id=x>a</p><b id="y"',
    '>',
  ]);
});

test('minifyLiterals changes only css, html and svg templates, and never an interpolation', () => {
  const code = [
    'const a = html`<p>\n  ${x ? html`<b>\n  y</b>` : "  keep\\n  this  "}\n</p>`;',
    'const b = css`a { b: c; }`;',
    'const c = `untagged\n   text`;',
    'const d = other`tagged\n   by something else`;',
  ].join('\n');
  assert.equal(
    minifyLiterals(code),
    [
      'const a = html`<p> ${x ? html`<b> y</b>` : "  keep\\n  this  "} </p>`;',
      'const b = css`a{b:c}`;',
      'const c = `untagged\n   text`;',
      'const d = other`tagged\n   by something else`;',
    ].join('\n'),
  );
});

test('minifyLiterals leaves an html template holding a <pre> or <textarea> as written', () => {
  const code = 'const a = html`<pre>\n  a\n   ${b}</pre>`; const t = html`<textarea>\n x</textarea>`;';
  assert.equal(minifyLiterals(code), null);
});

test('minifyLiterals returns null for a module with nothing to minify', () => {
  assert.equal(minifyLiterals('export const x = 1;'), null);
  assert.equal(minifyLiterals('const b = css`a{b:c}`;'), null);
});

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Every template in a module tagged with one of `tags` (css``, html``, svg``): its tag and static parts. */
async function taggedTemplates(path, tags) {
  const { code } = await transform(readFileSync(path, 'utf8'), { loader: 'ts', target: 'esnext' });
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && tags.includes(node.tag.name))
      found.push({ tag: node.tag.name, parts: node.quasi.quasis.map((q) => code.slice(q.start, q.end)) });
    for (const key in node) if (key !== 'type' && typeof node[key] === 'object') visit(node[key]);
  };
  visit(parseAst(code, { sourceType: 'module' }, path));
  return found;
}

/** A css`` template's static text, interpolations as a placeholder declaration, minified by esbuild. */
const normalised = async (parts) => {
  let text = parts.join('--pcv-slot:0;');
  if (!text.includes('{')) text = `:host{${text}}`; // a fragment of declarations, like the theme's
  return (await transform(text, { loader: 'css', minify: true })).code;
};

test('every css`` template in src/ means the same CSS after minifying', async () => {
  let checked = 0;
  for (const path of sourceFiles(src)) {
    for (const { parts } of await taggedTemplates(path, ['css'])) {
      const before = await normalised(parts);
      const after = await normalised(parts.map(minifyCss));
      assert.equal(after, before, path);
      checked++;
    }
  }
  assert.ok(checked >= 7, `found only ${checked} css templates`);
});

/**
 * The DOM a template's static parts make, as HTML the parser wrote back: each binding stands
 * as a word (text, an attribute value, or an attribute of its own), svg`` inside an <svg>.
 */
const parsed = (tag, parts) => {
  const text = parts.join('pcvslot');
  return serialize(parseFragment(tag === 'svg' ? `<svg>${text}</svg>` : text));
};

test('every html`` and svg`` template in src/ makes the same DOM after minifying', async () => {
  let checked = 0;
  let unquoted = 0;
  for (const path of sourceFiles(src)) {
    for (const { tag, parts } of await taggedTemplates(path, ['html', 'svg'])) {
      const small = minifyHtmlParts(parts);
      // Compared with the whitespace step alone (tested above): the tags' own minifying changes nothing.
      assert.equal(parsed(tag, small), parsed(tag, parts.map(minifyHtml)), path);
      if (small.join('').split('"').length < parts.join('').split('"').length) unquoted++;
      checked++;
    }
  }
  assert.ok(checked >= 40, `found only ${checked} html and svg templates`);
  assert.ok(unquoted >= 20, `only ${unquoted} templates lost a quote`);
});
