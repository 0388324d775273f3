import { expect } from '@open-wc/testing';
import { validate, formatProblems, isSafeUrl, MAX_PROBLEMS } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';

const paths = (input: unknown, sections?: Parameters<typeof validate>[1]) => {
  const result = sections ? validate(input, sections) : validate(input);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('validate()', () => {
  it('accepts the sample dataset', () => {
    expect(paths(sample())).to.deep.equal([]);
  });

  it("checks the graphics' titles in `labels` and keeps them in its copy", () => {
    const data = { ...sample(), labels: { timeline: 5 } };
    expect(paths(data)).to.deep.equal(['labels.timeline: expected text, got 5']);
    const ok = validate({ ...sample(), labels: { officers: 'Our officers' } });
    expect(ok.ok && ok.value.labels).to.deep.equal({ officers: 'Our officers' });
  });

  it("checks the timeline's category names in `labels.categories` and copies them, frozen", () => {
    const names = { 'police-failure': { one: 'Missed chance', many: 'Missed chances' } };
    const input = { ...sample(), labels: { categories: names } };
    const result = validate(input);
    expect(result.ok && result.value.labels).to.deep.equal({ categories: names });
    const copied = result.ok ? result.value.labels!.categories! : null;
    expect(copied).not.to.equal(names);
    expect(Object.isFrozen(copied) && Object.isFrozen(copied!['police-failure'])).to.equal(true);
    // A name that is not text, a missing plural, an empty or overlong name: each named by its path.
    const bad = {
      ...sample(),
      labels: {
        categories: {
          death: { one: 5, many: 'Deaths' },
          family: { one: 'Concern' },
          inquest: { one: ' ', many: 'Inquests' },
          watchdog: { one: 'Watchdog', many: 'W'.repeat(61) },
          response: 'Responses',
        },
      },
    };
    expect(paths(bad)).to.deep.equal([
      'labels.categories.death.one: expected text, got 5',
      'labels.categories.family.many: is missing',
      'labels.categories.watchdog.many: is 61 characters long; the most allowed is 60',
      'labels.categories.inquest.one: is empty',
      'labels.categories.response: expected an object, got "Responses"',
    ]);
  });

  it('names a bad date with its path', () => {
    const data = sample();
    data.events[3]!.date = '2014-13-45';
    expect(paths(data)).to.deep.equal(['events[3].date: "2014-13-45" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)']);
  });

  it('rejects impossible days such as 30 February', () => {
    const data = sample();
    data.events[0]!.date = '2015-02-30';
    expect(paths(data)[0]).to.match(/^events\[0\]\.date/);
  });

  it('lists the allowed values for an unknown category', () => {
    const data = sample() as unknown as { events: { category: string }[] };
    data.events[1]!.category = 'murder';
    expect(paths(data)).to.deep.equal([
      'events[1].category: "murder" is not one of: death, police-failure, family, justice, watchdog, inquest, inspection, response',
    ]);
  });

  it('reports wrong types and missing fields', () => {
    const data = sample() as unknown as { events: Record<string, unknown>[] };
    data.events[0]!.title = 42;
    delete data.events[1]!.citations;
    expect(paths(data)).to.deep.equal(['events[0].title: expected text, got 42', 'events[1].citations: is missing']);
  });

  it('rejects javascript: and data: URLs in sources', () => {
    const data = sample();
    data.sources[0]!.url = 'javascript:alert(1)';
    expect(paths(data)[0]).to.match(/^sources\[0\]\.url: .* is not a web address/);
    expect(isSafeUrl('data:text/html,<b>x</b>')).to.equal(false);
    expect(isSafeUrl('https://example.org/x')).to.equal(true);
  });

  it('finds a citation of a source that does not exist', () => {
    const data = sample();
    data.events[0]!.citations = [{ source: 'nope', quote: 'x' }];
    expect(paths(data)).to.deep.equal(['events[0].citations[0].source: "nope" is not the id of any source']);
  });

  it('holds quotes to 40 words', () => {
    const data = sample();
    data.figures[0]!.citations = [{ source: 'src-a', quote: Array(41).fill('word').join(' ') }];
    expect(paths(data)).to.deep.equal(['figures[0].citations[0].quote: has 41 words; a quote may have at most 40']);
  });

  it('finds duplicate ids', () => {
    const data = sample();
    data.events[1]!.id = 'e1';
    expect(paths(data)).to.deep.equal(['events[1].id: "e1" is used twice; ids must be unique']);
  });

  it('checks that officer groups add up', () => {
    const data = sample();
    data.officers.groups[0]!.count = 3;
    expect(paths(data)).to.include('officers.groups: the group counts add up to 6, but officers.investigated is 5');
  });

  it("takes the re-investigation's serving/former split as unknown (null), and checks that a given split adds up", () => {
    const data = sample();
    const r = data.officers.reinvestigation;
    expect(
      paths({ ...data, officers: { ...data.officers, reinvestigation: { ...r, serving: null, former: null } } }),
    ).to.deep.equal([]);
    expect(
      paths({ ...data, officers: { ...data.officers, reinvestigation: { ...r, serving: 1, former: null } } }),
    ).to.deep.equal([]);
    expect(
      paths({ ...data, officers: { ...data.officers, reinvestigation: { ...r, serving: r.officers, former: 1 } } }),
    ).to.include(
      `officers.reinvestigation: serving (${r.officers}) and former (1) do not add up to ${r.officers} officers`,
    );
  });

  it('checks that a span does not end before it starts', () => {
    const data = sample();
    data.events[2]!.end = '2015-09';
    expect(paths(data)).to.deep.equal(['events[2].end: "2015-09" is before the start date "2015-10"']);
  });

  it('checks only the sections asked for, plus sources', () => {
    const data = sample() as Partial<ReturnType<typeof sample>>;
    delete data.officers;
    expect(paths(data, ['events'])).to.deep.equal([]);
    expect(paths(data, ['officers'])).to.deep.equal(['officers: is missing']);
  });

  it('describes input that is not a dataset at all', () => {
    expect(paths(null)).to.deep.equal([
      '(dataset): expected an object with sources, events, officers, recommendationSets, recommendations, figures, contradictions, got null',
    ]);
    expect(paths([1, 2], ['events'])).to.deep.equal(['(dataset): expected an object with sources, events, got a list']);
  });

  it('refuses lists too long to draw and caps the number of problems', () => {
    const data = sample();
    data.events = Array.from({ length: 20_001 }, () => data.events[0]!);
    expect(paths(data)).to.deep.equal(['events: has 20001 items; the most allowed is 20000']);
    const bad = sample() as unknown as { events: unknown[] };
    bad.events = Array.from({ length: 500 }, () => ({}));
    const result = validate(bad);
    expect(result.ok).to.equal(false);
    expect(result.problems.length).to.equal(MAX_PROBLEMS + 1);
    expect(result.problems.at(-1)!.message).to.match(/^and \d+ more problems$/);
  });

  it('accepts the optional fields: short title, key, after, focus, who said a quote, set kind, range and missing texts', () => {
    const data = sample();
    data.events[0]!.shortTitle = 'A short label';
    data.events[0]!.key = true;
    data.events[1]!.after = 'e1';
    data.events[1]!.unquoted = 'The month is worked out.';
    data.events[0]!.citations = [{ source: 'src-a', quote: 'We said so.', saidBy: 'A spokesperson' }];
    data.focus = { label: 'The focus', from: '2014-06', to: '2015-10' };
    const set = data.recommendationSets[0]!;
    Object.assign(set, {
      kind: 'concerns',
      madeEnd: '2025',
      textsMissing: { reason: 'not-published', citations: [{ source: 'src-a', quote: 'Not yet.' }] },
    });
    expect(paths(data)).to.deep.equal([]);
  });

  it('names the field of a bad short title, key, after, focus and set field', () => {
    const data = sample() as unknown as Record<string, unknown> & ReturnType<typeof sample>;
    Object.assign(data.events[0]!, { shortTitle: 'x'.repeat(41), key: 'yes' });
    data.focus = { label: 'The focus', from: '2015-10', to: '2014-06' };
    Object.assign(data.recommendationSets[0]!, {
      kind: 'ideas',
      madeEnd: '2000',
      textsMissing: { reason: 'lost', citations: [] },
    });
    data.events[1]!.citations = [{ source: 'src-a', quote: 'q', saidBy: 3 } as never];
    expect(paths(data)).to.deep.equal([
      'focus.to: "2014-06" is before "2015-10"',
      'events[0].shortTitle: is 41 characters long; the most allowed is 40',
      'events[0].key: expected true or false, got "yes"',
      'events[1].citations[0].saidBy: expected text, got 3',
      'recommendationSets[0].kind: "ideas" is not one of: recommendations, concerns',
      'recommendationSets[0].textsMissing.reason: "lost" is not one of: not-published, not-in-sources',
      'recommendationSets[0].textsMissing.citations: needs at least 1 item',
    ]);
  });

  it('checks that `after` names another event and never leads round in a circle', () => {
    const data = sample();
    data.events[0]!.after = 'nope';
    expect(paths(data)).to.deep.equal(['events[0].after: "nope" is not the id of any event']);
    data.events[0]!.after = 'e1';
    expect(paths(data)).to.deep.equal(['events[0].after: "e1" is this event itself']);
    data.events[0]!.after = 'e2';
    data.events[1]!.after = 'e1';
    expect(paths(data)).to.deep.equal([
      'events[0].after: "e2" leads back to "e1": events cannot follow each other in a circle',
      'events[1].after: "e1" leads back to "e2": events cannot follow each other in a circle',
    ]);
  });

  it('checks that a range of dates made runs forwards', () => {
    const data = sample();
    data.recommendationSets[0]!.madeEnd = '2000';
    expect(paths(data)).to.deep.equal([
      `recommendationSets[0].madeEnd: "2000" is before "made" ("${data.recommendationSets[0]!.made}")`,
    ]);
  });

  it('formats problems one per line', () => {
    expect(
      formatProblems([
        { path: 'a', message: 'b' },
        { path: 'c', message: 'd' },
      ]),
    ).to.equal('a: b\nc: d');
  });
});
