import { expect } from '@open-wc/testing';
import { formatNumber } from '../../src/rules/answers.js';

describe('formatNumber, written by hand', () => {
  // The same strings as Intl.NumberFormat(locale, { maximumFractionDigits: 2 }), which it replaces.
  const cases: [number, 'fr' | 'en'][] = [
    [0, 'fr'], [12, 'fr'], [11.5, 'fr'], [11.5, 'en'], [0.005, 'fr'], [2.675, 'en'], [99.999, 'fr'],
    [1200, 'fr'], [1200, 'en'], [1234567.891, 'fr'], [1234567.891, 'en'], [-5, 'fr'], [-1234.5, 'en'],
  ];
  for (const [n, locale] of cases) {
    it(`${n} (${locale})`, () => {
      expect(formatNumber(n, locale)).to.equal(new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n));
    });
  }

  it('never throws on values no person types', () => {
    for (const n of [NaN, Infinity, -Infinity, 1e300]) expect(formatNumber(n, 'fr')).to.equal(String(n));
  });
});
