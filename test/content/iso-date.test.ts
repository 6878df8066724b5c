// A date written YYYY-MM-DD is accepted only if that day exists, in every engine (iso-date.ts).
import { expect } from '@open-wc/testing';
import { isIsoDate } from '../../src/content/iso-date.js';

describe('isIsoDate', () => {
  const rows: [string, boolean][] = [
    ['2026-11-27', true],
    ['2028-02-29', true],
    ['2026-12-31', true],
    ['0001-01-01', true],
    ['2026-02-29', false],
    ['2026-02-31', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-5', false],
    ['27/11/2026', false],
    ['2026-11-27T10:00:00Z', false],
    [' 2026-11-27', false],
    ['', false],
  ];
  for (const [text, ok] of rows) {
    it(`${JSON.stringify(text)}: ${ok ? 'a day' : 'refused'}`, () => expect(isIsoDate(text)).to.equal(ok));
  }
});
