// The npm way in, as a newsroom developer would take it: pack the package, install the
// tarball into a fresh strict Vite + TypeScript project, import one element by its
// subpath, type-check, build, and render it in Chromium. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, startServer } from './harness.mjs';

const repo = resolve(import.meta.dirname, '../..');
let project;

before(() => {
  project = mkdtempSync(join(tmpdir(), 'pcv-consumer-'));
  // --ignore-scripts: the build already ran in `npm test`; prepack would run it again.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project, '--silent'], { cwd: repo });
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { 'port-case-viz': `file:./${tarball}` },
    }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  mkdirSync(join(project, 'src'));
  writeFileSync(
    join(project, 'src', 'main.ts'),
    `import 'port-case-viz/officer-outcomes';
import { validate, type Dataset } from 'port-case-viz/data';

// Typed through HTMLElementTagNameMap: headingLevel exists only on the element's class.
const element = document.createElement('officer-outcomes');
element.headingLevel = 3;
document.body.append(element);

// @ts-expect-error: a tag that was not imported is not in the map with this property
document.createElement('officer-outcomes').noSuchProperty = 1;

const result = validate({} as unknown);
const problems: number = result.ok ? 0 : result.problems.length;
const unused: Dataset | null = null;
document.body.dataset.problems = String(problems) + String(unused);
`,
  );
  writeFileSync(
    join(project, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Consumer</title>' +
      '<script type="module" src="/src/main.ts"></script></head><body></body></html>',
  );
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent'], { cwd: project });
});

after(() => rmSync(project, { recursive: true, force: true }));

test('the packed package installs and type-checks in a strict TypeScript project', () => {
  execFileSync('node', [join(repo, 'node_modules/typescript/bin/tsc'), '-p', project], { stdio: 'pipe' });
});

test('the tarball ships the builds, the types, the data and the manifest, and no sources or tests', () => {
  const files = execFileSync(
    'tar',
    [
      '-tzf',
      join(
        project,
        readdirSync(project).find((f) => f.endsWith('.tgz')),
      ),
    ],
    {
      encoding: 'utf8',
    },
  ).split('\n');
  for (const expected of [
    'package/dist/npm/officer-outcomes.js',
    'package/dist/types/src/officer-outcomes/officer-outcomes.d.ts',
    'package/dist/port-case-viz.js',
    'package/data/port-case.json',
    'package/data/port-case.schema.json',
    'package/custom-elements.json',
  ]) {
    assert.ok(files.includes(expected), `${expected} is in the tarball`);
  }
  assert.ok(!files.some((f) => f.startsWith('package/test/') || f.startsWith('package/src/')));
});

test('a Vite build of the consumer renders the element in Chromium', async () => {
  execFileSync('node', [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'error'], {
    cwd: project,
  });
  const server = await startServer({ mounts: { '/consumer/': join(project, 'dist') } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/consumer/index.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      document.querySelector('officer-outcomes')?.shadowRoot?.querySelector('[part=figure]'),
    );
    const level = await page.evaluate(() =>
      document.querySelector('officer-outcomes').shadowRoot.querySelector('[part=title]').getAttribute('aria-level'),
    );
    assert.equal(level, '3');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
