import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { validate } from '../../src/data/validate.js';
import { pathWords, parsePath, problemInWords, valueWords } from '../../demo/desk/editor-words.js';
import { locate, locateAll } from '../../demo/desk/json-locate.js';
import { sample } from '../fixtures/sample.js';

describe('editor words: a problem path in words', () => {
  it('parsePath("events[3].citations[0].quote") splits names and indexes', () => {
    expect(parsePath('events[3].citations[0].quote')).to.deep.equal(['events', 3, 'citations', 0, 'quote']);
    expect(parsePath('(dataset)')).to.deep.equal([]);
  });

  it('pathWords names a recommendation by its body and number, and the field in words', () => {
    const data = structuredClone(dataset);
    data.recommendations[3]!.number = 4;
    expect(pathWords('recommendations[3].implementation.asOf', data)).to.equal(
      'HMICFRS recommendation 4 › implementation › “as of” date',
    );
  });

  it('pathWords names a recommendation with no number by its place in its set', () => {
    expect(pathWords('recommendations[3].implementation.value', dataset)).to.equal(
      'HMICFRS recommendation, item 4 of 20 (no number published) › implementation › value',
    );
  });

  it('pathWords names an event by its title and date, and a citation by its place', () => {
    const data = sample();
    expect(pathWords('events[0].citations[0].quote', data)).to.equal(
      'Event “First event”, 19 June 2014 › citation 1 › quote',
    );
  });

  it('pathWords reads the re-investigation, a source and a missing section', () => {
    const data = sample();
    expect(pathWords('officers.reinvestigation.statusAsOf', data)).to.equal(
      'Officers › Re-investigation of officers › status “as of” date',
    );
    expect(pathWords('sources[0].url', data)).to.equal('Source “An example article” › web address');
    expect(pathWords('events', {})).to.equal('Timeline events');
    expect(pathWords('(dataset)', null)).to.equal('The whole file');
  });

  it('pathWords works on a file of the wrong shape, and keeps an unknown field’s own name', () => {
    expect(pathWords('events[2].date', { events: 'not a list' })).to.equal('Event 3 › date');
    expect(pathWords('events[0].focusSpan', sample())).to.equal('Event “First event”, 19 June 2014 › focusSpan');
  });

  it('problemInWords turns each of validate()’s problems into where, what and the path', () => {
    const data = sample() as unknown as { events: { date: string }[] };
    data.events[0]!.date = '2014-13-45';
    const result = validate(data);
    expect(result.ok).to.equal(false);
    const words = problemInWords(result.problems[0]!, data);
    expect(words).to.deep.equal({
      where: 'Event “First event” › date',
      what: '"2014-13-45" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
      path: 'events[0].date',
    });
  });

  it('valueWords writes dates in words, text quoted and null as none', () => {
    expect(valueWords('2027-03-02', 'asOf')).to.equal('2 March 2027');
    expect(valueWords('2027-03', 'date')).to.equal('March 2027');
    expect(valueWords('open', 'status')).to.equal('“open”');
    expect(valueWords(null)).to.equal('none');
    expect(valueWords(true)).to.equal('yes');
  });
});

describe('json-locate: where a path sits in the text', () => {
  const text = '{\n  "events": [\n    { "date": "2014", "title": "A" },\n    { "title": "B\\"" }\n  ]\n}';

  it('locateAll gives each value its characters and line', () => {
    const places = locateAll(text)!;
    const date = places.get('events[0].date')!;
    expect(text.slice(date.start, date.end)).to.equal('"2014"');
    expect(date.line).to.equal(3);
    const second = places.get('events[1]')!;
    expect(text.slice(second.start, second.end)).to.equal('{ "title": "B\\"" }');
    expect(second.line).to.equal(4);
  });

  it('locate falls back to the nearest record that exists (a missing field jumps to its record)', () => {
    const places = locateAll(text)!;
    expect(locate(places, 'events[1].date')).to.deep.equal(places.get('events[1]'));
    expect(locate(places, '(dataset)')).to.deep.equal(places.get(''));
  });

  it('locateAll returns null for text that is not JSON', () => {
    expect(locateAll('{"a": [1, 2,]}')).to.equal(null);
    expect(locateAll('{"a": 1} x')).to.equal(null);
  });

  it('locateAll finds every path of the bundled file', () => {
    const full = JSON.stringify(dataset, null, 2);
    const places = locateAll(full)!;
    const place = places.get('recommendations[42].implementation.value')!;
    expect(JSON.parse(full.slice(place.start, place.end))).to.equal(dataset.recommendations[42]!.implementation.value);
  });
});
