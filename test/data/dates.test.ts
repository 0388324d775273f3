import { expect } from '@open-wc/testing';
import { formatDate, parseIsoDate } from '../../src/data/dates.js';
import { monthsBetween, daysBetween, exactDuration } from '../../src/data/durations.js';

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

  it('monthsBetween() counts the days when both dates are exact', () => {
    const d = (text: string) => parseIsoDate(text)!;
    expect(monthsBetween(d('2014-06-19'), d('2015-09-14'))).to.equal(14);
    expect(monthsBetween(d('2014-06-19'), d('2015-09-19'))).to.equal(15);
    expect(monthsBetween(d('2021-10-05'), d('2021-12-10'))).to.equal(2);
    expect(monthsBetween(d('2015-09-14'), d('2014-06-19'))).to.equal(0);
  });

  it('exactDuration() gives months and days between exact days only', () => {
    const d = (text: string) => parseIsoDate(text)!;
    expect(exactDuration(d('2014-06-19'), d('2015-09-14'))).to.deep.equal({ months: 14, days: 26 });
    expect(exactDuration(d('2021-10-05'), d('2021-12-10'))).to.deep.equal({ months: 2, days: 5 });
    expect(exactDuration(d('2014-08-28'), d('2014-09-20'))).to.deep.equal({ months: 0, days: 23 });
    expect(exactDuration(d('2016-01-31'), d('2016-03-01'))).to.deep.equal({ months: 1, days: 1 });
    expect(exactDuration(d('2014-06-19'), d('2014-06-19'))).to.deep.equal({ months: 0, days: 0 });
    expect(exactDuration(d('2015-10'), d('2018-08'))).to.equal(null);
    expect(exactDuration(d('2014-06-19'), d('2015-09'))).to.equal(null);
    expect(exactDuration(d('2015-09-14'), d('2014-06-19'))).to.equal(null);
  });
});
