import { expect } from '@open-wc/testing';
import { formatCount } from '../../src/shared/numbers.js';

describe('formatCount', () => {
  const cases: [number, string][] = [
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [1234567, '1,234,567'],
    [-1000, '-1,000'],
    [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'],
  ];
  for (const [n, text] of cases)
    it(`formatCount(${n}) is "${text}"`, () => {
      expect(formatCount(n)).to.equal(text);
    });

  it('writes every number as toLocaleString("en-GB") does, fractions and non-finite numbers included', () => {
    const numbers = [
      0,
      -0,
      1,
      12,
      123,
      1234,
      99999,
      100000,
      1e6,
      -1,
      -999,
      -1001,
      2 ** 53,
      1.5,
      1234.5678,
      NaN,
      Infinity,
    ];
    for (let n = 0; n < 5000; n += 37) numbers.push(n, n * 1013, -n * 7);
    for (const n of numbers) expect(formatCount(n), String(n)).to.equal(n.toLocaleString('en-GB'));
  });
});
