// A big catalogue with one bad entry, row by row: the issues, their paths and wording are the ones
// parseContent gave before its load-time work on a big catalogue was made faster (the expected
// lines were recorded from that version), whatever path the entries take (the hand-written check
// of catalogue-fast.ts, zod, the references). And a valid big catalogue comes back typeset where a
// text needs it, the other texts as they were.
import { expect } from '@open-wc/testing';
import { parseContent } from '../../src/content/parse.js';
import { catalogueInput, generateCatalogue } from './fixtures.js';

type Entry = Record<string, unknown>;
const N = 2000;
const AT = 1234;

const ROWS: [string, (e: Entry) => void, string[]][] = [
  [
    'a malformed RNCP number',
    (e) => (e.registry = { rncp: 'RNCP12' }),
    [
      "catalogue[1234].registry.rncp: Numéro RNCP invalide « RNCP12 » : RNCP suivi de 3 à 6 chiffres.",
    ],
  ],
  [
    'a malformed RS number',
    (e) => (e.registry = { rs: 'rs1234' }),
    [
      "catalogue[1234].registry.rs: Numéro RS invalide « rs1234 » : RS suivi de 3 à 6 chiffres.",
    ],
  ],
  [
    'an RS number as RNCP',
    (e) => (e.registry = { rncp: 'RS1234' }),
    [
      "catalogue[1234].registry.rncp: Numéro RNCP invalide « RS1234 » : RNCP suivi de 3 à 6 chiffres.",
    ],
  ],
  [
    'two registries',
    (e) => (e.registry = { rncp: 'RNCP1234', rs: 'RS1234' }),
    [
      "catalogue[1234].registry: Forme non reconnue : attendu une autre forme, reçu un objet { … }.",
    ],
  ],
  [
    'a misspelt registry',
    (e) => (e.registry = { rnpc: 'RNCP12345' }),
    [
      "catalogue[1234].registry.rnpc: Champ inconnu : « rnpc ». Vouliez-vous dire « rncp » ? Ce champ obligatoire manque.",
    ],
  ],
  [
    'an empty registry number',
    (e) => (e.registry = { rncp: '' }),
    [
      "catalogue[1234].registry.rncp: Le texte ne doit pas être vide.",
    ],
  ],
  [
    'a duplicate id',
    (e) => (e.id = 'cert-7'),
    [
      "catalogue[1234].id: L’identifiant « cert-7 » est déjà utilisé ailleurs (« catalogue[7] »).",
    ],
  ],
  [
    'a reserved id',
    (e) => (e.id = 'not-listed'),
    [
      "catalogue[1234].id: Identifiant réservé « not-listed ».",
    ],
  ],
  [
    'an id with capitals',
    (e) => (e.id = 'Cert 7'),
    [
      "catalogue[1234].id: Identifiant invalide « Cert 7 » : lettres minuscules, chiffres, « - » ou « _ », sans espace ni accent.",
    ],
  ],
  [
    'no title',
    (e) => delete e.title,
    [
      "catalogue[1234].title: Champ obligatoire manquant (attendu : un texte).",
    ],
  ],
  [
    'an empty title',
    (e) => (e.title = ''),
    [
      "catalogue[1234].title: Le texte ne doit pas être vide.",
    ],
  ],
  [
    'a title that is a number',
    (e) => (e.title = 12),
    [
      "catalogue[1234].title: Type incorrect : attendu un texte, reçu un nombre.",
    ],
  ],
  [
    'a level out of range',
    (e) => (e.level = 9),
    [
      "catalogue[1234].level: Valeur non reconnue « 9 » ; valeurs possibles : 1, 2, 3, 4, 5, 6, 7, 8.",
    ],
  ],
  [
    'a level as text',
    (e) => (e.level = '4'),
    [
      "catalogue[1234].level: La valeur « 4 » est écrite comme un texte : écrivez le nombre sans guillemets (1, 2, 3, 4, 5, 6, 7, 8).",
    ],
  ],
  [
    'an unknown kind',
    (e) => (e.kind = 'licence'),
    [
      "catalogue[1234].kind: Valeur non reconnue « licence » ; valeurs possibles : « cqp », « titre », « diplome », « bloc ».",
    ],
  ],
  [
    'an unknown field',
    (e) => (e.other = 'x'),
    [
      "catalogue[1234].other: Champ inconnu : « other ». Vérifiez l’orthographe ou retirez-le.",
    ],
  ],
  [
    'a javascript: link',
    (e) => (e.link = 'javascript:alert(1)'),
    [
      "catalogue[1234].link: Lien refusé « javascript:alert(1) » : seuls les liens https:, http:, mailto: et tel: complets sont acceptés.",
    ],
  ],
  [
    'a link with credentials',
    (e) => (e.link = 'https://u:p@example.org'),
    [
      "catalogue[1234].link: Lien refusé « https://***@example.org » : un « nom@ » avant le site peut faire croire à un autre site.",
    ],
  ],
  [
    'vaeAccess as text',
    (e) => (e.vaeAccess = 'yes'),
    [
      "catalogue[1234].vaeAccess: Type incorrect : attendu vrai ou faux (true/false), reçu un texte.",
    ],
  ],
  [
    'an unknown contact',
    (e) => (e.contacts = ['nobody']),
    [
      "catalogue[1234].contacts[0]: Le contact « nobody » n’existe pas dans « contacts ».",
    ],
  ],
  [
    'an empty bloc code',
    (e) => (e.blocs = [{ code: '', title: 'x' }]),
    [
      "catalogue[1234].blocs[0].code: Le texte ne doit pas être vide.",
    ],
  ],
  // Chromium and Node read 2026-02-31 as 3 March, Firefox refuses it: every engine refuses it now.
  [
    'a registration end on a day that does not exist',
    (e) => (e.registeredUntil = '2026-02-31'),
    [
      "catalogue[1234].registeredUntil: Date invalide « 2026-02-31 » : format attendu AAAA-MM-JJ (par exemple 2026-11-27).",
    ],
  ],
  ['a registration end on a leap day', (e) => (e.registeredUntil = '2028-02-29'), []],
  [
    'an empty entry',
    (e) => Object.keys(e).forEach((k) => delete e[k]),
    [
      "catalogue[1234].id: Champ obligatoire manquant (attendu : un texte).",
      "catalogue[1234].title: Champ obligatoire manquant (attendu : un texte).",
      "catalogue[1234].kind: Valeur non reconnue « undefined » ; valeurs possibles : « cqp », « titre », « diplome », « bloc ».",
      "catalogue[1234].registry: Forme non reconnue : attendu un objet { … }, reçu rien.",
    ],
  ],
];

describe('a big catalogue with a bad entry', () => {
  for (const [name, patch, expected] of ROWS) {
    it(`${name}: ${expected.length ? 'the same issues as before' : 'accepted, as before'}`, () => {
      const input = catalogueInput(generateCatalogue(N)) as unknown as { catalogue: Entry[] };
      patch(input.catalogue[AT]);
      const result = parseContent(input);
      expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(expected);
    });
  }

  it('comes back typeset where a text needs it, the other texts as they were', () => {
    const input = catalogueInput(generateCatalogue(N)) as unknown as { catalogue: Entry[] };
    input.catalogue[AT].title = "CQP Agent d'accueil : niveau 1 500";
    input.catalogue[AT].description = 'Pour qui?';
    const result = parseContent(input);
    if (!result.ok) throw new Error(result.issues[0].message);
    const entries = result.content.catalogue!;
    expect(entries[AT].title).to.equal('CQP Agent d’accueil\u00a0: niveau 1\u202f500');
    expect(entries[AT].description).to.equal('Pour qui\u202f?');
    expect(entries.map((e) => e.title).filter((_, i) => i !== AT)).to.deep.equal(
      generateCatalogue(N).map((e) => e.title).filter((_, i) => i !== AT),
    );
    // A copy all the same: the content never shares an object with the input.
    expect(entries[0]).not.to.equal(input.catalogue[0]);
    expect(entries[0].registry).not.to.equal(input.catalogue[0].registry);
  });
});
