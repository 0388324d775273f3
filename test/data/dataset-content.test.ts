/**
 * Content checks on the bundled dataset (data/port-case.json): what the schema
 * validator cannot know. Each test names the records that break it, so a failure
 * says what to fix. Provenance rules: data/README.md.
 */
import { expect } from '@open-wc/testing';
import { dataset } from '../../src/data/dataset.js';
import { parseIsoDate } from '../../src/data/dates.js';
import { orderEvents } from '../../src/data/event-order.js';
import type { Citation, IsoDate, OfficerScope } from '../../src/data/types.js';

/** Every citation in the dataset, with where it sits. */
function allCitations(): { path: string; citation: Citation }[] {
  const found: { path: string; citation: Citation }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${path}[${i}]`));
    } else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.source === 'string' && typeof record.quote === 'string') {
        found.push({ path, citation: record as unknown as Citation });
        return;
      }
      for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk({ ...dataset, sources: [] }, '');
  return found;
}

/** Every date field in the dataset, with where it sits. */
function allDates(): { path: string; date: IsoDate }[] {
  const dates: { path: string; date: IsoDate }[] = [{ path: 'updated', date: dataset.updated }];
  const add = (path: string, date: IsoDate | null | undefined) => {
    if (date !== null && date !== undefined) dates.push({ path, date });
  };
  dataset.sources.forEach((s) => add(`sources.${s.id}.date`, s.date));
  dataset.events.forEach((e) => {
    add(`events.${e.id}.date`, e.date);
    add(`events.${e.id}.end`, e.end);
  });
  const o = dataset.officers;
  add('officers.concluded', o.concluded);
  o.subsetFacts.forEach((f) => add(`officers.subsetFacts.${f.id}.asOf`, f.asOf));
  add('officers.reinvestigation.decided', o.reinvestigation.decided);
  add('officers.reinvestigation.announced', o.reinvestigation.announced);
  add('officers.reinvestigation.statusAsOf', o.reinvestigation.statusAsOf);
  dataset.recommendationSets.forEach((s) => {
    add(`recommendationSets.${s.id}.made`, s.made);
    add(`recommendationSets.${s.id}.responseDue.date`, s.responseDue?.date);
  });
  dataset.recommendations.forEach((r) => {
    add(`recommendations.${r.id}.acceptance.asOf`, r.acceptance.asOf);
    add(`recommendations.${r.id}.implementation.asOf`, r.implementation.asOf);
  });
  dataset.figures.forEach((f) => add(`figures.${f.id}.asOf`, f.asOf));
  return dates;
}

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
const duplicates = (ids: readonly string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
const start = (date: IsoDate) => parseIsoDate(date)!.start;
const end = (date: IsoDate) => parseIsoDate(date)!.end;

const o = dataset.officers;
const findingTotal = (finding: string) =>
  o.groups.filter((g) => g.finding === finding).reduce((sum, g) => sum + g.count, 0);
const scopeSize = (scope: OfficerScope) =>
  scope === 'investigated' || scope === null ? o.investigated : findingTotal(scope);

describe('dataset content', () => {
  describe('ids and references', () => {
    it('has unique ids within each section', () => {
      const sections: Record<string, readonly { id: string }[]> = {
        sources: dataset.sources,
        events: dataset.events,
        'officers.groups': o.groups,
        'officers.subsetFacts': o.subsetFacts,
        recommendationSets: dataset.recommendationSets,
        recommendations: dataset.recommendations,
        figures: dataset.figures,
        contradictions: dataset.contradictions,
      };
      const repeated = Object.entries(sections).flatMap(([name, records]) =>
        duplicates(records.map((r) => r.id)).map((id) => `${name}: ${id}`),
      );
      expect(repeated).to.deep.equal([]);
    });

    it('uses stable kebab-case ids', () => {
      const ids = [
        ...dataset.sources,
        ...dataset.events,
        ...o.groups,
        ...o.subsetFacts,
        ...dataset.recommendationSets,
        ...dataset.recommendations,
        ...dataset.figures,
        ...dataset.contradictions,
      ].map((r) => r.id);
      expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).to.deep.equal([]);
    });

    it('cites only sources that exist', () => {
      const ids = new Set(dataset.sources.map((s) => s.id));
      const missing = allCitations()
        .filter(({ citation }) => !ids.has(citation.source))
        .map(({ path, citation }) => `${path}: ${citation.source}`);
      expect(missing).to.deep.equal([]);
    });

    it('cites every source it lists', () => {
      const cited = new Set(allCitations().map(({ citation }) => citation.source));
      expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).to.deep.equal([]);
    });

    it('keeps seed articles s000 to s003 as sources', () => {
      const ids = dataset.sources.map((s) => s.id);
      expect(ids).to.include.members(['s000', 's001', 's002', 's003']);
    });

    it('names a publisher for every source, and a copy as a copy', () => {
      // A source line that is only a title reads as if the graphic wrote it; "Wikinews-style"
      // is not a publisher. A site that copies an article is named as holding a copy.
      const unnamed = dataset.sources.filter((s) => !s.publisher?.trim()).map((s) => s.id);
      expect(unnamed).to.deep.equal([]);
      const vague = dataset.sources.filter((s) => /wikinews/i.test(s.publisher ?? '')).map((s) => s.id);
      expect(vague).to.deep.equal([]);
      const byId = new Map(dataset.sources.map((s) => [s.id, s.publisher]));
      expect(byId.get('s000')).to.match(/\(copy on yellowad\.co\.uk\)/);
      expect(byId.get('s001')).to.match(/^Yahoo News UK \(copy;/);
    });

    it('never passes a description off as a headline: a described title says it is one', () => {
      // The graphics print every title in quotation marks (publisher, “title”).
      const described = /^(Report|Coverage|Page|Extract|Explainer|Live page|Statement|Interview|Preview)\b/;
      const unmarked = dataset.sources
        .filter(
          (s) =>
            described.test(s.title) && !/\((headlines?|title) not recorded\)$|recorded only in part\)$/.test(s.title),
        )
        .map((s) => `${s.id}: ${s.title}`);
      expect(unmarked).to.deep.equal([]);
    });

    it('links every source over http(s) only', () => {
      const bad = dataset.sources
        .filter((s) => s.url !== undefined)
        .filter((s) => {
          try {
            return !['http:', 'https:'].includes(new URL(s.url!).protocol);
          } catch {
            return true;
          }
        })
        .map((s) => `${s.id}: ${s.url}`);
      expect(bad).to.deep.equal([]);
    });

    it('explains every source without a date', () => {
      const unexplained = dataset.sources.filter((s) => s.date === null && !s.dateNote?.trim()).map((s) => s.id);
      expect(unexplained).to.deep.equal([]);
    });
  });

  describe('citations', () => {
    it('gives every record at least one citation', () => {
      const bare: string[] = [];
      const check = (path: string, list: readonly Citation[] | undefined) => {
        if (!list || list.length === 0) bare.push(path);
      };
      dataset.events.forEach((e) => check(`events.${e.id}`, e.citations));
      check('officers', o.citations);
      o.groups.forEach((g) => {
        check(`officers.groups.${g.id}`, g.citations);
        g.extras.forEach((x, i) => check(`officers.groups.${g.id}.extras[${i}]`, x.citations));
      });
      o.subsetFacts.forEach((f) => check(`officers.subsetFacts.${f.id}`, f.citations));
      check('officers.reinvestigation', o.reinvestigation.citations);
      dataset.recommendationSets.forEach((s) => {
        check(`recommendationSets.${s.id}`, s.citations);
        if (s.responseDue) check(`recommendationSets.${s.id}.responseDue`, s.responseDue.citations);
      });
      dataset.recommendations.forEach((r) => {
        check(`recommendations.${r.id}`, r.citations);
        check(`recommendations.${r.id}.acceptance`, r.acceptance.citations);
        check(`recommendations.${r.id}.implementation`, r.implementation.citations);
      });
      dataset.figures.forEach((f) => check(`figures.${f.id}`, f.citations));
      dataset.contradictions.forEach((c) =>
        c.versions.forEach((v, i) => check(`contradictions.${c.id}.versions[${i}]`, v.citations)),
      );
      expect(bare).to.deep.equal([]);
    });

    it('keeps every quote non-empty and at most 40 words', () => {
      const bad = allCitations()
        .filter(({ citation }) => citation.quote.trim() === '' || words(citation.quote) > 40)
        .map(({ path, citation }) => `${path}: ${words(citation.quote)} words`);
      expect(bad).to.deep.equal([]);
    });

    it('says who spoke wherever a quote is in someone’s own words, not the source’s', () => {
      // First person outside any quotation inside the quote: "we", "I", "our"… A body's
      // own statement (official or court) is its own voice.
      const kinds = new Map(dataset.sources.map((s) => [s.id, s.kind]));
      const unattributed = allCitations()
        .filter(({ citation }) => !['official', 'court'].includes(kinds.get(citation.source) ?? ''))
        .filter(({ citation }) => {
          const outside = citation.quote.replace(/“[^”]*”|"[^"]*"|‘[^’]*’|'[^']*'(?!\w)/g, ' ');
          return /\b(I|we|We|our|Our|my|My|us)\b/.test(outside);
        })
        .filter(({ citation }) => !citation.saidBy?.trim())
        .map(({ path, citation }) => `${path}: ${citation.quote.slice(0, 60)}`);
      expect(unattributed).to.deep.equal([]);
    });

    it('marks cuts with "…" only, never "..."', () => {
      const bad = allCitations()
        .filter(({ citation }) => citation.quote.includes('...'))
        .map(({ path }) => path);
      expect(bad).to.deep.equal([]);
    });
  });

  describe('dates', () => {
    it('writes every date as YYYY, YYYY-MM or YYYY-MM-DD and makes it a real date', () => {
      const bad = allDates()
        .filter(({ date }) => parseIsoDate(date) === null)
        .map(({ path, date }) => `${path}: ${date}`);
      expect(bad).to.deep.equal([]);
    });

    it('ends every span after it starts', () => {
      const bad = dataset.events
        .filter((e) => e.end !== undefined && end(e.end) <= start(e.date))
        .map((e) => `${e.id}: ${e.date} to ${e.end}`);
      expect(bad).to.deep.equal([]);
    });

    it('dates nothing after the dataset was last checked', () => {
      const last = end(dataset.updated);
      const late = allDates()
        .filter(({ date }) => start(date) > last)
        .map(({ path, date }) => `${path}: ${date}`);
      expect(late).to.deep.equal([]);
    });

    it('keeps dates the sources give only to the month at month precision', () => {
      const byId = new Map(dataset.events.map((e) => [e.id, e]));
      expect(byId.get('iopc-investigation')?.date).to.equal('2015-10');
      expect(byId.get('iopc-investigation')?.end).to.equal('2018-08');
      // The failure to link the deaths: from the second death (August 2014) to the month they
      // were linked (October 2015), not the span of the deaths themselves.
      expect(byId.get('deaths-not-linked')?.date).to.equal('2014-08');
      expect(byId.get('deaths-not-linked')?.end).to.equal('2015-10');
      expect(byId.get('deaths-not-linked')?.approximate).to.equal(true);
      expect(o.concluded).to.equal('2018-08');
    });

    it('explains every approximate date in a note', () => {
      const unexplained = dataset.events.filter((e) => e.approximate && !e.note?.trim()).map((e) => e.id);
      expect(unexplained).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('has roughly 30 to 60 events with short titles', () => {
      expect(dataset.events.length).to.be.within(30, 60);
      const long = dataset.events.filter((e) => e.title.length > 60).map((e) => `${e.id}: ${e.title.length}`);
      expect(long).to.deep.equal([]);
    });

    it('has exactly four deaths, each with a victim, an age and a day', () => {
      // Four men died: nothing else is a death event (a span of "the murders" made the Death count five).
      const deaths = dataset.events.filter((e) => e.category === 'death');
      expect(deaths).to.have.length(4);
      const incomplete = deaths
        .filter(
          (e) =>
            !e.victim?.name.trim() ||
            !Number.isInteger(e.victim.age) ||
            e.victim.age <= 0 ||
            !e.victim.place.trim() ||
            parseIsoDate(e.date)?.precision !== 'day',
        )
        .map((e) => e.id);
      expect(incomplete).to.deep.equal([]);
    });

    it('gives the victims’ names, ages and the days they were found as the sources do', () => {
      const found = dataset.events
        .filter((e) => e.category === 'death' && e.end === undefined)
        .map((e) => `${e.victim?.name}, ${e.victim?.age}, ${e.date}`)
        .sort();
      expect(found).to.deep.equal([
        'Anthony Walgate, 23, 2014-06-19',
        'Daniel Whitworth, 21, 2014-09-20',
        'Gabriel Kovari, 22, 2014-08-28',
        'Jack Taylor, 25, 2015-09-14',
      ]);
    });

    it('has no span in the death category', () => {
      expect(
        dataset.events.filter((e) => e.category === 'death' && e.end !== undefined).map((e) => e.id),
      ).to.deep.equal([]);
    });

    it('files what a family says it raised as a family concern, as their account, never as a police failure', () => {
      const family = dataset.events.filter((e) => e.category === 'family');
      expect(family.map((e) => e.id)).to.have.members([
        'walgate-family-concerns',
        'kovari-family-concerns',
        'whitworth-family-concerns',
        'taylor-family-concerns',
      ]);
      const unmarked = family.filter((e) => !/not a finding/.test(e.note ?? '')).map((e) => e.id);
      expect(unmarked).to.deep.equal([]);
      const failures = dataset.events
        .filter(
          (e) => e.category === 'police-failure' && /\b(allegation, not|their account|contested)\b/i.test(e.note ?? ''),
        )
        .map((e) => e.id);
      expect(failures).to.deep.equal([]);
    });

    it('says what every police failure rests on, and files none the sources do not call one', () => {
      // A note says whose evidence or finding it is (inquest evidence, a coroner, a jury…).
      const bare = dataset.events.filter((e) => e.category === 'police-failure' && !e.note?.trim()).map((e) => e.id);
      expect(bare).to.deep.equal([]);
      // The prosecutor's evidence does not say who failed to pass the information on.
      const prosecutor = dataset.events.find((e) => e.id === 'walgate-prosecutor-not-told')!;
      expect(prosecutor.category).to.equal('justice');
      expect(prosecutor.note).to.match(/does not say who/);
      // The handwriting event: the coroner's concern first, not the comment article.
      const note = dataset.events.find((e) => e.id === 'whitworth-note-not-examined')!;
      expect(note.citations[0]!.source).to.equal('londonworld-pfd');
      expect(note.description).to.match(/Deborah Orr wrote/);
    });

    it('gives every event a short title of at most 28 characters, never cut', () => {
      const bad = dataset.events
        .filter((e) => !e.shortTitle?.trim() || e.shortTitle.length > 28 || /…|\.\.\.$/.test(e.shortTitle))
        .map((e) => `${e.id}: ${JSON.stringify(e.shortTitle)}`);
      expect(bad).to.deep.equal([]);
    });

    it('marks 8 to 12 key events: the four deaths and the main findings', () => {
      const keys = dataset.events.filter((e) => e.key).map((e) => e.id);
      expect(keys.length).to.be.within(8, 12);
      expect(keys).to.include.members([
        'death-anthony-walgate',
        'death-gabriel-kovari',
        'death-daniel-whitworth',
        'death-jack-taylor',
        'port-convicted',
        'iopc-no-discipline',
        'inquest-conclusions',
        'coroner-pfd-report',
        'hmicfrs-report',
        'iopc-reinvestigation-decided',
      ]);
    });

    it('names the timeline’s focus span: the killings and the investigation, June 2014 to October 2015', () => {
      expect(dataset.focus).to.deep.include({ from: '2014-06', to: '2015-10' });
      expect(dataset.focus?.label.trim()).to.have.length.above(0);
    });

    it('gives a victim only to death events', () => {
      expect(dataset.events.filter((e) => e.victim && e.category !== 'death').map((e) => e.id)).to.deep.equal([]);
    });

    it('includes the key events of the case', () => {
      const ids = dataset.events.map((e) => e.id);
      expect(ids).to.include.members([
        'deaths-not-linked',
        'port-arrested-2012',
        'walgate-second-interview',
        'port-arrested',
        'port-convicted',
        'port-sentenced',
        'iopc-investigation',
        'iopc-no-discipline',
        'inquests',
        'inquest-conclusions',
        'coroner-pfd-report',
        'met-npcc-response',
        'iopc-reinvestigation-decided',
        'iopc-gross-misconduct-notices',
        'civil-claims-settled',
        'casey-review',
        'hmicfrs-report',
        'hmicfrs-homophobia',
        'iopc-considers-reopening',
      ]);
    });

    it('dates the key events as the sources do', () => {
      const dates = Object.fromEntries(dataset.events.map((e) => [e.id, [e.date, e.end ?? null]]));
      expect(dates['port-arrested']).to.deep.equal(['2015-10-15', null]);
      expect(dates['inquests']).to.deep.equal(['2021-10-05', '2021-12-10']);
      expect(dates['met-npcc-response']).to.deep.equal(['2022-04-19', null]);
      expect(dates['iopc-reinvestigation-decided']).to.deep.equal(['2022-06-23', null]);
      expect(dates['iopc-gross-misconduct-notices']).to.deep.equal(['2023-11-16', null]);
      expect(dates['casey-review']).to.deep.equal(['2023-03-21', null]);
      // Reported only as "on Monday" in an undated article: the month, not a day.
      expect(dates['civil-claims-settled']).to.deep.equal(['2022-08', null]);
      expect(dates['hmicfrs-report']).to.deep.equal(['2023-04-27', null]);
    });
  });

  describe('reading order', () => {
    const order = orderEvents(dataset.events).map((e) => e.id);
    const at = (id: string) => order.indexOf(id);

    it('reads the events of 2012 to 2015 in the order they happened', () => {
      expect(order.slice(0, order.indexOf('iopc-investigation') + 1)).to.deep.equal([
        'port-arrested-2012',
        'death-anthony-walgate',
        'walgate-death-classed-unexplained',
        'walgate-allegation-not-passed-on',
        'walgate-concern-email',
        'walgate-second-interview',
        'walgate-murder-team-declined',
        'walgate-checks-not-made',
        'walgate-laptop-not-examined',
        'walgate-prosecutor-not-told',
        'walgate-family-concerns',
        'death-gabriel-kovari',
        'deaths-not-linked',
        'kovari-classed-not-suspicious',
        'kovari-leads-not-followed',
        'kovari-family-not-informed',
        'kovari-family-concerns',
        'death-daniel-whitworth',
        'whitworth-classed-not-suspicious',
        'whitworth-evidence-not-examined',
        'whitworth-note-not-examined',
        'whitworth-family-concerns',
        'port-jailed-perverting-justice',
        'original-inquests-open-conclusions',
        'death-jack-taylor',
        'taylor-death-not-suspicious',
        'taylor-family-concerns',
        'deaths-linked',
        'port-arrested',
        'port-charged',
        'iopc-investigation',
      ]);
    });

    it('reads no failure to link the deaths before there were two deaths', () => {
      expect(at('deaths-not-linked')).to.equal(at('death-gabriel-kovari') + 1);
    });

    it('reads the jury’s conclusions of 10 December 2021 before the reactions to them', () => {
      const day = order.filter((id) => dataset.events.find((e) => e.id === id)!.date === '2021-12-10');
      expect(day).to.deep.equal(['inquest-conclusions', 'iopc-considers-reopening', 'mps-letter']);
    });

    it('puts every death before what followed it', () => {
      const follows: Record<string, string> = {
        walgate: 'death-anthony-walgate',
        kovari: 'death-gabriel-kovari',
        whitworth: 'death-daniel-whitworth',
        taylor: 'death-jack-taylor',
      };
      const early = dataset.events
        .filter((e) => e.category === 'police-failure' || e.category === 'family')
        .flatMap((e) => {
          const death = Object.entries(follows).find(([name]) => e.id.startsWith(`${name}-`))?.[1];
          return death && at(e.id) < at(death) ? [`${e.id} before ${death}`] : [];
        });
      expect(early).to.deep.equal([]);
    });

    it('reads a date known only to the month after the events dated to a day in that month', () => {
      const day = (id: string) => dataset.events.find((e) => e.id === id)!.date;
      const early = dataset.events
        .filter((e) => parseIsoDate(e.date)?.precision === 'month' && !e.after)
        .flatMap((e) =>
          dataset.events
            .filter((d) => d.date.length === 10 && d.date.startsWith(e.date) && at(d.id) > at(e.id))
            .map((d) => `${e.id} (${e.date}) before ${d.id} (${day(d.id)})`),
        );
      expect(early).to.deep.equal([]);
    });

    it('reads an event with `after` directly after the event it names, or after one placed there before it', () => {
      const misplaced = dataset.events
        .filter((e) => e.after)
        .filter((e) => {
          let i = at(e.id) - 1;
          while (i >= 0 && dataset.events.find((d) => d.id === order[i])?.after === e.after) i--;
          return order[i] !== e.after;
        })
        .map((e) => `${e.id} after ${e.after}`);
      expect(misplaced).to.deep.equal([]);
    });
  });

  describe('officers', () => {
    it('has group counts that add up to the officers investigated (7 + 2 + 8 = 17)', () => {
      expect(o.investigated).to.equal(17);
      expect(o.groups.map((g) => g.count)).to.deep.equal([7, 2, 8]);
      expect(o.groups.reduce((sum, g) => sum + g.count, 0)).to.equal(o.investigated);
    });

    it('finds performance failings for 9 officers and no case to answer for 8', () => {
      expect(findingTotal('performance-failings')).to.equal(9);
      expect(findingTotal('no-case-to-answer')).to.equal(8);
    });

    it('never has more extras than officers in the group', () => {
      const over = o.groups.flatMap((g) =>
        g.extras.filter((x) => x.count > g.count || x.count < 1).map((x) => `${g.id}: ${x.count} of ${g.count}`),
      );
      expect(over).to.deep.equal([]);
    });

    it('keeps each subset fact within the size of its scope', () => {
      const over = o.subsetFacts
        .filter((f) => f.count > scopeSize(f.scope))
        .map((f) => `${f.id}: ${f.count} of ${scopeSize(f.scope)}`);
      expect(over).to.deep.equal([]);
    });

    it('shows five promotions against the nine with performance failings, explaining the scope', () => {
      const promoted = o.subsetFacts.find((f) => f.id === 'promoted');
      expect(promoted?.count).to.equal(5);
      expect(promoted?.scope).to.equal('performance-failings');
      expect(promoted?.scopeNote?.trim()).to.have.length.above(0);
      expect(promoted?.citations.map((c) => c.source)).to.include.members(['s002', 's003']);
    });

    it('records 16 no-comment interviews and no officer disciplined', () => {
      const byId = new Map(o.subsetFacts.map((f) => [f.id, f]));
      expect(byId.get('no-comment-interviews')?.count).to.equal(16);
      expect(byId.get('no-comment-interviews')?.scope).to.equal('investigated');
      expect(byId.get('disciplined')?.count).to.equal(0);
      // Dated by the first citation's report (Police Oracle, December 2021), not a later article's "at the time".
      expect(byId.get('disciplined')?.asOf).to.equal('2021-12');
      expect(byId.get('disciplined')?.citations[0]!.source).to.equal('s002');
    });

    it('adds up the re-investigation and reports no outcome it does not have', () => {
      const r = o.reinvestigation;
      // No source splits the eight into serving and former: the IOPC did so for the five from
      // the original investigation only, which the note gives.
      expect([r.serving, r.former]).to.deep.equal([null, null]);
      expect(r.note).to.include('three are still serving and two are former officers');
      expect(r.fromOriginal).to.be.at.most(r.officers);
      expect(start(r.decided)).to.be.below(start(r.announced));
      expect(start(r.statusAsOf)).to.be.at.least(start(r.announced));
      if (r.status !== 'concluded') expect(r.outcome).to.equal(null);
      else expect(r.outcome?.trim()).to.have.length.above(0);
      expect(r.note?.trim()).to.have.length.above(0);
    });
  });

  describe('recommendations', () => {
    it('has as many recommendations in each set as the set counts', () => {
      const mismatched = dataset.recommendationSets
        .map((s) => ({
          id: s.id,
          count: s.count,
          actual: dataset.recommendations.filter((r) => r.set === s.id).length,
        }))
        .filter((s) => s.count !== s.actual)
        .map((s) => `${s.id}: counts ${s.count}, has ${s.actual}`);
      expect(mismatched).to.deep.equal([]);
    });

    it('puts every recommendation in a set that exists', () => {
      const sets = new Set(dataset.recommendationSets.map((s) => s.id));
      expect(dataset.recommendations.filter((r) => !sets.has(r.set)).map((r) => r.id)).to.deep.equal([]);
    });

    it('has the three sets with the counts the sources give', () => {
      const counts = Object.fromEntries(dataset.recommendationSets.map((s) => [s.id, s.count]));
      expect(counts).to.deep.include({ 'hmicfrs-2023': 20, 'iopc-learning': 18, 'coroner-pfd-2022': 5 });
    });

    it('invents no text: every text is grounded in one of its own quotes', () => {
      const core = (text: string) =>
        text
          .split(':')[0]!
          .trim()
          .replace(/^the\s+/i, '')
          .replace(/\.$/, '')
          .toLowerCase();
      const ungrounded = dataset.recommendations
        .filter((r) => r.text !== null)
        .filter((r) => !r.citations.some((c) => c.quote.toLowerCase().includes(core(r.text!))))
        .map((r) => r.id);
      expect(ungrounded).to.deep.equal([]);
    });

    it('gives no number to recommendations whose texts are unpublished', () => {
      const unpublished = new Set(dataset.recommendationSets.filter((s) => !s.textsPublished).map((s) => s.id));
      const numbered = dataset.recommendations
        .filter((r) => unpublished.has(r.set) && r.number !== null)
        .map((r) => r.id);
      expect(numbered).to.deep.equal([]);
    });

    it('records all 18 IOPC recommendations as accepted', () => {
      const iopc = dataset.recommendations.filter((r) => r.set === 'iopc-learning');
      expect(iopc.map((r) => r.acceptance.value)).to.deep.equal(new Array(18).fill('accepted'));
    });

    it('calls the coroner’s five matters of concern concerns, not recommendations', () => {
      const kinds = Object.fromEntries(dataset.recommendationSets.map((s) => [s.id, s.kind ?? 'recommendations']));
      expect(kinds).to.deep.equal({
        'hmicfrs-2023': 'recommendations',
        'iopc-learning': 'recommendations',
        'coroner-pfd-2022': 'concerns',
      });
    });

    it('tells "not published by the body" from "not in the sources consulted", with a quote for each', () => {
      const missing = Object.fromEntries(
        dataset.recommendationSets.filter((s) => !s.textsPublished).map((s) => [s.id, s.textsMissing?.reason ?? null]),
      );
      expect(missing).to.deep.equal({
        'hmicfrs-2023': 'not-in-sources',
        'iopc-learning': 'not-published',
        'coroner-pfd-2022': 'not-in-sources',
      });
    });

    it('records no acceptance or progress that no source states', () => {
      // The coroner's categorisation concern: the Met responded with new categories, but no
      // source quotes an acceptance, and the only word on progress is an FOI requester's.
      const cat = dataset.recommendations.find((r) => r.id === 'coroner-pfd-2022-categorisation')!;
      expect([cat.acceptance.value, cat.implementation.value]).to.deep.equal(['unknown', 'unknown']);
      const claimed = dataset.recommendations
        .flatMap((r) => [r.acceptance, r.implementation].map((st) => [r.id, st] as const))
        .filter(([, st]) => st.value !== 'unknown' && st.citations[0]?.saidBy?.match(/request/i))
        .map(([id]) => id);
      expect(claimed).to.deep.equal([]);
    });

    it('gives the five coroner concerns their text', () => {
      const coroner = dataset.recommendations.filter((r) => r.set === 'coroner-pfd-2022');
      expect(coroner.filter((r) => !r.text?.trim()).map((r) => r.id)).to.deep.equal([]);
    });

    it('explains every unknown or claimed status in a note, and dates every claim', () => {
      const bad = dataset.recommendations.flatMap((r) => {
        const problems: string[] = [];
        for (const [name, status] of [
          ['acceptance', r.acceptance],
          ['implementation', r.implementation],
        ] as const) {
          if (status.value === 'unknown' && !status.note?.trim())
            problems.push(`${r.id}.${name}: unknown without a note`);
        }
        const impl = r.implementation.value;
        if (
          (impl === 'claimed-complete' || impl === 'verified-complete' || impl === 'in-progress') &&
          !r.implementation.asOf
        ) {
          problems.push(`${r.id}.implementation: ${impl} without asOf`);
        }
        return problems;
      });
      expect(bad).to.deep.equal([]);
    });
  });

  describe('figures and contradictions', () => {
    it('has the figures the graphics use', () => {
      const values = Object.fromEntries(dataset.figures.map((f) => [f.id, f.value]));
      expect(values).to.deep.include({
        'trained-sios-2015': 40,
        'trained-sios-2021': 135,
        'lgbt-advisory-officers-barking': 6,
        'mps-letter-signatories': 18,
        'death-reports-2022': 10978,
        'death-reports-investigated-2022': 9481,
      });
    });

    it('gives every contradiction at least two versions, the one used and why', () => {
      const bad = dataset.contradictions
        .filter((c) => c.versions.length < 2 || !c.used.trim() || !c.why.trim())
        .map((c) => c.id);
      expect(bad).to.deep.equal([]);
    });

    it('records the disagreements the graphics depend on', () => {
      expect(dataset.contradictions.map((c) => c.id)).to.include.members([
        'killing-period-length',
        'hmicfrs-recommendation-count',
        'officers-investigated-count',
        'inquest-start',
        'conviction-year',
        'port-caught-date',
        'walgate-time-of-death',
      ]);
    });
  });
});
