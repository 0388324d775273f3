import { expect } from '@open-wc/testing';
import {
  bundledEvents,
  bundledEventSources,
  bundledFocus,
  bundledOfficers,
  bundledOfficerSources,
  bundledRecommendations,
  bundledRecommendationSets,
  bundledRecommendationSources,
} from '../../src/data/display-dataset.js';
import { dataset } from '../../src/data/dataset.js';
import { wholeBundledEvents } from '../../src/data/event-details.js';
import { objectsIn } from '../../src/data/bundled-details.js';
import { wholeBundledOfficers } from '../../src/data/officer-details.js';
import { wholeBundledRecommendations } from '../../src/data/recommendation-details.js';
import { validate } from '../../src/data/validate.js';
import { displayDataset } from '../fixtures/display-dataset.js';

// The elements draw the bundled projection without checking it at run time: this (and the
// build, vite.config.ts) is the check.
describe('the bundled display dataset', () => {
  it('is valid in full', () => {
    const result = validate(displayDataset);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([]);
  });

  it('keeps every event, officer record and recommendation of the full dataset', () => {
    expect(displayDataset.events.map((e) => e.id)).to.deep.equal(dataset.events.map((e) => e.id));
    expect(displayDataset.officers.groups.map((g) => g.count)).to.deep.equal(
      dataset.officers.groups.map((g) => g.count),
    );
    expect(displayDataset.recommendations.length).to.equal(dataset.recommendations.length);
  });

  it('keeps one citation per record, the first, and only sources still cited', () => {
    dataset.events.forEach((e, i) => {
      expect(displayDataset.events[i]!.citations).to.deep.equal(e.citations.slice(0, 1));
    });
    const counts = JSON.stringify(displayDataset, (key, value: unknown) =>
      key === 'citations' ? (value as unknown[]).length : value,
    ).match(/"citations":\d+/g)!;
    expect(new Set(counts)).to.deep.equal(new Set(['"citations":1']));
    const cited = new Set(
      JSON.stringify(displayDataset)
        .match(/"source":"[^"]+"/g)!
        .map((m) => m.slice(10, -1)),
    );
    expect(displayDataset.sources.map((s) => s.id).sort()).to.deep.equal([...cited].sort());
  });

  it('leaves out what only editors and tests read (unquoted), and keeps the fields the timeline needs', () => {
    expect(JSON.stringify(dataset)).to.contain('"unquoted"');
    expect(JSON.stringify(displayDataset)).not.to.contain('"unquoted"');
    expect(displayDataset.focus).to.deep.equal(dataset.focus);
    const full = new Map(dataset.events.map((e) => [e.id, e]));
    for (const e of displayDataset.events) {
      const { unquoted: _unquoted, citations: _citations, ...shown } = full.get(e.id)!;
      const { citations: _c, ...bundled } = e;
      expect(bundled, e.id).to.deep.equal(shown);
    }
  });

  it('keeps of each source what a graphic shows: name, title, date and link, as in the full data', () => {
    const full = new Map(dataset.sources.map((s) => [s.id, s]));
    for (const source of displayDataset.sources) {
      const { author: _author, dateNote: _dateNote, ...shown } = full.get(source.id)!;
      expect(source).to.deep.equal(shown);
    }
  });

  it("gives each element exactly the sources its own sections cite, in the dataset's order", () => {
    const citedIn = (...sections: unknown[]) => {
      const ids = new Set(
        JSON.stringify(sections)
          .match(/"source":"[^"]+"/g)!
          .map((m) => m.slice(10, -1)),
      );
      return displayDataset.sources.filter((s) => ids.has(s.id)).map((s) => s.id);
    };
    expect(bundledEventSources.map((s) => s.id)).to.deep.equal(citedIn(displayDataset.events));
    expect(bundledOfficerSources.map((s) => s.id)).to.deep.equal(citedIn(displayDataset.officers));
    expect(bundledRecommendationSources.map((s) => s.id)).to.deep.equal(
      citedIn(displayDataset.recommendationSets, displayDataset.recommendations),
    );
    expect(bundledOfficerSources.length).to.be.below(displayDataset.sources.length);
  });

  it("draws the timeline from the events' outlines: their descriptions, notes and quotes come later, in a slice of their own", async () => {
    const words = (value: unknown) =>
      objectsIn(value).flatMap((o) => ['description', 'note', 'quote', 'saidBy'].filter((field) => field in o));
    expect(words(bundledEvents), 'no description, note or quote in the outline').to.deep.equal([]);
    for (const e of bundledEvents)
      for (const c of e.citations) expect(Object.keys(c), `${e.id} citation`).to.deep.equal(['source']);
    const whole = await wholeBundledEvents();
    expect(whole.map((e) => e.id)).to.deep.equal(bundledEvents.map((e) => e.id));
    expect(
      whole.filter((e) => !e.description.trim()).map((e) => e.id),
      'every event described',
    ).to.deep.equal([]);
    expect(
      whole.flatMap((e) => e.citations).filter((c) => !c.quote.trim()),
      'every citation quoted',
    ).to.deep.equal([]);
    // The outlines are the smaller part: what a reader's phone downloads before the graphic.
    expect(JSON.stringify(bundledEvents).length).to.be.below(JSON.stringify(whole).length / 2);
  });

  it('draws the recommendations from an outline: their notes and quotes come later, in a slice of their own', async () => {
    const outline = { recommendationSets: bundledRecommendationSets, recommendations: bundledRecommendations };
    const words = (value: unknown) =>
      objectsIn(value).flatMap((o) => ['note', 'countNote', 'quote'].filter((field) => field in o));
    expect(words(outline), 'no note or quote in the outline').to.deep.equal([]);
    const whole = await wholeBundledRecommendations();
    expect(words(whole).length).to.be.above(100);
    // Who said a quote stays: the list names who accepted a set's recommendations.
    expect(JSON.stringify(outline)).to.contain('"saidBy"');
    expect(JSON.stringify(outline).length).to.be.below(JSON.stringify(whole).length / 2);
  });

  it('draws the officers from an outline: each quote and note an empty string until the rest arrives', async () => {
    const fields = (value: unknown) =>
      objectsIn(value).flatMap((o) =>
        Object.entries(o).filter(([key]) => ['quote', 'scopeNote', 'note'].includes(key)),
      );
    const outline = fields(bundledOfficers);
    expect(outline.length).to.be.above(10);
    expect(
      outline.filter(([, value]) => value !== ''),
      'every one empty in the outline',
    ).to.deep.equal([]);
    const whole = fields(await wholeBundledOfficers());
    expect(
      whole.map(([key]) => key),
      'the same fields, in the same places',
    ).to.deep.equal(outline.map(([key]) => key));
    expect(whole.filter(([, value]) => typeof value !== 'string' || value.trim() === '')).to.deep.equal([]);
  });

  it("is each element's slice: the projection's own sections, each slice valid on its own", async () => {
    const officers = await wholeBundledOfficers();
    const events = await wholeBundledEvents();
    const { recommendationSets, recommendations } = await wholeBundledRecommendations();
    expect(events).to.deep.equal(displayDataset.events, 'the events, with their details, are the projection');
    expect(officers).to.deep.equal(displayDataset.officers, 'with their quotes and notes');
    expect(recommendationSets).to.deep.equal(displayDataset.recommendationSets, 'with their details');
    expect(recommendations).to.deep.equal(displayDataset.recommendations, 'with their details');
    expect(bundledFocus).to.deep.equal(dataset.focus ?? null, "the timeline's focus goes with the events");
    const problems = (input: unknown, sections: Parameters<typeof validate>[1]) => {
      const result = validate(input, sections);
      return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    };
    expect(
      problems({ sources: bundledEventSources, events, focus: bundledFocus ?? undefined }, ['events']),
    ).to.deep.equal([]);
    expect(problems({ sources: bundledOfficerSources, officers }, ['officers'])).to.deep.equal([]);
    expect(
      problems(
        {
          sources: bundledRecommendationSources,
          recommendationSets,
          recommendations,
        },
        ['recommendationSets', 'recommendations'],
      ),
    ).to.deep.equal([]);
  });
});
