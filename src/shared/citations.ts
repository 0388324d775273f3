/**
 * How every graphic names and lists its sources, so the source line, the "Source: …"
 * beside a fact and the table's quote column agree across elements.
 */
import type { Citation, Source } from '../data/types.js';

/** The name a reader knows a source by: its publisher, or its title when none is named. */
export function sourceName(source: Source): string {
  return source.publisher ?? source.title;
}

/** The sources these citations point at, in the dataset's order, each once. */
export function sourcesCitedBy(sources: readonly Source[], citations: Iterable<Citation>): Source[] {
  const ids = new Set<string>();
  for (const c of citations) ids.add(c.source);
  return sources.filter((s) => ids.has(s.id));
}

/** The names of the sources these citations come from, each once ("LBC", "Police Oracle"). */
export function citedNames(citations: readonly Citation[], sources: readonly Source[]): string[] {
  const names = citations.map((c) => {
    const source = sources.find((s) => s.id === c.source);
    return source ? sourceName(source) : c.source;
  });
  return [...new Set(names)];
}
