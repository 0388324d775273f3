// The build's two security transforms (issue #13, items 1 and 3): the rename of Lit's
// Trusted Types policy (scripts/trusted-types.mjs) and the iframe page's
// Content-Security-Policy with its build-time allow-list (scripts/embed-csp.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createsLitPolicy, renameLitPolicy } from '../../scripts/trusted-types.mjs';
import { embedCsp, embedSecurity, embedSrcOrigins } from '../../scripts/embed-csp.mjs';

/** Lit's module as installed (the package's exports do not name its files). */
const litHtml = (file) => readFileSync(resolve(import.meta.dirname, '../../node_modules/lit-html', file), 'utf8');

/** Runs the rewritten helper with a stand-in for `window.trustedTypes`. */
function policyFrom(code, trustedTypes) {
  const helper = code.slice(0, code.indexOf('\n};\n') + 3);
  return new Function('tt', `${helper}; return __pcvCreatePolicy(tt, { createHTML: (s) => s });`)(trustedTypes);
}

for (const file of ['lit-html.js', 'development/lit-html.js']) {
  test(`renameLitPolicy rewrites Lit's own ${file}: no lit-html policy left`, () => {
    const code = litHtml(file);
    assert.equal(createsLitPolicy(code), true);
    const rewritten = renameLitPolicy(code);
    assert.equal(createsLitPolicy(rewritten), false);
    assert.match(rewritten, /__pcvCreatePolicy\((s|trustedTypes), /);
  });
}

test('the policy is created under port-case-viz on first use, once, and a refusal gives the string back', () => {
  const code = renameLitPolicy(litHtml('lit-html.js'));
  const names = [];
  const accepting = policyFrom(code, {
    createPolicy: (name, options) => (names.push(name), { createHTML: (s) => `trusted:${options.createHTML(s)}` }),
  });
  assert.deepEqual(names, [], 'nothing is created at load');
  assert.equal(accepting.createHTML('<p>'), 'trusted:<p>');
  assert.equal(accepting.createHTML('<b>'), 'trusted:<b>');
  assert.deepEqual(names, ['port-case-viz']);
  let tries = 0;
  const refusing = policyFrom(code, {
    createPolicy: () => {
      tries++;
      throw new TypeError('refused by the page');
    },
  });
  assert.equal(refusing.createHTML('<p>'), '<p>');
  assert.equal(refusing.createHTML('<b>'), '<b>');
  assert.equal(tries, 1);
});

test('renameLitPolicy leaves other modules alone and refuses to guess at two policies', () => {
  assert.equal(renameLitPolicy('export const x = 1;'), null);
  assert.throws(() => renameLitPolicy('a.createPolicy("lit-html",{});b.createPolicy("lit-html",{})'), /found 2/);
});

test('embedCsp: own origin only by default, the allowed origins added to connect-src, Trusted Types required', () => {
  assert.equal(
    embedCsp(),
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
      "object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types port-case-viz",
  );
  assert.match(embedCsp(['https://data.example']), /connect-src 'self' https:\/\/data\.example;/);
});

test('embedSrcOrigins accepts bare http(s) origins and stops the build on anything else', () => {
  assert.deepEqual(embedSrcOrigins(''), []);
  assert.deepEqual(embedSrcOrigins(' https://a.example,http://b.example:8080 '), [
    'https://a.example',
    'http://b.example:8080',
  ]);
  for (const bad of [
    'https://a.example/',
    'https://a.example/data',
    '*',
    "'unsafe-inline'",
    'ftp://a.example',
    'a.example',
  ])
    assert.throws(() => embedSrcOrigins(bad), /is not an origin/, bad);
});

test('the plugin writes both meta tags into embed.html only, CSP first', () => {
  const plugin = embedSecurity({ PCV_EMBED_SRC_ORIGINS: 'https://data.example' });
  const tags = plugin.transformIndexHtml('<html></html>', { filename: '/repo/demo/embed.html' });
  assert.deepEqual(
    tags.map((t) => [t.attrs['http-equiv'] ?? t.attrs.name, t.injectTo]),
    [
      ['Content-Security-Policy', 'head-prepend'],
      ['pcv-src-origins', 'head-prepend'],
    ],
  );
  assert.equal(tags[1].attrs.content, 'https://data.example');
  assert.equal(plugin.transformIndexHtml('<html></html>', { filename: '/repo/demo/index.html' }), '<html></html>');
});
