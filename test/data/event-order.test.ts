import { expect } from '@open-wc/testing';
import { orderEvents } from '../../src/data/event-order.js';
import type { EventCategory, TimelineEvent } from '../../src/data/types.js';

type Orderable = Pick<TimelineEvent, 'id' | 'date' | 'category' | 'after'>;
const ev = (id: string, date: string, category: EventCategory = 'police-failure', after?: string): Orderable =>
  after === undefined ? { id, date, category } : { id, date, category, after };
const ids = (events: readonly Orderable[]) => orderEvents(events).map((e) => e.id);

describe('orderEvents()', () => {
  it('orderEvents([]) is empty, and a new array', () => {
    const events: Orderable[] = [];
    expect(orderEvents(events)).to.deep.equal([]);
    expect(orderEvents(events)).not.to.equal(events);
  });

  it('orderEvents() reads a month date after every day date of that month, and a year after its months', () => {
    expect(
      ids([
        ev('month', '2014-08'),
        ev('year', '2014'),
        ev('death', '2014-08-28', 'death'),
        ev('early', '2014-08-01'),
        ev('sept', '2014-09-20'),
        ev('dec', '2014-12'),
        ev('last', '2014-12-31'),
      ]),
    ).to.deep.equal(['early', 'death', 'month', 'sept', 'last', 'dec', 'year']);
  });

  it('orderEvents() sorts a span by its start, by the same rule', () => {
    expect(ids([ev('span', '2015-09'), ev('found', '2015-09-14', 'death'), ev('arrest', '2015-10-15')])).to.deep.equal([
      'found',
      'span',
      'arrest',
    ]);
  });

  it('orderEvents() breaks ties on a date by category order (a death first), then data order', () => {
    expect(
      ids([
        ev('b', '2014-06-19', 'police-failure'),
        ev('family', '2014-06-19', 'family'),
        ev('a', '2014-06-19', 'death'),
        ev('c', '2014-06-19', 'police-failure'),
      ]),
    ).to.deep.equal(['a', 'b', 'c', 'family']);
  });

  it('orderEvents() reads an event with `after` directly after the event it names, whatever its date', () => {
    expect(
      ids([
        ev('death', '2014-09-20', 'death'),
        ev('jailed', '2015', 'justice', 'note'),
        ev('note', '2014-09'),
        ev('inquest', '2015-06-19', 'inquest'),
        ev('linked', '2015-10', 'justice', 'death'),
      ]),
    ).to.deep.equal(['death', 'linked', 'note', 'jailed', 'inquest']);
  });

  it('orderEvents() follows a chain of `after`, and keeps several after one event in data order', () => {
    expect(
      ids([
        ev('a', '2014-01-01'),
        ev('c', '2010', 'justice', 'b'),
        ev('b', '2020', 'justice', 'a'),
        ev('d', '2030', 'justice', 'a'),
        ev('z', '2014-02-01'),
      ]),
    ).to.deep.equal(['a', 'b', 'c', 'd', 'z']);
  });

  it('orderEvents() ignores an `after` naming no event in the list, or leading round in a circle', () => {
    expect(ids([ev('x', '2015-01-01', 'justice', 'hidden'), ev('y', '2014-01-01')])).to.deep.equal(['y', 'x']);
    expect(
      ids([ev('p', '2016-01-01', 'justice', 'q'), ev('q', '2014-01-01', 'justice', 'p'), ev('r', '2015-01-01')]),
    ).to.deep.equal(['q', 'r', 'p']);
  });

  it('orderEvents() puts an event whose date does not parse last', () => {
    expect(ids([ev('bad', 'soon'), ev('good', '2014-06-19')])).to.deep.equal(['good', 'bad']);
  });
});
