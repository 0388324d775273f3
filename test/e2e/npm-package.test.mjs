// The npm way in, as a newsroom developer would take it: pack the package, lint the tarball
// (publint, Are the Types Wrong?), install it into a fresh strict TypeScript + Vite + React 19
// project, type-check every TypeScript example in the README and a React component using
// all three elements, build, and render in Chromium. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, startServer } from './harness.mjs';

const repo = resolve(import.meta.dirname, '../..');
const bin = (path) => join(repo, 'node_modules', path);
const devVersion = (name) => JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies[name];
let project;
let tarball;

/** The README's ```ts and ```tsx examples, each as its own module. */
function readmeExamples() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```(tsx?)\n([\s\S]*?)^```$/gm)].map(([, lang, code], i) => ({
    file: `readme-${i + 1}.${lang}`,
    code: `${code}\nexport {};\n`,
  }));
}

before(() => {
  project = mkdtempSync(join(tmpdir(), 'pcv-consumer-'));
  // --ignore-scripts: the build already ran in `npm test`; prepack would run it again.
  execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', project, '--silent'], { cwd: repo });
  tarball = join(
    project,
    readdirSync(project).find((f) => f.endsWith('.tgz')),
  );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: {
        'port-case-viz': `file:./${tarball.split('/').pop()}`,
        // The versions this repository tests with, so the install needs nothing new.
        react: devVersion('react'),
        'react-dom': devVersion('react-dom'),
        '@types/react': devVersion('@types/react'),
        '@types/react-dom': devVersion('@types/react-dom'),
      },
    }),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        // Check the package's own .d.ts too: they may import only what consumers get.
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  mkdirSync(join(project, 'src'));
  for (const { file, code } of readmeExamples()) writeFileSync(join(project, 'src', file), code);
  writeFileSync(
    join(project, 'src', 'main.ts'),
    `import 'port-case-viz/officer-outcomes';
import type { CaseTimeline, FigureElement, RecommendationFilterEvent } from 'port-case-viz';
import { validate, type Dataset } from 'port-case-viz/data';
import type { CaseTimelineProps } from 'port-case-viz/react';

// Typed through HTMLElementTagNameMap: headingLevel exists only on the element's class.
const element = document.createElement('officer-outcomes');
element.headingLevel = 3;
document.body.append(element);

// @ts-expect-error: a property the element does not have
document.createElement('officer-outcomes').noSuchProperty = 1;

// Each event has its own name and detail, on the element, the document and the window.
element.addEventListener('pcv-officer-select', (e) => e.detail.group.label.toUpperCase());
document.addEventListener('pcv-timeline-select', (e) => e.detail.event.title.toUpperCase());
window.addEventListener('pcv-filter', (e: RecommendationFilterEvent) => e.detail.matching.toFixed());
// @ts-expect-error: the officer event's detail has no timeline event
element.addEventListener('pcv-officer-select', (e) => e.detail.event);

const result = validate({} as unknown);
const problems: number = result.ok ? 0 : result.problems.length;
const unused: [Dataset | null, CaseTimeline | null, FigureElement<never> | null, CaseTimelineProps] = [null, null, null, {}];
document.body.dataset.problems = String(problems) + String(unused.length);
`,
  );
  writeFileSync(
    join(project, 'src', 'app.tsx'),
    `import 'port-case-viz/react';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { OfficerOutcomes } from 'port-case-viz';
import type { Dataset } from 'port-case-viz/data';

// A React 19 component using all three elements: typed properties, ref and events.
function Story({ data }: { data?: Dataset }) {
  const officers = useRef<OfficerOutcomes>(null);
  const [chosen, setChosen] = useState('');
  return (
    <>
      <case-timeline
        layout="vertical"
        highlight="death-jack-taylor"
        noFilter
        data={data}
        onpcv-timeline-select={(e) => setChosen(e.detail.event.title)}
      />
      <officer-outcomes
        id="react-officers"
        ref={officers}
        headingLevel={4}
        theme="dark"
        onpcv-officer-select={(e) => setChosen(e.detail.group.label)}
      />
      <recommendation-status
        filterBody={null}
        search="training"
        onpcv-filter={(e) => setChosen(String(e.detail.matching))}
      />
      <output id="react-chosen">{chosen}</output>
    </>
  );
}

// Never rendered: the types must reject each of these.
export function Wrong() {
  return (
    <>
      {/* @ts-expect-error: headingLevel is a number */}
      <officer-outcomes headingLevel="3" />
      {/* @ts-expect-error: theme is 'light' or 'dark' */}
      <officer-outcomes theme="sepia" />
      {/* @ts-expect-error: the timeline's event carries no officer group */}
      <case-timeline onpcv-timeline-select={(e) => e.detail.group} />
    </>
  );
}

createRoot(document.getElementById('react')!).render(<Story />);
`,
  );
  writeFileSync(
    join(project, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Consumer</title>' +
      '<script type="module" src="/src/main.ts"></script><script type="module" src="/src/app.tsx"></script></head>' +
      '<body><div id="react"></div></body></html>',
  );
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent'], { cwd: project });
});

after(() => rmSync(project, { recursive: true, force: true }));

test('the README examples, the typed events and a React 19 component type-check in a strict project', () => {
  assert.ok(
    readmeExamples().some((e) => e.file.endsWith('.tsx')),
    'the README has a React example',
  );
  try {
    execFileSync('node', [bin('typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(`tsc failed:\n${error.stdout}`);
  }
});

test('publint finds nothing to fix in the tarball', () => {
  const out = execFileSync('node', [bin('publint/src/cli.js'), 'run', tarball, '--pack', 'false', '--strict'], {
    encoding: 'utf8',
  });
  assert.match(out, /All good!/);
});

test('Are the Types Wrong? finds no problem for ESM consumers', () => {
  // esm-only: the package is ES modules only (no require()), as the README says.
  execFileSync(bin('.bin/attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color'], {
    encoding: 'utf8',
  });
});

test('the tarball ships the builds, the types, the data, the manifest and the licence, and no sources or tests', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n');
  for (const expected of [
    'package/dist/npm/officer-outcomes.js',
    'package/dist/types/src/officer-outcomes/officer-outcomes.d.ts',
    'package/dist/types/src/react.d.ts',
    'package/dist/cdn/port-case-viz.js',
    'package/dist/cdn/case-timeline.js',
    'package/dist/cdn/port-case-viz.standalone.js',
    'package/dist/cdn/port-case-viz.standalone-own-data.js',
    'package/data/port-case.json',
    'package/data/port-case.schema.json',
    'package/custom-elements.json',
    'package/LICENSE',
    'package/dist/cdn/THIRD-PARTY-LICENSES.txt',
  ]) {
    assert.ok(files.includes(expected), `${expected} is in the tarball`);
  }
  assert.ok(!files.some((f) => f.startsWith('package/test/') || f.startsWith('package/src/')));
});

test('a Vite build of the consumer renders the elements, and React sets their properties and hears their events', async () => {
  execFileSync(bin('vite/bin/vite.js'), ['build', '--base', './', '--logLevel', 'error'], { cwd: project });
  const server = await startServer({ mounts: { '/consumer/': join(project, 'dist') } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.origin}/consumer/index.html`, { waitUntil: 'load' });
    // Generous limits: the work is bounded, and the machine may be busy.
    await page.waitForFunction(
      () => !!document.querySelector('#react-officers')?.shadowRoot?.querySelector('[part=chart]'),
      { timeout: 120_000 },
    );
    const levels = await page.evaluate(() =>
      ['body > officer-outcomes', '#react-officers'].map((selector) =>
        document.querySelector(selector).shadowRoot.querySelector('[part=title]').getAttribute('aria-level'),
      ),
    );
    assert.deepEqual(levels, ['3', '4'], 'the plain script and React set headingLevel as a property');
    // A reader chooses the first officer: the element fires pcv-officer-select and React's handler runs.
    await page.evaluate(() =>
      document.querySelector('#react-officers').shadowRoot.querySelector('[part=chart]').focus(),
    );
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#react-chosen').textContent !== '', { timeout: 120_000 });
    const chosen = await page.evaluate(() => document.querySelector('#react-chosen').textContent);
    const labels = JSON.parse(readFileSync(join(repo, 'data/port-case.json'), 'utf8')).officers.groups.map(
      (g) => g.label,
    );
    assert.ok(labels.includes(chosen), `the handler got an officer group's label (${chosen})`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
  }
});
