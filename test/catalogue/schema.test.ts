// The catalogue in the content schema and the lint: what an author gets for a bad RNCP or RS
// number, a duplicate or reserved id, a level out of range, a catalogue section or certification
// question without a catalogue, a `picked` or `from` that names the wrong question; the JSON Schema
// an editor reads.
import { expect } from '@open-wc/testing';
import { contentJsonSchema } from '../../src/authoring/json-schema.js';
import { lintContent } from '../../src/authoring/lint.js';
import { validateContent } from '../../src/authoring/lint-validate.js';
import { parseContent } from '../../src/content/parse.js';
import { schemaErrors } from '../authoring/json-schema-validator.js';
import { catalogueInput, generateCatalogue, parsed } from './fixtures.js';

type Input = Record<string, any>;
const base = () => catalogueInput(generateCatalogue(6)) as Input;
/** The issues parseContent gives, as "path: message". */
function issues(input: Input, locale: 'fr' | 'en' = 'fr'): string[] {
  const result = parseContent(input, { locale });
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('catalogue schema and lint', () => {
  it('accepts the generated catalogue and its questionnaire', () => {
    expect(issues(base())).to.deep.equal([]);
  });

  it('refuses a malformed RNCP or RS number, with its path and what the number looks like', () => {
    const input = base();
    input.catalogue[0].registry = { rncp: 'RNCP12' };
    input.catalogue[1].registry = { rs: 'rs1234' };
    input.catalogue[3].registry = { rncp: 'RS1234' };
    expect(issues(input)).to.deep.equal([
      'catalogue[0].registry.rncp: Numéro RNCP invalide « RNCP12 » : RNCP suivi de 3 à 6 chiffres.',
      'catalogue[1].registry.rs: Numéro RS invalide « rs1234 » : RS suivi de 3 à 6 chiffres.',
      'catalogue[3].registry.rncp: Numéro RNCP invalide « RS1234 » : RNCP suivi de 3 à 6 chiffres.',
    ]);
    expect(issues(input, 'en')[0]).to.equal('catalogue[0].registry.rncp: Invalid RNCP number "RNCP12": RNCP then 3 to 6 digits.');
    const finding = validateContent(input).findings[0];
    expect(finding).to.include({ severity: 'error', path: 'catalogue[0].registry.rncp', code: 'registry' });
    expect(finding.hint).to.contain('francecompetences.fr');
  });

  it('accepts 3 to 6 digits', () => {
    const input = base();
    input.catalogue[0].registry = { rncp: 'RNCP123' };
    input.catalogue[1].registry = { rs: 'RS123456' };
    expect(issues(input)).to.deep.equal([]);
  });

  it('refuses a duplicate id, naming both places, and the ids the questionnaire reserves', () => {
    const input = base();
    input.catalogue[4].id = 'cert-1';
    input.catalogue[5].id = 'not-listed';
    expect(issues(input)).to.deep.equal([
      'catalogue[4].id: L’identifiant « cert-1 » est déjà utilisé ailleurs (« catalogue[1] »).',
      'catalogue[5].id: Identifiant réservé « not-listed ».',
    ]);
    expect(lintContent(parsed(base())).filter((f) => f.severity === 'error')).to.deep.equal([]);
    expect(validateContent(input).findings.map((f) => f.code)).to.include.members(['duplicate', 'reserved']);
  });

  it('refuses a wrong registry shape, kind or level with the schema\'s messages and paths', () => {
    const input = base();
    input.catalogue[0].registry = { rnpc: 'RNCP12345' };
    input.catalogue[1].level = 9;
    input.catalogue[2].kind = 'licence';
    input.catalogue[3].link = 'javascript:alert(1)';
    const found = issues(input);
    expect(found.some((i) => i.startsWith('catalogue[0].registry'))).to.equal(true);
    expect(found).to.include('catalogue[1].level: Valeur non reconnue « 9 » ; valeurs possibles : 1, 2, 3, 4, 5, 6, 7, 8.');
    expect(found).to.include('catalogue[2].kind: Valeur non reconnue « licence » ; valeurs possibles : « cqp », « titre », « diplome », « bloc ».');
    expect(found.find((i) => i.startsWith('catalogue[3].link'))).to.match(/Lien refusé/);
  });

  it('needs a catalogue for a catalogue section and for a certification question', () => {
    const input = base();
    delete input.catalogue;
    // The questionnaire's references to catalogue ids are then unknown options too.
    expect(issues(input)).to.include.members([
      'guide.routes[0].sections[1].kind: Le contenu n’a pas de « catalogue ».',
      'eligibility.questions[0].type: Le contenu n’a pas de « catalogue ».',
    ]);
  });

  it('checks what `picked`, `from` and choices of a certification question name', () => {
    const input = base();
    input.eligibility.outcomes[0].rules[0].when = { question: 'status', picked: { registry: 'rncp' } };
    input.eligibility.outcomes[0].rules[1].when = { question: 'target', equals: 'cert-42' };
    input.eligibility.questions[1].from = { question: 'status', fact: 'registry' };
    expect(issues(input)).to.deep.equal([
      'eligibility.questions[1].from.question: Cette condition cite la question « status », posée plus tard : une question ne peut dépendre que des précédentes.',
      'eligibility.outcomes[0].rules[0].when.question: La question « status » n’est pas de type « certification ».',
      'eligibility.outcomes[0].rules[1].when.equals: La valeur « cert-42 » n’est pas une option de la question « target ».',
    ]);
    const other = base();
    other.eligibility.questions[1].from = { question: 'nowhere', fact: 'registry' };
    expect(issues(other)).to.deep.equal(['eligibility.questions[1].from.question: Cette condition cite la question « nowhere », qui n’existe pas.']);
  });

  it('warns about an entry said to be open to VAE outside the RNCP', () => {
    const input = base();
    input.catalogue[1].vaeAccess = true;
    const warnings = lintContent(parsed(input), { today: '2026-11-27' });
    expect(warnings.map((f) => [f.severity, f.path, f.code])).to.deep.equal([['warning', 'catalogue[1].vaeAccess', 'vae_not_rncp']]);
    expect(warnings[0].message).to.contain('« cert-1 »');
  });

  it('gives editors the catalogue, `picked` and `from` in the JSON Schema, described', () => {
    const schema = contentJsonSchema() as Record<string, any>;
    const entry = schema.properties.catalogue.items;
    expect(entry.required).to.include.members(['id', 'title', 'kind', 'registry']);
    expect(entry.properties.level.enum).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(entry.properties.registry.description).to.contain('RNCP12345');
    expect(JSON.stringify(schema.definitions.Condition)).to.contain('"picked"');
    expect(schemaErrors(schema, base())).to.deep.equal([]);
    const bad = base();
    bad.catalogue[0].kind = 'licence';
    expect(schemaErrors(schema, bad).length).to.be.greaterThan(0);
  });
});
