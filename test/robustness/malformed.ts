/**
 * Generators of bad input for the robustness suite: what a newsroom might pass an
 * element by mistake (wrong types, missing fields, unknown enum values, impossible
 * dates, duplicate ids, counts that do not add up) and what a hostile or careless
 * feed might contain (markup and `<script>` in text, `javascript:` and `data:` links,
 * huge strings and lists, deep nesting, cycles). Each case starts from a VALID
 * dataset and breaks it in one way, so most cases reach the element's own code
 * rather than stopping at the first type check; some stay valid (markup in a title
 * is text, not an error) and must then render safely.
 */
import fc from 'fast-check';
import type { Dataset, DatasetSection } from '../../src/data/types.js';

export type Path = (string | number)[];

/** One generated input and what was done to make it. */
export interface BadCase {
  kind: string;
  /** What was changed, e.g. `events[2].date = "2015-02-29"`. */
  what: string;
  value: unknown;
  /** True when `value` is JSON text (to be parsed), not a dataset object. */
  raw?: boolean;
}

/** A global that a payload sets if markup or a link from data ever runs. */
export const PWNED = '__pcvPwned';

/** Markup a renderer must show as text (or drop), never create. */
export const HTML_PAYLOADS = [
  `<img src=x onerror="window.${PWNED}='img'">`,
  `<script>window.${PWNED}='script'</script>`,
  `<iframe src="javascript:parent.${PWNED}='iframe'"></iframe>`,
  `<svg onload="window.${PWNED}='svg'"><circle r=5 /></svg>`,
  `"><pcv-injected id="pwn"></pcv-injected>`,
  `'><pcv-injected onclick="window.${PWNED}='attr'">`,
  `</text><foreignObject><div>escaped</div></foreignObject>`,
  `<object data="data:text/html,<script>parent.${PWNED}='object'</script>"></object>`,
  `<embed src="javascript:window.${PWNED}='embed'">`,
  `<a href="javascript:window.${PWNED}='a'">a link</a>`,
  `<style>* { display: none !important }</style>`,
  `<!-- a comment --><b>bold</b>`,
  `<math><mi xlink:href="javascript:window.${PWNED}='math'">x</mi></math>`,
  `\${window.${PWNED}='template'}`,
  `{{constructor.constructor("window.${PWNED}='angular'")()}}`,
  `<?lit$123456$>lit$123456$`,
  `&lt;img src=x onerror=alert(1)&gt; &amp; &#60;script&#62;`,
];

/** Links a renderer must never put in an href. Some are web addresses (and valid), most are not. */
export const URL_PAYLOADS = [
  `javascript:window.${PWNED}='url'`,
  ` javascript:window.${PWNED}='url'`,
  `JaVaScRiPt:window.${PWNED}='url'`,
  `java\tscript:window.${PWNED}='url'`,
  `data:text/html,<script>window.${PWNED}='data'</script>`,
  `data:image/svg+xml,<svg onload="window.${PWNED}='data'"/>`,
  `vbscript:msgbox(1)`,
  `file:///etc/passwd`,
  `//example.org/protocol-relative`,
  `/relative/path`,
  `mailto:someone@example.org`,
  `http://`,
  `https://example.org/"><img src=x onerror="window.${PWNED}='quote'">`,
  `https://example.org/${'a'.repeat(2_100)}`,
  `blob:https://example.org/0000`,
];

/** Not dates, or dates that cannot exist, in the schema's ISO form and around it. */
export const DATE_PAYLOADS = [
  '2014-13-45',
  '2015-02-29',
  '2014-02-30',
  '2014-04-31',
  '2014-00-10',
  '2014-06-00',
  '0000',
  '1899-12-31',
  '2101',
  '99999',
  '2014-6-1',
  '2014/06/19',
  '19 June 2014',
  '2014-06-19T12:00:00Z',
  ' 2014',
  '2014 ',
  '',
  '２０１４',
  'NaN',
  'Invalid Date',
];

/** Values of no enum in the schema, several of which are tempting property names. */
export const ENUM_PAYLOADS = [
  'explosion',
  'DEATH',
  'death ',
  'Death',
  'accepted\u200b',
  '',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
];

/** Strings that are valid text but stress rendering: direction overrides, joiners, long words. */
export const ODD_TEXT = [
  '\u202eevil right-to-left override',
  'zero\u200bwidth\u200djoiners',
  'combining a\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
  '👨‍👩‍👧‍👦 emoji family',
  'nul \u0000 in text',
  'lone \ud800 surrogate',
  'x'.repeat(3_999),
  'a\nmulti-line\r\nvalue',
  '   padded   ',
];

const SCALARS: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  1e21,
  '',
  ' ',
  '7',
  'null',
  [],
  {},
  [null],
  [[]],
  { a: 1 },
];

/** Any value of the wrong shape for most fields. */
export function badValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SCALARS) },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.constantFrom(...HTML_PAYLOADS, ...URL_PAYLOADS) },
    { weight: 2, arbitrary: fc.constantFrom(...DATE_PAYLOADS, ...ENUM_PAYLOADS) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

// ---- paths into a dataset -----------------------------------------------------

/** Every path to a value under the given top-level keys, depth first. */
export function pathsOf(root: unknown, keys: readonly string[]): Path[] {
  const paths: Path[] = [];
  const walk = (value: unknown, path: Path) => {
    paths.push(path);
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  for (const key of keys) walk((root as Record<string, unknown>)[key], [key]);
  return paths;
}

export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root);
}

function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

function deleteAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
}

const last = (path: Path) => String(path[path.length - 1]);
const show = (value: unknown) => {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
};

const DATE_KEYS = new Set([
  'date',
  'end',
  'concluded',
  'decided',
  'announced',
  'statusAsOf',
  'asOf',
  'made',
  'updated',
]);
const ENUM_KEYS = new Set(['category', 'kind', 'finding', 'outcome', 'scope', 'status', 'value']);
const COUNT_KEYS = new Set(['count', 'investigated', 'officers', 'serving', 'former', 'fromOriginal', 'age', 'number']);

/** Nested arrays or objects `depth` deep. */
export function nest(depth: number, objects: boolean): unknown {
  let value: unknown = objects ? {} : [];
  for (let i = 0; i < depth; i++) value = objects ? { a: value } : [value];
  return value;
}

// ---- the generator ---------------------------------------------------------------

export interface Options {
  /** The sections the element draws; mutations aim there (and at `sources`). */
  sections: readonly DatasetSection[];
  /** Only JSON-representable values (inline JSON and `src`): no real cycles. */
  json: boolean;
}

/**
 * Bad datasets built from `base()` (a fresh valid dataset per call). Deterministic for
 * a given fast-check seed. Weights favour the cases that reach deepest.
 */
export function badDatasets(make: () => Dataset, { sections, json }: Options): fc.Arbitrary<BadCase> {
  // A deep copy every time: fixtures may share objects between calls (sample() shares its
  // citation arrays), and one case's mutation must never leak into the next.
  const base = () => structuredClone(make());
  const keys = ['sources', ...sections];
  const template = base();
  const all = pathsOf(template, keys);
  const by = (test: (path: Path) => boolean) => {
    const found = all.filter(test);
    return found.length ? found : all;
  };
  const fields = all.filter((p) => p.length > 1);
  const texts = by((p) => typeof getAt(template, p) === 'string' && !DATE_KEYS.has(last(p)) && !ENUM_KEYS.has(last(p)));
  const dates = by((p) => DATE_KEYS.has(last(p)));
  const enums = by((p) => ENUM_KEYS.has(last(p)) && typeof getAt(template, p) === 'string');
  const counts = by((p) => COUNT_KEYS.has(last(p)) && typeof getAt(template, p) === 'number');
  const lists = by((p) => Array.isArray(getAt(template, p)));
  const records = by((p) => typeof p[p.length - 1] === 'number' && typeof getAt(template, p) === 'object');
  const objects = by((p) => {
    const v = getAt(template, p);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  });
  const sourcePaths = template.sources.map((_, i): Path => ['sources', i, 'url']);

  const mutate = (kind: string, paths: Path[], value: fc.Arbitrary<unknown>, op: 'set' | 'delete' = 'set') =>
    fc.tuple(fc.constantFrom(...paths), value).map(([path, v]): BadCase => {
      const data = base();
      if (op === 'delete') deleteAt(data, path);
      else setAt(data, path, v);
      return {
        kind,
        what: op === 'delete' ? `delete ${formatPath(path)}` : `${formatPath(path)} = ${show(v)}`,
        value: data,
      };
    });

  const garbage = fc
    .oneof(
      fc.constantFrom<unknown>(
        null,
        undefined,
        0,
        42,
        -1,
        true,
        false,
        '',
        'null',
        '[]',
        '{}',
        '{"',
        'not json',
        [],
        {},
        [[]],
      ),
      fc.constantFrom(...HTML_PAYLOADS),
      fc.jsonValue({ maxDepth: 4 }),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
      json ? fc.jsonValue() : fc.anything({ maxDepth: 3 }),
    )
    .map((value): BadCase => ({ kind: 'garbage', what: `the whole input is ${show(value)}`, value }));

  const missingSection = fc.constantFrom(...keys).map((key): BadCase => {
    const data = base() as unknown as Record<string, unknown>;
    delete data[key];
    return { kind: 'missing', what: `no ${key}`, value: data };
  });

  const hostileText = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...texts), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(...HTML_PAYLOADS, ...ODD_TEXT, ...URL_PAYLOADS),
    )
    .map(([paths, payload]): BadCase => {
      const data = base();
      for (const path of paths) setAt(data, path, payload);
      return { kind: 'hostile-text', what: `${paths.map(formatPath).join(', ')} = ${show(payload)}`, value: data };
    });

  const duplicateId = fc
    .constantFrom(...records.filter((p) => 'id' in (getAt(template, p) as object)))
    .map((path): BadCase => {
      const data = base();
      const list = getAt(data, path.slice(0, -1)) as unknown[];
      list.push(structuredClone(list[Number(path[path.length - 1])]));
      return { kind: 'duplicate-id', what: `${formatPath(path)} appears twice`, value: data };
    });

  const hugeList = fc
    .tuple(fc.constantFrom(...lists), fc.constantFrom<unknown>(0, {}, null, 'x'))
    .map(([path, item]): BadCase => {
      const data = base();
      setAt(data, path, new Array(100_000).fill(item));
      return { kind: 'huge-list', what: `${formatPath(path)} has 100,000 × ${show(item)}`, value: data };
    });

  const hugeString = fc
    .tuple(fc.constantFrom(...texts), fc.constantFrom(4_001, 100_000, 1_000_000))
    .map(([path, length]): BadCase => {
      const data = base();
      setAt(data, path, `<b>${'long '.repeat(length / 5)}</b>`.slice(0, length));
      return {
        kind: 'huge-string',
        what: `${formatPath(path)} is ${length.toLocaleString('en-GB')} characters`,
        value: data,
      };
    });

  const deep = fc
    .tuple(fc.constantFrom(...fields), fc.integer({ min: 100, max: 2_000 }), fc.boolean())
    .map(([path, depth, asObjects]): BadCase => {
      const data = base();
      setAt(data, path, nest(depth, asObjects));
      return {
        kind: 'deep-nesting',
        what: `${formatPath(path)} is ${asObjects ? 'objects' : 'arrays'} ${depth} deep`,
        value: data,
      };
    });

  const cyclic = fc
    .tuple(fc.constantFrom(...objects), fc.constantFrom('self', 'victim', 'citations', 'extras'))
    .map(([path, key]): BadCase => {
      const data = base();
      const target = getAt(data, path) as Record<string, unknown>;
      // JSON cannot hold a cycle: the JSON routes get the reference-style look-alike instead.
      target[key] = json ? { $ref: `#/${path.join('/')}` } : target;
      return { kind: 'cyclic', what: `${formatPath(path)}.${key} refers back to ${formatPath(path)}`, value: data };
    });

  const prototypeKeys = fc.constantFrom(...objects).map((path): BadCase => {
    const data = base();
    const target = getAt(data, path) as Record<string, unknown>;
    const poisoned = JSON.parse(
      '{"__proto__": {"polluted": true, "ok": true}, "constructor": {"prototype": {"polluted": true}}}',
    );
    Object.assign(target, poisoned);
    return { kind: 'prototype-keys', what: `${formatPath(path)} has __proto__ and constructor keys`, value: data };
  });

  return fc.oneof(
    { weight: 2, arbitrary: garbage },
    { weight: 1, arbitrary: missingSection },
    { weight: 6, arbitrary: mutate('wrong-type', fields, badValue()) },
    { weight: 2, arbitrary: mutate('missing-field', fields, fc.constant(undefined), 'delete') },
    { weight: 8, arbitrary: hostileText },
    { weight: 2, arbitrary: mutate('bad-url', sourcePaths, fc.constantFrom(...URL_PAYLOADS)) },
    { weight: 3, arbitrary: mutate('bad-date', dates, fc.constantFrom(...DATE_PAYLOADS)) },
    { weight: 2, arbitrary: mutate('bad-enum', enums, fc.constantFrom(...ENUM_PAYLOADS)) },
    {
      weight: 3,
      arbitrary: mutate(
        'bad-count',
        counts,
        fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constantFrom(1.5, -1, 1e9, 2 ** 53 + 2)),
      ),
    },
    { weight: 1, arbitrary: duplicateId },
    { weight: 1, arbitrary: hugeList },
    { weight: 1, arbitrary: hugeString },
    { weight: 1, arbitrary: deep },
    { weight: 1, arbitrary: cyclic },
    { weight: 1, arbitrary: prototypeKeys },
  );
}

/** Text that is not JSON, or barely is: what a CMS field or a broken export may hold. */
export function badJsonText(): fc.Arbitrary<BadCase> {
  return fc
    .oneof(
      fc.constantFrom(
        '',
        ' ',
        '{',
        '{"events": [}',
        "{'events': []}",
        '{"events": [],}',
        '{"a": NaN}',
        '// comment\n{}',
        '\ufeff{}',
        '<!doctype html><title>404</title><script>window.__pcvPwned="html"</script>',
        'undefined',
        '[1, 2, 3',
        '"just a string"',
        'null',
        'true',
        '1e400',
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constant('['.repeat(5_000) + ']'.repeat(5_000)),
    )
    .map((text): BadCase => ({ kind: 'bad-json', what: `JSON text ${show(text)}`, value: text, raw: true }));
}
