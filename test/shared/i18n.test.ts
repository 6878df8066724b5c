import { expect } from '@open-wc/testing';
import { format, formatDate, resolveLocale } from '../../src/shared/i18n.js';
// The English UI strings, which an element in English loads before it renders.
import * as english from '../../src/elements/strings.en.js';
import { useEnglish } from '../../src/elements/use-english.js';

useEnglish(english);

describe('UI language helpers', () => {
  const dates: [string, 'fr' | 'en', string][] = [
    ['2026-11-27', 'fr', '27 novembre 2026'],
    ['2026-11-27', 'en', 'November 27, 2026'],
    ['2026-01-01', 'fr', '1er janvier 2026'],
    ['2026-08-05', 'fr', '5 août 2026'],
    ['2026-13-01', 'fr', '2026-13-01'],
    ['hier', 'en', 'hier'],
  ];
  for (const [iso, locale, expected] of dates) {
    it(`writes ${iso} as "${expected}" (${locale})`, () => expect(formatDate(iso, locale)).to.equal(expected));
  }

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{a} et {b}', { a: 1 })).to.equal('1 et {b}');
  });

  it('takes the language from the nearest lang, across a shadow root', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-GB';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    try {
      expect(resolveLocale(inner)).to.equal('en');
      host.lang = 'fr';
      expect(resolveLocale(inner)).to.equal('fr');
    } finally {
      outer.remove();
    }
  });
});
