/**
 * The graphics bundle one citation per record, the first (scripts/display-data.mjs), so a
 * reader can check what a graphic shows only against that quote. This test holds the data
 * to it: for every record a graphic shows, the first citation's quote must contain the
 * record's key figures (the numbers in its title and description, a victim's age, a count)
 * and its dates, or the record must say in `unquoted` what the quote leaves out and where
 * it comes from instead. A date also counts as carried when the cited source is itself
 * dated that day (a report of the day it happened).
 */
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { parseIsoDate } from '../../src/data/dates.js';
import type { Citation, IsoDate, Source } from '../../src/data/types.js';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBER_WORDS: Record<string, number> = {
  none: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  'twenty-one': 21,
  'twenty-two': 22,
  'twenty-five': 25,
};

const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
const lower = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'");

/** Dates written out in a text ("19 June 2014", "June 19, 2014", "28th August", "June 2014"), removed. */
const DATE_PATTERN = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTHS.join('|')})(?:,?\s+(\d{4}))?` +
    String.raw`|\b(${MONTHS.join('|')})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?` +
    String.raw`|\b(${MONTHS.join('|')}),?\s+(\d{4})` +
    String.raw`|\b((?:19|20)\d{2})\b`,
  'g',
);

/** The numbers a text states (digits, or words for small ones), once its dates are taken out. */
function numbersIn(text: string, { words = true } = {}): Set<number> {
  const plain = lower(text).replace(DATE_PATTERN, ' ');
  const found = new Set<number>();
  for (const m of plain.matchAll(/\b\d[\d,]*\b/g)) found.add(Number(m[0].replace(/,/g, '')));
  if (words)
    for (const [word, n] of Object.entries(NUMBER_WORDS))
      if (new RegExp(String.raw`\b${word}\b`).test(plain)) found.add(n);
  return found;
}

/** The numbers a record's own text claims: "one" and "none" are left out, being mostly pronouns there. */
function claimedNumbers(text: string): number[] {
  return [...numbersIn(text)].filter((n) => n > 1);
}

/** The dates a quote states, as ISO strings at their precision. */
function datesIn(text: string): string[] {
  const out: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of lower(text).matchAll(DATE_PATTERN)) {
    if (m[1] && m[3]) out.push(`${m[3]}-${pad(MONTHS.indexOf(m[2]!) + 1)}-${pad(Number(m[1]))}`);
    else if (m[4] && m[6]) out.push(`${m[6]}-${pad(MONTHS.indexOf(m[4]) + 1)}-${pad(Number(m[5]))}`);
    else if (m[7]) out.push(`${m[8]}-${pad(MONTHS.indexOf(m[7]) + 1)}`);
    else if (m[9]) out.push(m[9]);
  }
  return out;
}

/** True when `written` (a date in a quote or a source's own date) states at least `claim`'s precision and agrees. */
function states(written: IsoDate, claim: IsoDate): boolean {
  return written.startsWith(claim) && parseIsoDate(written) !== null;
}

interface Shown {
  path: string;
  citations: readonly Citation[];
  numbers: number[];
  dates: (IsoDate | null | undefined)[];
  unquoted?: string;
}

/** What carries `claim` in the first citation, or why nothing does. */
function gaps(record: Shown): string[] {
  const first = record.citations[0];
  if (!first) return [`${record.path}: no citation`];
  const quote = first.quote;
  const inQuote = numbersIn(quote);
  const quoteDates = datesIn(quote);
  const sourceDate = sources.get(first.source)?.date ?? null;
  const missing: string[] = [];
  for (const n of record.numbers) if (!inQuote.has(n)) missing.push(String(n));
  for (const date of record.dates) {
    if (!date) continue;
    const carried = quoteDates.some((d) => states(d, date)) || (sourceDate !== null && states(sourceDate, date));
    if (!carried) missing.push(date);
  }
  if (missing.length === 0 || record.unquoted?.trim()) return [];
  return [`${record.path}: first quote (${first.source}) lacks ${missing.join(', ')}`];
}

function shownRecords(): Shown[] {
  const out: Shown[] = [];
  for (const e of dataset.events)
    out.push({
      path: `events.${e.id}`,
      citations: e.citations,
      numbers: [
        ...new Set([
          ...claimedNumbers(`${e.title} ${e.shortTitle ?? ''} ${e.description}`),
          ...(e.victim ? [e.victim.age] : []),
        ]),
      ],
      dates: [e.date, e.end],
      unquoted: e.unquoted,
    });
  const o = dataset.officers;
  out.push({
    path: 'officers',
    citations: o.citations,
    numbers: [o.investigated],
    dates: [o.concluded],
    unquoted: o.unquoted,
  });
  for (const g of o.groups) {
    out.push({
      path: `officers.groups.${g.id}`,
      citations: g.citations,
      numbers: [g.count],
      dates: [],
      unquoted: g.unquoted,
    });
    g.extras.forEach((x, i) =>
      out.push({ path: `officers.groups.${g.id}.extras[${i}]`, citations: x.citations, numbers: [x.count], dates: [] }),
    );
  }
  for (const f of o.subsetFacts)
    out.push({
      path: `officers.subsetFacts.${f.id}`,
      citations: f.citations,
      numbers: [f.count],
      dates: [f.asOf],
      unquoted: f.unquoted,
    });
  const r = o.reinvestigation;
  out.push({
    path: 'officers.reinvestigation',
    citations: r.citations,
    numbers: [r.officers, r.fromOriginal],
    dates: [r.decided, r.announced],
    unquoted: r.unquoted,
  });
  for (const s of dataset.recommendationSets) {
    out.push({
      path: `recommendationSets.${s.id}`,
      citations: s.citations,
      numbers: [s.count],
      dates: [s.made, s.madeEnd],
      unquoted: s.unquoted,
    });
    if (s.textsMissing)
      out.push({
        path: `recommendationSets.${s.id}.textsMissing`,
        citations: s.textsMissing.citations,
        numbers: [],
        dates: [],
      });
  }
  for (const rec of dataset.recommendations) {
    out.push({
      path: `recommendations.${rec.id}`,
      citations: rec.citations,
      numbers: [],
      dates: [],
      unquoted: rec.unquoted,
    });
    for (const dim of ['acceptance', 'implementation'] as const) {
      const status = rec[dim];
      out.push({
        path: `recommendations.${rec.id}.${dim}`,
        citations: status.citations,
        numbers: [],
        dates: [status.asOf],
        unquoted: status.unquoted,
      });
    }
  }
  return out;
}

describe('the first citation of every record a graphic shows', () => {
  it('reads numbers and dates in quotes as a reader would', () => {
    expect([...numbersIn('Seventeen officers were investigated… and nine were found')]).to.have.members([17, 9]);
    expect([...numbersIn('on June 19 2014, a 23-year-old')]).to.deep.equal([23]);
    expect(datesIn('found dead on June 19, 2014 in Cooke Street')).to.deep.equal(['2014-06-19']);
    expect(datesIn('died on 28th August 2014, aged twenty-two')).to.deep.equal(['2014-08-28']);
    expect(datesIn('an inquiry that ended in August 2018')).to.deep.equal(['2018-08']);
    expect(datesIn('jailed in 2015 for perverting')).to.deep.equal(['2015']);
    expect(states('2014-06-19', '2014-06')).to.equal(true);
    expect(states('2014-06', '2014-06-19')).to.equal(false);
  });

  it('carries the record’s key figures and dates, or the record says why not', () => {
    expect(shownRecords().flatMap(gaps)).to.deep.equal([]);
  });
});
