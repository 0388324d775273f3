/**
 * The words <officer-outcomes> computes from the data for its first render: the summary
 * sentence, the facts as drawn, the footnotes and each officer's accessible name (the
 * readout's, the table's and the folded notes' come with the interaction code:
 * officer-outcomes.interaction.ts). Pure, so that the sentences are tested exactly and never
 * typed into a template.
 */
import { formatDate } from '../data/dates.js';
import { sourceName, sourcesCitedBy } from '../shared/citations.js';
import type { Citation, OfficerFinding, OfficerInvestigation, OfficerSubsetFact, Source } from '../data/types.js';
import { locateUnit, type OfficerOutcomesLayout, type UnitMark } from './officer-outcomes.layout.js';
import { officerOutcomesStrings as t } from './officer-outcomes.strings.js';

export function findFact(officers: OfficerInvestigation, id: string): OfficerSubsetFact | undefined {
  return officers.subsetFacts.find((f) => f.id === id);
}

export function countByFinding(officers: OfficerInvestigation, finding: string): number {
  return officers.groups.filter((g) => g.finding === finding).reduce((sum, g) => sum + g.count, 0);
}

/** How many officers a fact is out of; null when its source does not say. */
export function scopeSize(officers: OfficerInvestigation, fact: OfficerSubsetFact): number | null {
  if (fact.scope === null) return null;
  if (fact.scope === 'investigated') return officers.investigated;
  return countByFinding(officers, fact.scope);
}

/** "December 2021" for a date at any precision finer than a year. */
export function monthOf(date: string): string {
  return formatDate(date.length > 7 ? date.slice(0, 7) : date);
}

/** ", as of December 2021", or '' for a fact with no date. */
function asOfText(fact: OfficerSubsetFact): string {
  return fact.asOf ? t.asOf(monthOf(fact.asOf)) : '';
}

/** "16 of the 17 gave “no comment” interviews, as of August 2018.": a fact as a sentence, for the table and the list. */
export function factText(officers: OfficerInvestigation, fact: OfficerSubsetFact): string {
  const phrase = t.factPhrase[fact.id]?.(fact.count) ?? fact.label;
  const size = scopeSize(officers, fact);
  const asOf = asOfText(fact);
  if (size === null) return t.factUnscoped(fact.count, phrase, asOf);
  return fact.scope === 'investigated'
    ? t.factOfAll(fact.count, size, phrase, asOf)
    : t.factOfThese(fact.count, size, phrase, asOf);
}

/**
 * Where each fact goes. A count of none is drawn as an empty track (`none`: "Disciplined:
 * none of the 17"); a count out of one finding goes over that finding's officers, under a
 * bracket (`over`, "5 of these 9 had since been promoted…; which 5 is not known"); the
 * rest are listed under the chart (`more`).
 */
export interface PlacedFacts {
  over: Map<OfficerFinding, OfficerSubsetFact[]>;
  none: OfficerSubsetFact[];
  more: OfficerSubsetFact[];
}

export function placeFacts(officers: OfficerInvestigation): PlacedFacts {
  const placed: PlacedFacts = { over: new Map(), none: [], more: [] };
  for (const f of officers.subsetFacts) {
    if (f.count === 0) placed.none.push(f);
    else if (f.scope === 'investigated' || f.scope === null) placed.more.push(f);
    else placed.over.set(f.scope, [...(placed.over.get(f.scope) ?? []), f]);
  }
  return placed;
}

/** A count of none as its track says it after its 0: "of 17 disciplined, as of December 2021". */
export function noneText(officers: OfficerInvestigation, fact: OfficerSubsetFact): string {
  return t.none(fact.label, scopeSize(officers, fact), asOfText(fact));
}

const SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹';

/** The mark of footnote `i` (0-based): ¹ ² ³ …, then [10], [11]… */
export function noteMark(i: number): string {
  return SUPERSCRIPTS[i] ?? `[${i + 1}]`;
}

/**
 * The footnotes: the sourcing notes of the facts drawn, in the order drawn, each led by its
 * mark; and the mark each fact carries in the chart. (The re-investigation's note is folded
 * under its status instead: the status line already says what is not known.)
 */
export function footnotes(placed: PlacedFacts): { notes: string[]; marks: Map<string, string> } {
  const notes: string[] = [];
  const marks = new Map<string, string>();
  // A note is there when it is given, even empty: the bundled officers' notes are empty strings
  // until they arrive (src/data/officer-details.ts), and the marks must not change then.
  const add = (key: string, note: string | undefined) => {
    if (note === undefined) return;
    const mark = noteMark(notes.length);
    marks.set(key, mark);
    notes.push(`${mark} ${note}`);
  };
  for (const facts of placed.over.values()) for (const f of facts) add(f.id, f.scopeNote);
  for (const f of placed.none) add(f.id, f.scopeNote);
  return { notes, marks };
}

export function statusText(officers: OfficerInvestigation): string {
  const r = officers.reinvestigation;
  if (r.status === 'open') return t.status.open(formatDate(r.statusAsOf));
  if (r.status === 'concluded') return t.status.concluded(r.outcome);
  return t.status.unknown(formatDate(r.statusAsOf));
}

/**
 * The graphic's entry point: the findings; what had happened to the officers since, with the
 * date and, for the promotions, the scope and the source in the sentence itself; then the
 * re-investigation with both its dates. `sources` names the source of the promotions.
 */
export function summarySentence(officers: OfficerInvestigation, sources: readonly Source[] = []): string {
  const s = t.summary;
  const sentences = [
    s.lead(
      officers.investigated,
      countByFinding(officers, 'performance-failings'),
      countByFinding(officers, 'no-case-to-answer'),
    ),
  ];
  const parts: { text: string; asOf: string | null }[] = [];
  const disciplined = findFact(officers, 'disciplined');
  if (disciplined) {
    // A count whose scope the source does not give is not pinned on "the 17".
    const of = scopeSize(officers, disciplined);
    parts.push({
      text: disciplined.count === 0 ? s.noneDisciplined : s.disciplined(disciplined.count, of),
      asOf: disciplined.asOf,
    });
  }
  const promoted = findFact(officers, 'promoted');
  if (promoted) {
    const cited = sources.find((src) => src.id === promoted.citations[0]?.source);
    const source = cited ? sourceName(cited) : 'one source';
    const scope = promoted.scope === null ? '' : (s.promotedScope[promoted.scope] ?? '');
    parts.push({ text: s.promoted(promoted.count, scopeSize(officers, promoted), scope, source), asOf: promoted.asOf });
  }
  if (parts.length) {
    const months = new Set(parts.map((p) => (p.asOf ? monthOf(p.asOf) : null)));
    const shared = months.size === 1 ? [...months][0]! : null;
    const texts = parts.map((p) => (shared || !p.asOf ? p.text : `${p.text}${s.asOf(monthOf(p.asOf))}`));
    const joined = texts.length === 2 ? `${texts[0]}, and ${texts[1]}` : texts[0]!;
    sentences.push(shared ? `${s.by(shared)}${joined}.` : `${joined.charAt(0).toUpperCase()}${joined.slice(1)}.`);
  }
  const r = officers.reinvestigation;
  if (r.officers > 0) {
    const status =
      r.status === 'open'
        ? s.open(monthOf(r.statusAsOf))
        : r.status === 'concluded'
          ? s.concluded(r.outcome)
          : s.unknown;
    sentences.push(
      `${s.reinvestigation(formatDate(r.decided), formatDate(r.announced), r.officers, r.fromOriginal, officers.investigated)}${status}`,
    );
  }
  return sentences.join(' ');
}

/** What a screen reader is told of one officer, the active option of its list box. */
export interface UnitName {
  /** "Performance failings, management feedback" (screen readers add "3 of 17" from `position`). */
  name: string;
  /** 1-based place in its step, and the step's size. */
  position: number;
  of: number;
}

/** A re-investigation group's label: "among the original 17", "not among the original 17". */
export function reinvestigatedLabel(officers: OfficerInvestigation, mark: UnitMark): string {
  return mark === 'from-original' ? t.fromOriginal(officers.investigated) : t.notFromOriginal(officers.investigated);
}

/**
 * Officer `index` of a step (0 the original investigation, 1 the re-investigation): its name
 * and place. (What the readout says of it comes with the interaction code: readoutText.)
 */
export function unitName(
  officers: OfficerInvestigation,
  layout: OfficerOutcomesLayout,
  step: 0 | 1,
  index: number,
): UnitName | null {
  const steps = [layout.original, layout.reinvestigation];
  const at = locateUnit(steps[step]!, index);
  if (!at) return null;
  const data = at.group.group;
  return {
    name: data
      ? t.officer(t.finding[data.finding], t.outcome[data.outcome])
      : t.reinvestigated(reinvestigatedLabel(officers, at.group.mark)),
    position: index + 1,
    of: steps[step]!.total,
  };
}

/** Every citation in the officers section, for the source line. */
export function officerCitations(officers: OfficerInvestigation): Citation[] {
  return [
    ...officers.citations,
    ...officers.groups.flatMap((g) => [...g.citations, ...g.extras.flatMap((x) => x.citations)]),
    ...officers.subsetFacts.flatMap((f) => f.citations),
    ...officers.reinvestigation.citations,
  ];
}

/** The sources the officers section cites, in the dataset's order. */
export function citedSources(sources: readonly Source[], officers: OfficerInvestigation): Source[] {
  return sourcesCitedBy(sources, officerCitations(officers));
}
