// Checks that every quote in a dataset is verbatim: each piece between "…" cuts must
// appear in the source texts the data may draw on (the seed articles and the research
// files), apart from line breaks and spacing. Curly and straight quote marks count as
// the same, because the research files write the sources' curly quotes as straight ones.
//
//   node scripts/check-quotes.mjs [data/port-case.json] [--texts ../shared]
//
// `--texts` is the folder holding seeds/*.txt and research/*.md (default ../shared, as
// data/README.md names them). Prints each quote that is not found, with where it sits,
// and exits 1 if there is any.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--texts');
const textsDir = at >= 0 ? args.splice(at, 2)[1] : '../shared';
const file = args[0] ?? 'data/port-case.json';

const normalise = (text) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const texts = [];
for (const sub of ['seeds', 'research']) {
  const dir = join(textsDir, sub);
  if (!existsSync(dir)) {
    console.error(`${dir} not found: pass --texts <folder holding seeds/ and research/>`);
    process.exit(2);
  }
  for (const name of readdirSync(dir)) texts.push(normalise(readFileSync(join(dir, name), 'utf8')));
}
const corpus = texts.join('\n');

const data = JSON.parse(readFileSync(file, 'utf8'));
const missing = [];
let count = 0;
const walk = (value, path) => {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    if (typeof value.source === 'string' && typeof value.quote === 'string') {
      count++;
      const pieces = value.quote
        .split('…')
        .map(normalise)
        .filter((p) => p.length > 0);
      const absent = pieces.filter((p) => !corpus.includes(p));
      if (absent.length) missing.push(`${path} (${value.source}): ${absent.map((p) => `“${p}”`).join(' | ')}`);
      return;
    }
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  }
};
walk(data, '');
if (missing.length) {
  console.log(`${missing.length} of ${count} quotes not found verbatim in ${textsDir}/seeds and ${textsDir}/research:`);
  for (const m of missing) console.log(`  ${m}`);
  process.exit(1);
}
console.log(`${file}: all ${count} quotes found verbatim in ${textsDir}/seeds and ${textsDir}/research`);
