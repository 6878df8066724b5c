// Search and filters of the catalogue (content/catalogue.ts) on 300 generated entries: accents,
// case, ligatures and apostrophes ignored, every word required, filters by registry and level,
// and the normalised texts computed once per catalogue.
import { expect } from '@open-wc/testing';
import { factValue, filterCatalogue, normalize, registryNumber, registryOf, searchIndex } from '../../src/content/catalogue.js';
import type { Certification } from '../../src/content/schema.js';
import { catalogueInput, generateCatalogue, parsed, TRADES } from './fixtures.js';

const list: readonly Certification[] = parsed(catalogueInput(generateCatalogue(300))).catalogue!;
const ids = (found: readonly Certification[]) => found.map((c) => c.id);
/** Entries of one trade, found without the search code. */
const ofTrade = (trade: string) => list.filter((c) => c.title.startsWith(`CQP ${trade} `));

describe('catalogue search', () => {
  it('normalises: NFD without combining marks, lower case, œ/æ spelt out, one apostrophe', () => {
    expect(normalize('Esthétique')).to.equal('esthetique');
    expect(normalize('ÉLECTRICITÉ')).to.equal('electricite');
    expect(normalize('Œnologie')).to.equal('oenologie');
    expect(normalize('d’atelier')).to.equal(normalize("d'atelier"));
    expect(normalize('Pâtisserie')).to.equal('patisserie');
  });

  const cases: [query: string, trade: string][] = [
    ['esthetique', 'Esthétique'],
    ['Esthétique', 'Esthétique'],
    ['COIFFURE', 'Coiffure'],
    ['coiffure', 'Coiffure'],
    ['electricite', 'Électricité'],
    ['oenologie', 'Œnologie'],
    ['PATISSERIE', 'Pâtisserie'],
    ['  hôtellerie  ', 'Hôtellerie'],
  ];
  for (const [query, trade] of cases) {
    it(`"${query}" finds the 30 "${trade}" entries and nothing else`, () => {
      const found = filterCatalogue(list, { query });
      expect(found).to.have.length(30);
      expect(ids(found)).to.deep.equal(ids(ofTrade(trade)));
    });
  }

  it('finds nothing for a word no entry has, everything for an empty query', () => {
    expect(filterCatalogue(list, { query: 'boulangerie' })).to.deep.equal([]);
    expect(filterCatalogue(list, { query: '' })).to.have.length(300);
    expect(filterCatalogue(list)).to.have.length(300);
  });

  it('requires every word, in any order, and searches registry numbers and the certifier', () => {
    // Esthétique is i % 10 == 0, RNCP is i % 3 == 0: i % 30 == 0.
    const both = filterCatalogue(list, { query: 'rncp esthe' });
    expect(ids(both)).to.deep.equal(ids(list.filter((_, i) => i % 30 === 0)));
    expect(ids(filterCatalogue(list, { query: 'RNCP10030' }))).to.deep.equal(['cert-30']);
    expect(ids(filterCatalogue(list, { query: 'rs1001' }))).to.deep.equal(['cert-1']);
    expect(filterCatalogue(list, { query: 'branche de test' })).to.have.length(300);
  });

  it('filters by registry and by level, alone and with a query', () => {
    expect(filterCatalogue(list, { registry: 'rncp' })).to.have.length(100);
    expect(filterCatalogue(list, { registry: 'rs' })).to.have.length(100);
    expect(filterCatalogue(list, { registry: 'none' }).every((c) => c.registry === 'none')).to.equal(true);
    const level4 = filterCatalogue(list, { level: '4' });
    expect(level4).to.have.length(25);
    expect(level4.every((c) => c.level === 4)).to.equal(true);
    expect(ids(filterCatalogue(list, { level: 4 }))).to.deep.equal(ids(level4));
    const rsCoiffure = filterCatalogue(list, { query: 'coiffure', registry: 'rs' });
    expect(ids(rsCoiffure)).to.deep.equal(ids(ofTrade('Coiffure').filter((c) => registryOf(c) === 'rs')));
    expect(rsCoiffure.length).to.be.within(1, 29);
    expect(filterCatalogue(list, { registry: 'rs', level: '4' })).to.deep.equal([]);
    expect(filterCatalogue(list, { registry: '', level: '' })).to.have.length(300);
  });

  it('computes the normalised texts once per catalogue, not per keystroke', () => {
    const first = searchIndex(list);
    for (const trade of TRADES) filterCatalogue(list, { query: trade });
    expect(searchIndex(list)).to.equal(first);
    expect(first[0]).to.equal('cqp esthetique 1 rncp10000 branche de test');
    // Another catalogue, another index.
    expect(searchIndex(list.slice(0, 3))).not.to.equal(first);
  });

  it('reads registry facts: kind of registry, number, and the values a derived question takes', () => {
    const [rncp, rs, none] = list;
    expect([registryOf(rncp), registryOf(rs), registryOf(none)]).to.deep.equal(['rncp', 'rs', 'none']);
    expect([registryNumber(rncp), registryNumber(rs), registryNumber(none)]).to.deep.equal(['RNCP10000', 'RS1001', undefined]);
    expect(factValue(rncp, 'registry')).to.equal('rncp');
    expect(factValue(rncp, 'vaeAccess')).to.equal('yes');
    expect(factValue(list[3], 'vaeAccess')).to.equal('no');
    expect(factValue(rs, 'vaeAccess')).to.equal('no');
    expect(factValue(rncp, 'level')).to.equal('3');
    expect(factValue(rs, 'level')).to.equal(undefined);
    expect(factValue(rs, 'kind')).to.equal('cqp');
  });
});
