/**
 * The projection of data/port-case.json that the elements bundle as their default data.
 *
 * data/port-case.json keeps every citation a record has, plus figures and the record of
 * contradictions: that file, and `port-case-viz/data`, are the full, citable dataset.
 * The graphics show fewer things, and everything they bundle is downloaded by every
 * reader of a story page (budget: 40 KB gzip for the whole script-tag file). So the
 * bundled copy keeps, per record, the first MAX_CITATIONS citations (editors list the
 * best first; data/README.md says so), drops the sections no element draws (figures,
 * contradictions), and keeps only the sources still cited. It is a valid Dataset.
 */
export const MAX_CITATIONS = 2;

export function displayDataset(full, maxCitations = MAX_CITATIONS) {
  const trimmed = JSON.parse(
    JSON.stringify(full, (key, value) =>
      key === 'citations' && Array.isArray(value) ? value.slice(0, maxCitations) : value,
    ),
  );
  const cited = new Set();
  const collect = (value) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      if (typeof value.source === 'string' && typeof value.quote === 'string') cited.add(value.source);
      Object.values(value).forEach(collect);
    }
  };
  const { sources, figures: _figures, contradictions: _contradictions, ...drawn } = trimmed;
  collect(drawn);
  return { ...drawn, sources: sources.filter((s) => cited.has(s.id)), figures: [], contradictions: [] };
}
