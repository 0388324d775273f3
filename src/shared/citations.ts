/**
 * How every graphic names and lists its sources, so the source line, the "Source: …"
 * beside a fact and the table's quote column agree across elements.
 */
import { formatDate, parseIsoDate } from '../data/dates.js';
import type { Citation, Source } from '../data/types.js';
import { strings } from './strings.js';

/** The name a reader knows a source by: its publisher, or its title when none is named. */
export function sourceName(source: Source): string {
  return source.publisher ?? source.title;
}

/**
 * A source's title as a reader sees it: a headline in quotation marks, as published; a
 * description the data wrote where no headline is recorded (data/README: it ends "(headline
 * not recorded)" or "(title not recorded)") without them, so it never passes for a headline.
 */
export function sourceTitle(source: Source): string {
  return /(not recorded|recorded only in part)\)$/.test(source.title) ? source.title : `“${source.title}”`;
}

/** "Publisher, “Headline”", or the title alone when no publisher is named. */
export function sourceLabel(source: Source): string {
  return source.publisher ? `${source.publisher}, ${sourceTitle(source)}` : sourceTitle(source);
}

/** The sources these citations point at, in the dataset's order, each once. */
export function sourcesCitedBy(sources: readonly Source[], citations: Iterable<Citation>): Source[] {
  const ids = new Set<string>();
  for (const c of citations) ids.add(c.source);
  return sources.filter((s) => ids.has(s.id));
}

/**
 * The line that dates a graphic's data: the latest publication date among the sources it
 * shows, to the month ("Data as of November 2023, …"); null when none is dated.
 */
export function asOfNote(sources: readonly Source[]): string | null {
  let latest: { start: number; text: string } | null = null;
  for (const s of sources) {
    const date = s.date ? parseIsoDate(s.date) : null;
    if (date && (!latest || date.start > latest.start))
      latest = {
        start: date.start,
        text: formatDate(date.precision === 'day' ? { ...date, precision: 'month' } : date),
      };
  }
  return latest ? strings.asOf(latest.text) : null;
}

/** "— Graham Beesley, IOPC regional director" after a quote in someone's own words; empty otherwise. */
export function saidByText(citation: Citation): string {
  return citation.saidBy ? strings.saidBy(citation.saidBy) : '';
}

/** The names of the sources these citations come from, each once ("LBC", "Police Oracle"). */
export function citedNames(citations: readonly Citation[], sources: readonly Source[]): string[] {
  const names = citations.map((c) => {
    const source = sources.find((s) => s.id === c.source);
    return source ? sourceName(source) : c.source;
  });
  return [...new Set(names)];
}
