/**
 * The words <officer-outcomes> computes from the data: headline figures, the
 * summary sentence, fact statements and each unit's accessible name. Pure, so
 * that the sentences are tested exactly and never typed into a template.
 */
import { formatDate } from '../data/dates.js';
import { sourceName, sourcesCitedBy } from '../shared/citations.js';
import type { Citation, OfficerInvestigation, OfficerSubsetFact, Source } from '../data/types.js';
import { locateUnit, type OfficerOutcomesLayout } from './officer-outcomes.layout.js';
import { officerOutcomesStrings as t } from './officer-outcomes.strings.js';

export interface HeadlineFigure {
  key: 'investigated' | 'failings' | 'disciplined' | 'promoted' | 'reinvestigated';
  value: number;
  label: string;
}

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

/** "5 of these 9: have since been promoted (as of December 2021)", written for where it is drawn. */
export function factText(officers: OfficerInvestigation, fact: OfficerSubsetFact): string {
  const phrase = t.factPhrase[fact.id]?.(fact.count) ?? fact.label;
  const size = scopeSize(officers, fact);
  const main =
    size === null
      ? t.factUnscoped(fact.count, phrase)
      : fact.scope === 'investigated'
        ? t.factOfAll(fact.count, size, phrase)
        : t.factOf(fact.count, size, phrase);
  const asOf = fact.asOf ? `, ${t.asOf(formatDate(fact.asOf))}` : '';
  return `${main}${asOf}.`;
}

/** True when a fact covers some but not all of its scope: then which officers is unknown. */
export function isPartial(officers: OfficerInvestigation, fact: OfficerSubsetFact): boolean {
  const size = scopeSize(officers, fact);
  return fact.count > 0 && (size === null || fact.count < size);
}

/** The figures a reader should take away, computed; a fact the data lacks is left out. */
export function headlineFigures(officers: OfficerInvestigation): HeadlineFigure[] {
  const figures: HeadlineFigure[] = [
    { key: 'investigated', value: officers.investigated, label: t.headline.investigated },
    { key: 'failings', value: countByFinding(officers, 'performance-failings'), label: t.headline.failings },
  ];
  const disciplined = findFact(officers, 'disciplined');
  if (disciplined) figures.push({ key: 'disciplined', value: disciplined.count, label: t.headline.disciplined });
  const promoted = findFact(officers, 'promoted');
  if (promoted) figures.push({ key: 'promoted', value: promoted.count, label: t.headline.promoted });
  if (officers.reinvestigation.officers > 0)
    figures.push({
      key: 'reinvestigated',
      value: officers.reinvestigation.officers,
      label: t.headline.reinvestigated,
    });
  return figures;
}

export function statusText(officers: OfficerInvestigation): string {
  const r = officers.reinvestigation;
  if (r.status === 'open') return t.status.open(formatDate(r.statusAsOf));
  if (r.status === 'concluded') return t.status.concluded(r.outcome);
  return t.status.unknown(formatDate(r.statusAsOf));
}

/** The one sentence (two, with the re-investigation) that is the graphic's entry point. */
export function summarySentence(officers: OfficerInvestigation): string {
  const s = t.summary;
  const parts = [
    s.lead(
      officers.investigated,
      countByFinding(officers, 'performance-failings'),
      countByFinding(officers, 'no-case-to-answer'),
    ),
  ];
  const disciplined = findFact(officers, 'disciplined');
  if (disciplined) {
    // A count whose scope the source does not give is not pinned on "the 17".
    const of = scopeSize(officers, disciplined);
    parts.push(disciplined.count === 0 ? s.noneDisciplined : s.disciplined(disciplined.count, of));
  }
  const promoted = findFact(officers, 'promoted');
  if (promoted) parts.push(s.promoted(promoted.count, scopeSize(officers, promoted)));
  let first = parts[0]!;
  if (parts.length === 2) first += `; ${parts[1]}`;
  if (parts.length === 3) first += `; ${parts[1]}, and ${parts[2]}`;
  const r = officers.reinvestigation;
  if (r.officers === 0) return `${first}.`;
  const status =
    r.status === 'open'
      ? s.open(formatDate(r.statusAsOf))
      : r.status === 'concluded'
        ? s.concluded(r.outcome)
        : s.unknown;
  return `${first}. ${s.reinvestigation(r.officers, r.fromOriginal, officers.investigated)}; ${status}.`;
}

/** "Officer 3 of 17: performance failings, management feedback" and what is known about the group. */
export function unitName(officers: OfficerInvestigation, layout: OfficerOutcomesLayout, index: number): string {
  const at = locateUnit(layout, index);
  if (!at) return '';
  const { group: g, indexInGroup } = at;
  const n = g.offsetInStep + indexInGroup + 1;
  if (g.group) {
    const data = g.group;
    const name = t.officer(n, officers.investigated, t.finding[data.finding], t.outcome[data.outcome]);
    const extras = data.extras
      .filter((x) => x.count > 0)
      .map((x) => `${t.unitExtra(x.count, data.count, x.label)}.`)
      .join(' ');
    return extras ? `${name}. ${extras}` : `${name}.`;
  }
  const r = officers.reinvestigation;
  return `${t.reinvestigated(n, r.officers, g.mark === 'from-original', officers.investigated)}. ${statusText(officers)}.`;
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

/** "“quote” (Publisher)" for the table's quote column. */
export function quoteText(citations: readonly Citation[], sources: readonly Source[]): string {
  return citations
    .map((c) => {
      const source = sources.find((s) => s.id === c.source);
      const who = source ? sourceName(source) : c.source;
      return `“${c.quote}” (${who})`;
    })
    .join(' ');
}
