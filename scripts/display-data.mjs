/**
 * The projection of data/port-case.json that the elements bundle as their default data.
 *
 * data/port-case.json keeps every citation a record has, plus figures and the record of
 * contradictions: that file, and `port-case-viz/data`, are the full, citable dataset.
 * The graphics show fewer things, and everything they bundle is downloaded by every
 * reader of a story page (within the page budgets of scripts/size.mjs). So the
 * bundled copy keeps, per record, the first MAX_CITATIONS citations (editors list the
 * best first; data/README.md says so), drops the editors' fields no graphic shows
 * (EDITOR_FIELDS), drops the sections no element draws (figures,
 * contradictions), keeps only the sources still cited, and of each source only the fields
 * a graphic shows (SOURCE_FIELDS: its name, title, date and link; not the author or the
 * editor's note on its date). It is a valid Dataset.
 *
 * One citation per record, not two: a reader opening an event or a status sees its best
 * quote and source; the second cost 3.5 KB gzip that every reader of a story downloads.
 * Every citation stays in data/port-case.json and `port-case-viz/data`.
 */
export const MAX_CITATIONS = 1;
export const SOURCE_FIELDS = ['id', 'kind', 'publisher', 'title', 'date', 'url'];
/**
 * Fields for editors and tests that no graphic shows, left out of every record: `unquoted`
 * says what a record's first quote does not carry (test/data/first-citation.test.ts).
 */
export const EDITOR_FIELDS = ['unquoted'];

const pick = (record, fields) => Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));

/** The ids of the sources cited anywhere inside `value`. */
function citedIds(value, ids = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => citedIds(v, ids));
  else if (value && typeof value === 'object') {
    if (typeof value.source === 'string' && typeof value.quote === 'string') ids.add(value.source);
    Object.values(value).forEach((v) => citedIds(v, ids));
  }
  return ids;
}

export function displayDataset(full, maxCitations = MAX_CITATIONS) {
  const trimmed = JSON.parse(
    JSON.stringify(full, (key, value) =>
      key === 'citations' && Array.isArray(value)
        ? value.slice(0, maxCitations)
        : EDITOR_FIELDS.includes(key)
          ? undefined
          : value,
    ),
  );
  const { sources, figures: _figures, contradictions: _contradictions, ...drawn } = trimmed;
  const cited = citedIds(drawn);
  return {
    ...drawn,
    sources: sources.filter((s) => cited.has(s.id)).map((s) => pick(s, SOURCE_FIELDS)),
    figures: [],
    contradictions: [],
  };
}

/**
 * Each element's slice of the projection: the sections it draws and only the sources they
 * cite (in the dataset's order). `data/port-case.json?display=events` is one slice, so a page
 * with one graphic downloads only that graphic's data: the officers' and the
 * recommendations' graphics cite 6 and 7 of the 40 sources. In the code-split script-tag
 * build each slice is its own chunk.
 */
export const SLICES = {
  events: ['events'],
  officers: ['officers'],
  recommendations: ['recommendationSets', 'recommendations'],
};

/**
 * Top-level fields that go with a slice although they are not sections: the timeline's
 * focus span. Always exported, `null` when the data sets none, so the element's import of
 * it never fails to link.
 */
export const SLICE_FIELDS = {
  events: ['focus'],
};

/**
 * What a timeline draws before a reader opens anything: every event's fields but the words
 * its detail panel and table show: each description and note, and each citation's quote and
 * who said it (EVENT_DETAIL_FIELDS). They are the `event-details` slice, a chunk of its own
 * that the timeline fetches once it has drawn the graphic (src/data/event-details.ts), so a
 * reader's phone draws the graphic before downloading about two thirds of its data. Each
 * citation keeps its source in the outline: the source line under the graphic names the
 * sources of what is shown.
 */
export const EVENT_DETAIL_FIELDS = ['description', 'note', 'quote', 'saidBy'];

/**
 * What the recommendations' graphic draws before a reader opens its folded notes: its
 * matrix and list, from every field but the words only those notes (and the table) show:
 * each note and quote (RECOMMENDATION_DETAIL_FIELDS). They are the `recommendation-details`
 * slice, a chunk of its own that the graphic fetches as it first renders
 * (src/data/recommendation-details.ts): about half of its data, which a reader's phone need
 * not download before it sees the graphic. Who said a quote stays in the outline: the list
 * names who accepted a set's recommendations.
 */
export const RECOMMENDATION_DETAIL_FIELDS = ['note', 'countNote', 'quote'];

/** Every object inside `value`, in the order JSON writes them (each before its contents). */
export function objectsIn(value, found = []) {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, found));
  else if (value && typeof value === 'object') {
    found.push(value);
    Object.values(value).forEach((v) => objectsIn(v, found));
  }
  return found;
}

/**
 * `value` without `fields` (its outline), and what was taken out: for each object that held
 * any, its place in objectsIn order and those fields. The same walk as
 * src/data/bundled-details.ts. With `placeholder`, each field taken out stays in the outline
 * as that value (an empty string), so that what the graphic draws first can tell that it is
 * there.
 */
export function splitFields(value, fields, placeholder = undefined) {
  const outline = structuredClone(value);
  const details = [];
  objectsIn(outline).forEach((object, i) => {
    const taken = pick(object, fields);
    if (Object.keys(taken).length === 0) return;
    details.push([i, taken]);
    for (const field of Object.keys(taken))
      if (placeholder === undefined) delete object[field];
      else object[field] = placeholder;
  });
  return { outline, details };
}

/** The outline whole again: what src/data/bundled-details.ts does in the browser. */
export function joinFields(outline, details) {
  const whole = structuredClone(outline);
  const objects = objectsIn(whole);
  for (const [i, fields] of details) Object.assign(objects[i], fields);
  return whole;
}

/** The events as the timeline first draws them, and their details. */
function splitEvents(display) {
  return splitFields({ events: display.events }, EVENT_DETAIL_FIELDS);
}

/** The recommendations' sections as the graphic first draws them, and their details. */
function splitRecommendations(display) {
  const { recommendationSets, recommendations } = display;
  return splitFields({ recommendationSets, recommendations }, RECOMMENDATION_DETAIL_FIELDS);
}

/**
 * The same for the officers' graphic: its quotes (the readout's and the table's) and its
 * notes (the folded footnotes, the note under the re-investigation's status, the table's)
 * are the `officer-details` slice (src/data/officer-details.ts). Each stays in the outline as
 * an empty string: the chart marks a fact that has a note (¹ ²) before the note arrives.
 */
export const OFFICER_DETAIL_FIELDS = ['quote', 'scopeNote', 'note'];

function splitOfficers(display) {
  return splitFields({ officers: display.officers }, OFFICER_DETAIL_FIELDS, '');
}

/** Slices that complete another: the slice, and what it completes. */
export const DETAIL_SLICES = {
  'event-details': 'events',
  'officer-details': 'officers',
  'recommendation-details': 'recommendations',
};

/**
 * What `data/port-case.json?display` (the whole projection, for tests and tools) or
 * `data/port-case.json?display=<slice>` (one of SLICES or DETAIL_SLICES) exports, one
 * export per field. The whole projection holds whole events.
 */
export function displaySlice(full, slice = null, maxCitations = MAX_CITATIONS) {
  const display = displayDataset(full, maxCitations);
  if (slice === null) return display;
  if (slice === 'event-details') return { eventDetails: splitEvents(display).details };
  if (slice === 'recommendation-details') return { recommendationDetails: splitRecommendations(display).details };
  if (slice === 'officer-details') return { officerDetails: splitOfficers(display).details };
  const sections = SLICES[slice];
  if (!sections) throw new Error(`port-case.json?display=${slice}: no such slice (${Object.keys(SLICES).join(', ')})`);
  const drawn = Object.fromEntries(sections.map((key) => [key, display[key]]));
  const ids = citedIds(drawn);
  const fields = Object.fromEntries((SLICE_FIELDS[slice] ?? []).map((key) => [key, display[key] ?? null]));
  const sources = display.sources.filter((s) => ids.has(s.id));
  if (slice === 'events') Object.assign(drawn, splitEvents(display).outline);
  if (slice === 'recommendations') Object.assign(drawn, splitRecommendations(display).outline);
  if (slice === 'officers') Object.assign(drawn, splitOfficers(display).outline);
  return { ...fields, ...drawn, sources };
}
