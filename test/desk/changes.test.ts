/**
 * Each guided change of the desk: the JSON it writes passes validate() (and survives a JSON
 * round trip, as the downloaded file must), the diff says what changed in words, and the
 * rules an editor trips on are refused with a reason naming the field.
 */
import { expect } from '@open-wc/testing';
import { dataset as bundled } from '../../src/data/dataset.js';
import type { Dataset } from '../../src/data/types.js';
import { validate } from '../../src/data/validate.js';
import {
  addEvent,
  newId,
  recordReinvestigation,
  setRecommendationStatus,
  type ChangeResult,
  type CitationInput,
  type EventInput,
} from '../../demo/desk/changes.js';
import { diffWords } from '../../demo/desk/diff-words.js';

/** The bundled file with HMICFRS's fourth recommendation numbered, as the example has it. */
function opened(): Dataset {
  const data = structuredClone(bundled);
  data.recommendations[3]!.number = 4;
  return data;
}

const newSource = {
  kind: 'news',
  publisher: 'Example News',
  title: 'Met says inspection recommendation is complete',
  date: '2027-03-02',
  url: 'https://example.org/met-recommendation',
};
const citation: CitationInput = { source: '', quote: 'The force said the work was complete.', newSource };

/** The written dataset, as it would be downloaded and opened again. */
function written(result: ChangeResult): Dataset {
  if (!result.ok) throw new Error(`refused: ${result.refusals.map((r) => r.message).join(' | ')}`);
  const file = JSON.parse(JSON.stringify(result.dataset)) as Dataset;
  const check = validate(file);
  expect(check.ok, JSON.stringify(check.problems)).to.equal(true);
  return file;
}

const refusals = (result: ChangeResult) => (result.ok ? [] : result.refusals);

describe('guided change: a recommendation’s status', () => {
  const input = {
    recommendation: 'hmicfrs-2023-item-04',
    dimension: 'implementation' as const,
    value: 'claimed-complete',
    asOf: '2027-03-02',
    citation,
  };

  it('writes valid JSON with the status, its date and the new citation first, and adds the new source', () => {
    const before = opened();
    const after = written(setRecommendationStatus(before, input));
    const status = after.recommendations[3]!.implementation;
    expect(status.value).to.equal('claimed-complete');
    expect(status.asOf).to.equal('2027-03-02');
    expect(status.citations[0]).to.deep.equal({ source: 'example-news-2027-03-02', quote: citation.quote });
    expect(status.citations.slice(1)).to.deep.equal(before.recommendations[3]!.implementation.citations);
    expect(after.sources.at(-1)).to.deep.include({ id: 'example-news-2027-03-02', publisher: 'Example News' });
    expect(before.recommendations[3]!.implementation.value, 'the opened file is untouched').to.equal('unknown');
  });

  it('the diff says what changed, in the issue’s words', () => {
    const before = opened();
    const after = written(setRecommendationStatus(before, input));
    expect(diffWords(before, after)).to.deep.equal([
      'New source: Example News, “Met says inspection recommendation is complete” (2 March 2027), https://example.org/met-recommendation.',
      'HMICFRS recommendation 4: implementation not known → claimed done, as of 2 March 2027, ' +
        'citing Example News, “Met says inspection recommendation is complete”: “The force said the work was complete.”.',
    ]);
  });

  it('cites a source already in the file by its id, and rewrites the note when given one', () => {
    const before = opened();
    const after = written(
      setRecommendationStatus(before, {
        ...input,
        dimension: 'acceptance',
        value: 'accepted',
        asOf: '2027-03',
        note: 'The force said it accepts it.',
        citation: { source: 's001', quote: 'act now on our recommendations' },
      }),
    );
    expect(after.sources.length).to.equal(before.sources.length);
    expect(after.recommendations[3]!.acceptance).to.deep.include({ value: 'accepted', asOf: '2027-03' });
    expect(after.recommendations[3]!.acceptance.note).to.equal('The force said it accepts it.');
    const [line] = diffWords(before, after);
    expect(line).to.match(/^HMICFRS recommendation 4: acceptance not known → accepted, as of March 2027, citing /);
    expect(line).to.match(/: “act now on our recommendations”; note rewritten\.$/);
  });

  it('refuses a quote of more than 40 words, with the count', () => {
    const quote = Array.from({ length: 41 }, (_, i) => `word${i}`).join(' ');
    const result = setRecommendationStatus(opened(), { ...input, citation: { ...citation, quote } });
    expect(refusals(result)).to.deep.equal([
      {
        field: 'quote',
        message:
          'The quote has 41 words; a quote may have at most 40. Keep the words that support this change and mark each cut with “…”.',
      },
    ]);
  });

  it('refuses a citation without a source, and a new source without a web address', () => {
    const none = setRecommendationStatus(opened(), { ...input, citation: { source: '', quote: 'A quote.' } });
    expect(refusals(none).map((r) => r.field)).to.deep.equal(['source']);
    expect(refusals(none)[0]!.message).to.match(/^A citation needs a source/);
    const noUrl = setRecommendationStatus(opened(), {
      ...input,
      citation: { ...citation, newSource: { ...newSource, url: '' } },
    });
    expect(refusals(noUrl).map((r) => r.field)).to.deep.equal(['source-url']);
    const badUrl = setRecommendationStatus(opened(), {
      ...input,
      citation: { ...citation, newSource: { ...newSource, url: 'javascript:alert(1)' } },
    });
    expect(refusals(badUrl)[0]!.message).to.match(/is not a web address/);
  });

  it('refuses a missing or impossible "as of" date and an unknown source id', () => {
    expect(refusals(setRecommendationStatus(opened(), { ...input, asOf: '' })).map((r) => r.field)).to.deep.equal([
      'asOf',
    ]);
    expect(refusals(setRecommendationStatus(opened(), { ...input, asOf: '2027-02-30' }))[0]!.message).to.match(
      /is not a date/,
    );
    expect(
      refusals(setRecommendationStatus(opened(), { ...input, citation: { source: 'nope', quote: 'A quote.' } })),
    ).to.deep.equal([{ field: 'source', message: 'No source in the file has the id “nope”.' }]);
  });
});

describe('guided change: a new event', () => {
  const input: EventInput = {
    precision: 'day',
    date: '2027-03-02',
    end: '',
    approximate: false,
    category: 'watchdog',
    title: 'Watchdog publishes its findings',
    shortTitle: 'Findings published',
    key: true,
    description: 'The watchdog published what it found.',
    note: '',
    citation: { source: 's001', quote: 'act now on our recommendations' },
  };

  it('writes valid JSON with the event in date order, its short title and key flag', () => {
    const before = opened();
    const after = written(addEvent(before, input));
    expect(after.events.length).to.equal(before.events.length + 1);
    const event: unknown = after.events.at(-1);
    expect(event).to.deep.equal({
      id: 'watchdog-publishes-its-findings-2027',
      category: 'watchdog',
      date: '2027-03-02',
      title: 'Watchdog publishes its findings',
      shortTitle: 'Findings published',
      key: true,
      description: 'The watchdog published what it found.',
      citations: [{ source: 's001', quote: 'act now on our recommendations' }],
    });
  });

  it('puts an earlier event among the events of its date', () => {
    const before = opened();
    const after = written(
      addEvent(before, { ...input, precision: 'month', date: '2015-11', key: false, shortTitle: '' }),
    );
    const at = after.events.findIndex((e) => e.date === '2015-11');
    expect(after.events[at - 1]!.date <= '2015-11').to.equal(true);
    expect(after.events[at + 1]!.date > '2015-11').to.equal(true);
  });

  it('the diff says the new event with its date, precision, category and flags', () => {
    const before = opened();
    const after = written(addEvent(before, input));
    expect(diffWords(before, after)).to.deep.equal([
      'New event: “Watchdog publishes its findings”, 2 March 2027 (to the day), watchdog, key event, ' +
        'short title “Findings published”, citing Yahoo News UK (copy; original publisher not named), ' +
        '“‘History could repeat itself’: Met police has not learned…”: ' +
        '“act now on our recommendations”.',
    ]);
  });

  it('refuses a date that does not match its precision, an end before the start and a long short title', () => {
    const result = addEvent(opened(), {
      ...input,
      precision: 'year',
      end: '2020',
      shortTitle: 'A short title that is far too long to fit the chart',
    });
    expect(refusals(result).map((r) => r.field)).to.deep.equal(['date', 'end', 'shortTitle']);
    expect(refusals(result)[0]!.message).to.equal(
      '“2027-03-02” is a date to the day, but the precision chosen is year: write YYYY, or change the precision.',
    );
  });

  it('refuses an event with no title, description or category', () => {
    const result = addEvent(opened(), { ...input, title: ' ', description: '', category: '' });
    expect(refusals(result).map((r) => r.field)).to.deep.equal(['category', 'title', 'description']);
  });
});

describe('guided change: the re-investigation’s outcome', () => {
  const input = {
    status: 'concluded',
    outcome: 'The IOPC found that two officers had a case to answer for gross misconduct.',
    statusAsOf: '2027-05',
    citation: { ...citation, newSource: { ...newSource, title: 'IOPC concludes re-investigation' } },
  };

  it('writes valid JSON with the status, outcome, date and new citation first', () => {
    const before = opened();
    const after = written(recordReinvestigation(before, input));
    const r = after.officers.reinvestigation;
    expect(r).to.deep.include({ status: 'concluded', outcome: input.outcome, statusAsOf: '2027-05' });
    expect(r.citations[0]!.source).to.equal('example-news-2027-03-02');
    expect(r.citations.length).to.equal(before.officers.reinvestigation.citations.length + 1);
  });

  it('the diff says the status change, the outcome and the citation', () => {
    const before = opened();
    const after = written(recordReinvestigation(before, input));
    expect(diffWords(before, after)).to.deep.equal([
      'New source: Example News, “IOPC concludes re-investigation” (2 March 2027), https://example.org/met-recommendation.',
      'Re-investigation of officers: open → concluded, as of May 2027; outcome: “The IOPC found that two officers had a ' +
        'case to answer for gross misconduct.”, citing Example News, “IOPC concludes re-investigation”: ' +
        '“The force said the work was complete.”.',
    ]);
  });

  it('refuses an outcome while the re-investigation is still open, and a concluded one without an outcome', () => {
    expect(refusals(recordReinvestigation(opened(), { ...input, status: 'open' })).map((r) => r.field)).to.deep.equal([
      'outcome',
    ]);
    expect(refusals(recordReinvestigation(opened(), { ...input, outcome: '' })).map((r) => r.field)).to.deep.equal([
      'outcome',
    ]);
  });
});

describe('diffWords and newId', () => {
  it('diffWords says nothing for the same file, and any other change field by field', () => {
    const before = opened();
    expect(diffWords(before, structuredClone(before))).to.deep.equal([]);
    const after = structuredClone(before);
    after.officers.groups[0]!.count = 8;
    after.events[2]!.date = '2014-06-20';
    expect(diffWords(before, after)).to.deep.equal([
      `Event “${before.events[2]!.title}”, 20 June 2014 › date: 19 June 2014 → 20 June 2014.`,
      'Officers › Officer group “Feedback from their manager” › count: 7 → 8.',
    ]);
  });

  it('newId makes a kebab-case id not yet taken', () => {
    expect(newId('ITV News, 2 March — Café', new Set())).to.equal('itv-news-2-march-cafe');
    expect(newId('A b', new Set(['a-b', 'a-b-2']))).to.equal('a-b-3');
    expect(newId('—', new Set())).to.equal('record');
  });
});
