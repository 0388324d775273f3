/**
 * The words <officer-outcomes> computes from the data: headline figures, the
 * summary sentence, fact statements and each unit's accessible name. Pure, so
 * that the sentences are tested exactly and never typed into a template.
 */
import { formatDate } from '../data/dates.js';
import { saidByText, sourceName, sourcesCitedBy } from '../shared/citations.js';
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
  if (promoted)
    figures.push({
      key: 'promoted',
      value: promoted.count,
      label: t.headline.promoted(promoted.scope === 'investigated' ? null : scopeSize(officers, promoted)),
    });
  if (officers.reinvestigation.officers > 0)
    figures.push({
      key: 'reinvestigated',
      value: officers.reinvestigation.officers,
      label: t.headline.reinvestigated(monthOf(officers.reinvestigation.statusAsOf)),
    });
  return figures;
}

export function statusText(officers: OfficerInvestigation): string {
  const r = officers.reinvestigation;
  if (r.status === 'open') return t.status.open(formatDate(r.statusAsOf));
  if (r.status === 'concluded') return t.status.concluded(r.outcome);
  return t.status.unknown(formatDate(r.statusAsOf));
}

/** "December 2021" for a date at any precision finer than a year. */
function monthOf(date: string): string {
  return formatDate(date.length > 7 ? date.slice(0, 7) : date);
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

/** "“quote” — who said it (Publisher)" for the table's quote column. */
export function quoteText(citations: readonly Citation[], sources: readonly Source[]): string {
  return citations
    .map((c) => {
      const source = sources.find((s) => s.id === c.source);
      const name = source ? sourceName(source) : c.source;
      return `“${c.quote}”${c.saidBy ? ` ${saidByText(c)}` : ''} (${name})`;
    })
    .join(' ');
}
