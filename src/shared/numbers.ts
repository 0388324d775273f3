/**
 * Counts written as en-GB writes them ("1,234"), without Intl for whole numbers.
 *
 * Why not `n.toLocaleString('en-GB')`: the first Intl number format in a page loads
 * ICU's locale data, measured at 40–80 ms on the development machine (Chromium 156),
 * more than the whole first render of an element. Every count these graphics show is
 * a whole number, and en-GB groups whole numbers in threes with a comma, so that is
 * all this does. Anything else (a fraction, NaN, Infinity) still goes to Intl, so the
 * output is the same as `toLocaleString('en-GB')` for every number
 * (test/shared/numbers.test.ts).
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-GB');
  const digits = String(Math.abs(n));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += `,${digits.slice(i, i + 3)}`;
  return n < 0 || Object.is(n, -0) ? `-${grouped}` : grouped;
}
