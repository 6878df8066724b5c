// French typography as a pure function (src/content/typography.ts): each row is a text an author
// types and what a reader sees.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isFrench, mapTexts, RULES, TRIGGER, typeset, typesetContent } from '../../src/content/typography.js';
import { defaultContent } from '../../src/content/default-content.js';
import { parseContent } from '../../src/content/parse.js';
import { typographyChanges } from '../../src/authoring/typography-report.js';

const N = '\u00a0';
const F = '\u202f';

describe('typeset', () => {
  const rows: [string, string][] = [
    ['Pour qui ?', `Pour qui${F}?`],
    ['Pour qui?', `Pour qui${F}?`],
    ['Attention !', `Attention${F}!`],
    ['un ; deux', `un${F}; deux`],
    ['Source : la loi', `Source${N}: la loi`],
    ['Note: voir', `Note${N}: voir`],
    ['« Voies d’accès »', `«${N}Voies d’accès${N}»`],
    ['«Voies»', `«${N}Voies${N}»`],
    ['1 500 €', `1${F}500${N}€`],
    ['12 000 000 euros', `12${F}000${F}000 euros`],
    ['103,20 €', `103,20${N}€`],
    ['50%', `50${N}%`],
    ["l'expérience d'un salarié", 'l’expérience d’un salarié'],
    // Left alone: times, URLs, a question mark inside a URL, years next to numbers.
    ['à 10:30', 'à 10:30'],
    ['https://vae.gouv.fr/faq?x=1', 'https://vae.gouv.fr/faq?x=1'],
    ['en 2026 et 2027', 'en 2026 et 2027'],
    ['le 26 février 2026', 'le 26 février 2026'],
  ];
  for (const [typed, shown] of rows) {
    it(`${JSON.stringify(typed)} → ${JSON.stringify(shown)}`, () => {
      expect(typeset(typed)).to.equal(shown);
      expect(typeset(shown), 'idempotent').to.equal(shown);
    });
  }

  // typeset skips the rules for a text without any of the characters they need (TRIGGER): it must
  // give what running every rule twice, as it did before, gives.
  const everyRule = (text: string) => {
    let out = text;
    for (let pass = 0; pass < 2; pass++) for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
    return out;
  };
  it('gives what every rule gives, with or without the shortcut', () => {
    const alphabet = fc.constantFrom(...'ab é1 0\u00a0\u202f;!?:«»\'’€%/.-\n'.split(''), 'https://', '1 500', 'À');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((parts) => parts.join('')), (text) => {
        expect(typeset(text), JSON.stringify(text)).to.equal(everyRule(text));
      }),
      { numRuns: 2000 },
    );
    for (const [typed, shown] of rows) expect(everyRule(typed)).to.equal(shown);
    // The texts the shortcut skips: nothing for any rule to do.
    for (const text of ['CQP Agent(e) qualifié(e) 12', '3 blocs de compétences · 200 heures', 'RNCP36001', '10h30', '']) {
      expect(TRIGGER.test(text), text).to.equal(false);
      expect(everyRule(text)).to.equal(text);
    }
  });

  it('is idempotent on every text of the built-in content', () => {
    mapTexts(defaultContent, (text) => {
      const once = typeset(text);
      expect(typeset(once), text).to.equal(once);
      return text;
    });
  });
});

// The built-in content as an author types it: plain spaces and straight apostrophes.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");
const typedByAuthor = mapTexts(defaultContent, plain);

describe('mapTexts', () => {
  it('visits texts only, and never modifies the document', () => {
    const doc = { meta: { id: 'x' }, a: { title: 'Pour qui?', href: 'a?b' }, b: { title: 'rien', items: ['un', 'deux!'] }, c: [{ label: 'x' }] };
    const before = JSON.stringify(doc);
    const seen: string[] = [];
    const out = mapTexts(doc, (text) => {
      seen.push(text);
      return typeset(text);
    });
    expect(JSON.stringify(doc)).to.equal(before);
    expect(seen).to.deep.equal(['Pour qui?', 'rien', 'un', 'deux!', 'x']);
    expect(out).to.deep.equal({ ...doc, a: { title: `Pour qui${F}?`, href: 'a?b' }, b: { title: 'rien', items: ['un', `deux${F}!`] } });
  });

  it('gives each changed text its path in the typography report', () => {
    const doc = { guide: { title: 'Pour qui?', routes: [{ id: 'a', title: 'rien' }, { id: 'b', body: ['un', "l'un"], link: { href: 'x?y', text: 'Voir!' } }] } };
    expect(typographyChanges(doc).changes).to.deep.equal([
      { path: 'guide.title', before: 'Pour qui?', after: `Pour qui${F}?` },
      { path: 'guide.routes[1].body[1]', before: "l'un", after: 'l’un' },
      { path: 'guide.routes[1].link.text', before: 'Voir!', after: `Voir${F}!` },
    ]);
  });
});

describe('typesetContent', () => {
  it('applies to French content only, on texts only, once per document', () => {
    const typed = typesetContent(typedByAuthor);
    expect(typed).to.equal(typesetContent(typedByAuthor));
    expect(typedByAuthor.guide.title).to.equal('CQP ou VAE : faire reconnaître vos compétences');
    expect(typed.guide.title).to.equal(`CQP ou VAE${N}: faire reconnaître vos compétences`);
    expect(typed.meta.source.url).to.equal(defaultContent.meta.source.url);
    expect(JSON.stringify(typed.eligibility!.outcomes.map((o) => o.rules.map((r) => r.when)))).to.equal(
      JSON.stringify(defaultContent.eligibility!.outcomes.map((o) => o.rules.map((r) => r.when))),
    );
    const en = { ...typedByAuthor, meta: { ...typedByAuthor.meta, locale: 'en' } };
    expect(typesetContent(en)).to.equal(en);
    expect(isFrench('fr-CA')).to.equal(true);
    expect(isFrench('en')).to.equal(false);
  });

  it('takes a note’s text as a text and its condition as a condition', () => {
    const seen: string[] = [];
    mapTexts({ notes: ['Toujours', { text: 'Sous condition', when: { not: { question: 'registry', in: ['rs'] } } }] }, (text) => (seen.push(text), text));
    expect(seen).to.deep.equal(['Toujours', 'Sous condition']);
    const doc = { notes: ["l'un", { text: "l'autre", when: { question: "d'abord", equals: "l'un" } }] };
    expect(typographyChanges(doc).changes.map((c) => c.path)).to.deep.equal(['notes[0]', 'notes[1].text']);
  });
});

describe('the built-in content', () => {
  // The page ships it as written, with no typesetter: its sources must already be typeset.
  it('is typeset in its sources (else: node scripts/typeset-default.mjs)', () => {
    expect(typesetContent(defaultContent)).to.deep.equal(defaultContent);
  });

  it('is what typesetting the plainly typed text gives, texts only', () => {
    expect(typesetContent(typedByAuthor)).to.deep.equal(defaultContent);
  });
});

describe('parseContent', () => {
  it('returns French content typeset, and other content as given', () => {
    const json = JSON.parse(JSON.stringify(typedByAuthor));
    const french = parseContent(json);
    if (!french.ok) throw new Error(JSON.stringify(french.issues));
    expect(french.content.guide.title).to.equal(`CQP ou VAE${N}: faire reconnaître vos compétences`);
    expect(french.content).to.deep.equal(JSON.parse(JSON.stringify(defaultContent)));
    const english = parseContent({ ...json, meta: { ...json.meta, locale: 'en' } });
    if (!english.ok) throw new Error(JSON.stringify(english.issues));
    expect(english.content.guide.title).to.equal('CQP ou VAE : faire reconnaître vos compétences');
  });
});
