import { expect } from '@open-wc/testing';
import { formatDate, parseIsoDate, monthsBetween, daysBetween } from '../../src/data/dates.js';

describe('dates', () => {
  it('formatDate() says no more than the precision given', () => {
    expect(formatDate('2014-06-19')).to.equal('19 June 2014');
    expect(formatDate('2014-06')).to.equal('June 2014');
    expect(formatDate('2014')).to.equal('2014');
  });

  it('parseIsoDate() spans the whole month or year for coarse dates', () => {
    const month = parseIsoDate('2014-02')!;
    expect(month.precision).to.equal('month');
    expect(new Date(month.start).toISOString().slice(0, 10)).to.equal('2014-02-01');
    expect(new Date(month.end).toISOString().slice(0, 10)).to.equal('2014-02-28');
    const year = parseIsoDate('2016')!;
    expect(new Date(year.end).toISOString().slice(0, 10)).to.equal('2016-12-31');
  });

  it('parseIsoDate() rejects impossible and malformed dates', () => {
    for (const bad of ['2014-13', '2014-02-29', '2014-6-1', '14-06-19', '2014-06-19T00:00', '', '1800']) {
      expect(parseIsoDate(bad), bad).to.equal(null);
    }
    expect(parseIsoDate('2016-02-29')).to.not.equal(null);
  });

  it('monthsBetween() and daysBetween() count whole units', () => {
    expect(monthsBetween(parseIsoDate('2014-06')!, parseIsoDate('2015-09')!)).to.equal(15);
    expect(daysBetween(parseIsoDate('2014-08-28')!.start, parseIsoDate('2014-09-20')!.start)).to.equal(23);
  });
});
