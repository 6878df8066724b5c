// The JSON Schema an editor reads: generated from the zod schema, described field by field, and
// in agreement with the zod schema on the built-in content and on broken variants of it.
import { expect } from '@open-wc/testing';
import { contentJsonSchema } from '../../src/authoring/json-schema.js';
import { descriptions } from '../../src/authoring/json-schema-descriptions.js';
import { defaultContent } from '../../src/content/default-content.js';
import { parseContent } from '../../src/content/parse.js';
import { schemaErrors } from './json-schema-validator.js';

type Json = Record<string, any>;
const schema = contentJsonSchema() as Json;
// Sections and questions are told apart by `kind` and `type`: allOf of { if: kind = …, then: branch }.
const section = (kind: string) =>
  schema.properties.guide.properties.routes.items.properties.sections.items.allOf.find(
    (s: Json) => s.if.properties.kind.const === kind,
  ).then;

describe('content JSON Schema', () => {
  it('is draft-07 with named definitions, the recursive condition among them', () => {
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.definitions)).to.include.members(['Condition', 'Paragraph', 'Inline', 'Link']);
    expect(JSON.stringify(schema.definitions.Condition)).to.contain('"$ref":"#/definitions/Condition"');
  });

  it('describes the fields, in French by default and in English on request', () => {
    expect(schema.properties.meta.properties.reviewedAt.description).to.match(/^Date \(AAAA-MM-JJ\)/);
    expect(section('steps').properties.steps.description).to.equal('Les étapes, dans l’ordre.');
    const question = schema.properties.eligibility.properties.questions.items.allOf[0].then;
    // A description next to a $ref is ignored in draft-07: it is carried by an allOf wrapper.
    expect(question.properties.showIf.allOf).to.deep.equal([{ $ref: '#/definitions/Condition' }]);
    expect(question.properties.showIf.description).to.match(/^La question n’est posée/);
    const en = contentJsonSchema('en') as Json;
    expect(en.properties.meta.properties.reviewedAt.description).to.match(/^Date \(YYYY-MM-DD\)/);
  });

  it('has the same description paths in both languages (generation throws on a path that leads nowhere)', () => {
    expect(Object.keys(descriptions.en).sort()).to.deep.equal(Object.keys(descriptions.fr).sort());
  });

  it('carries the checks zod makes with refinements: id, link and date patterns, non-blank text', () => {
    const meta = schema.properties.meta.properties;
    expect(meta.id.pattern).to.equal('^[a-z0-9][a-z0-9_-]*$');
    expect(meta.reviewedAt).to.include({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(new RegExp(meta.source.properties.url.pattern).test('HTTPS://vae.gouv.fr')).to.equal(true);
    expect(new RegExp(meta.source.properties.url.pattern).test('javascript:alert(1)')).to.equal(false);
    expect(new RegExp(meta.title.pattern).test('   ')).to.equal(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(contentJsonSchema())).to.equal(JSON.stringify(schema));
  });

  it('accepts the built-in content', () => {
    expect(schemaErrors(schema, { $schema: '../../dist/content.schema.json', ...defaultContent })).to.deep.equal([]);
  });

  it('accepts a run of spaces inside a paragraph, as zod does (only whole texts are trimmed)', () => {
    const copy = structuredClone(defaultContent) as any;
    copy.guide.intro = [['Un ', { emphasis: 'CQP' }, ' ', { emphasis: 'ou' }, ' une VAE']];
    expect(parseContent(copy).ok).to.equal(true);
    expect(schemaErrors(schema, copy)).to.deep.equal([]);
  });

  it('tells sections and questions apart by kind and type (if/then), so one mistake is one error', () => {
    const text = JSON.stringify(schema);
    expect(text).to.include('"if":{"properties":{"kind":{"const":"objectives"}}');
    expect(text).to.include('"if":{"properties":{"type":{"const":"single"}}');
    const misspelt = structuredClone(defaultContent) as any;
    misspelt.guide.routes[0].sections[0].titel = 'x';
    expect(schemaErrors(schema, misspelt)).to.deep.equal(['/guide/routes/0/sections/0: unknown titel']);
    const wrongKind = structuredClone(defaultContent) as any;
    wrongKind.eligibility.questions[0].type = 'singel';
    expect(schemaErrors(schema, wrongKind)).to.deep.equal(['/eligibility/questions/0/type: not in enum']);
  });

  // A condition is told apart by which operator key it has (json-schema-keyed.ts): each mistake below
  // is one error from the schema, at or naming the key at fault, where an anyOf of eleven shapes gave
  // one per shape (or one "no branch matches" naming nothing). zod refuses each of them too.
  const wrongConditions: [string, unknown, string][] = [
    ['a misspelt operator', { question: 'target', equal: 'cqp' }, '/eligibility/questions/1/showIf: unknown equal'],
    ['a misspelt question key', { questoin: 'target', equals: 'cqp' }, '/eligibility/questions/1/showIf: unknown questoin'],
    ['two operators', { question: 'target', equals: 'cqp', in: ['cqp'] }, '/eligibility/questions/1/showIf/in: not allowed'],
    ['all and any together', { all: [{ question: 'target', equals: 'cqp' }], any: [{ question: 'target', equals: 'cqp' }] }, '/eligibility/questions/1/showIf/any: not allowed'],
    ['a question beside all', { all: [{ question: 'target', equals: 'cqp' }], question: 'target' }, '/eligibility/questions/1/showIf/question: not allowed'],
    ['no operator', { question: 'target' }, '/eligibility/questions/1/showIf: missing equals'],
    ['an operator without its question', { equals: 'cqp' }, '/eligibility/questions/1/showIf: missing question'],
    ['a question id with capitals', { question: 'Target', equals: 'cqp' }, '/eligibility/questions/1/showIf/question: pattern ^[a-z0-9][a-z0-9_-]*$'],
    ['a number as text', { question: 'target', lessThan: '3' }, '/eligibility/questions/1/showIf/lessThan: type string'],
    ['answered as text', { question: 'target', answered: 'yes' }, '/eligibility/questions/1/showIf/answered: type string'],
    ['an object to compare with', { question: 'target', equals: {} }, '/eligibility/questions/1/showIf/equals: type object'],
    ['an empty in', { question: 'target', in: [] }, '/eligibility/questions/1/showIf/in: too few items'],
    ['an empty all', { all: [] }, '/eligibility/questions/1/showIf/all: too few items'],
    ['a misspelt operator under not', { not: { question: 'target', equal: 'cqp' } }, '/eligibility/questions/1/showIf/not: unknown equal'],
    ['a misspelt operator in the second of any', { any: [{ question: 'target', equals: 'cqp' }, { question: 'target', answerd: true }] }, '/eligibility/questions/1/showIf/any/1: unknown answerd'],
    ['a misspelt fact in picked', { question: 'target', picked: { registy: 'rncp' } }, '/eligibility/questions/1/showIf/picked: unknown registy'],
    ['a text instead of a condition', 'target', '/eligibility/questions/1/showIf: type string'],
  ];
  for (const [name, condition, error] of wrongConditions) {
    it(`a condition with ${name} is one error, naming the key`, () => {
      const copy = structuredClone(defaultContent) as any;
      copy.eligibility.questions[1].showIf = condition;
      expect(parseContent(copy).ok, 'zod should refuse it').to.equal(false);
      expect(schemaErrors(schema, copy)).to.deep.equal([error]);
    });
  }

  it('a rule\'s condition is the same definition: one error there too', () => {
    const copy = structuredClone(defaultContent) as any;
    // Two operators: the error is on the later one in the schema's order (equals, in, lessThan…),
    // wherever the author wrote it.
    copy.eligibility.outcomes[0].rules[0].when = { all: [{ question: 'registry', equals: 'rs' }, { question: 'status', in: ['employee'], equals: 'x' }] };
    expect(schemaErrors(schema, copy)).to.deep.equal(['/eligibility/outcomes/0/rules/0/when/all/1/in: not allowed']);
  });

  it('accepts every shape of condition, nested', () => {
    const copy = structuredClone(defaultContent) as any;
    copy.eligibility.questions[1].showIf = {
      all: [
        { question: 'target', equals: 'cqp' },
        { any: [{ question: 'target', in: ['cqp', 1, true] }, { not: { question: 'target', answered: false } }] },
        { question: 'target', lessThan: 1 },
        { question: 'target', atMost: 1.5 },
        { question: 'target', greaterThan: 0 },
        { question: 'target', atLeast: 0 },
        { question: 'target', picked: {} },
        { question: 'target', picked: { registry: 'rncp', kind: 'cqp', vaeAccess: true, level: 5, registered: true, blocs: false } },
      ],
    };
    expect(schemaErrors(schema, copy)).to.deep.equal([]);
    // The editor completes every key of a condition: they are the properties of one object.
    expect(Object.keys(schema.definitions.Condition.properties)).to.have.members([
      'all', 'any', 'not', 'question', 'equals', 'in', 'lessThan', 'atMost', 'greaterThan', 'atLeast', 'answered', 'picked',
    ]);
    expect(schema.definitions.Condition).not.to.have.any.keys('anyOf', 'oneOf');
  });

  it('describes a note\'s text and condition, and accepts both shapes of note', () => {
    const note = schema.properties.eligibility.properties.outcomes.items.properties.notes;
    expect(note.description).to.match(/\{ "text": paragraphe, "when": condition \}/);
    const object = note.items.anyOf.find((b: Json) => b.type === 'object');
    expect(object.required).to.have.members(['text', 'when']);
    expect(object.properties.when.description).to.match(/^La note n’est affichée que si/);
    expect(object.properties.when.allOf).to.deep.equal([{ $ref: '#/definitions/Condition' }]);
    const copy = structuredClone(defaultContent) as any;
    copy.eligibility.outcomes[1].notes.push('Une note toujours affichée.', { text: ['Une ', { emphasis: 'autre' }], when: { question: 'registry', equals: 'none' } });
    expect(parseContent(copy).ok).to.equal(true);
    expect(schemaErrors(schema, copy)).to.deep.equal([]);
  });

  // Broken variants that zod refuses must be refused by the JSON Schema too (an editor flags them).
  const broken: [string, (c: any) => void][] = [
    ['a missing field', (c) => delete c.meta.version],
    ['a misspelt field', (c) => (c.guide.routes[0].sections[0].titel = 'x')],
    ['an unknown section kind', (c) => (c.guide.routes[0].sections[1].kind = 'audiance')],
    ['a javascript: link', (c) => (c.guide.routes[1].sections.at(-1).links[0].href = 'javascript:alert(1)')],
    ['an id with spaces', (c) => (c.guide.routes[0].id = 'mon cqp')],
    ['a blank title', (c) => (c.guide.routes[0].title = '   ')],
    ['a bad date', (c) => (c.meta.reviewedAt = '27/11/2026')],
    ['a condition with two tests', (c) => (c.eligibility.questions[1].showIf = { question: 'target', equals: 'cqp', in: ['x'] })],
    ['a nested condition of the wrong shape', (c) => (c.eligibility.outcomes[0].rules[0].when = { not: { all: [] } })],
    ['a wrong verdict', (c) => (c.eligibility.outcomes[0].rules[0].verdict = 'ok')],
    ['a note\'s condition with a misspelt operator', (c) => (c.eligibility.outcomes[1].notes[0].when = { not: { question: 'registry', inn: ['rs'] } })],
    ['a note with a condition and no text', (c) => delete c.eligibility.outcomes[1].notes[0].text],
    ['a note with an unknown field', (c) => (c.eligibility.outcomes[1].notes[0].showIf = { question: 'registry', equals: 'none' })],
  ];
  for (const [name, change] of broken) {
    it(`refuses ${name}, as zod does`, () => {
      const copy = structuredClone(defaultContent) as any;
      change(copy);
      expect(parseContent(copy).ok, 'zod should refuse it').to.equal(false);
      expect(schemaErrors(schema, copy)).not.to.deep.equal([]);
    });
  }
});

// The links a visitor can trust (content/href.ts): what a pattern can say, the JSON Schema says too,
// so that an editor flags the link as the author types it, in the place the content check would.
describe('content JSON Schema: links', () => {
  // [link, accepted by the content check]
  const links: [string, boolean][] = [
    ['https://www.francecompetences.fr/recherche/rncp/35678/', true],
    ['HTTPS://vae.gouv.fr', true],
    ['http://example.org/cqp', true],
    ['mailto:contact@opco-ep.fr', true],
    ['tel:+33123456789', true],
    ['https://example.org/branche/@cqp', true],
    ['https://example.org/?contact=a@b.fr', true],
    ['https://example.org/#a@b', true],
    ['javascript:alert(1)', false],
    ['https://opco-ep.fr@evil.example', false],
    ['https://user:secret@example.org/', false],
    ['HTTPS://opco-ep.fr@evil.example/page', false],
    ['http:opco-ep.fr@evil.example', false],
    ['https:///opco-ep.fr@evil.example', false],
    ['https:\\\\evil.example', false],
    ['https://example.org\\@evil.example', false],
    ['https://example.org/a\\b', false],
  ];
  const places: [string, (c: any, href: string) => void][] = [
    ['a section link', (c, href) => (c.guide.routes[1].sections.at(-1).links[0].href = href)],
    ['the source', (c, href) => (c.meta.source.url = href)],
  ];
  for (const [href, accepted] of links) {
    for (const [place, put] of places) {
      it(`${accepted ? 'accepts' : 'refuses'} ${href} as ${place}, as the content check does`, () => {
        const copy = structuredClone(defaultContent) as any;
        put(copy, href);
        expect(parseContent(copy).ok, 'the content check').to.equal(accepted);
        expect(schemaErrors(schema, copy), 'the JSON Schema').to.have.length(accepted ? 0 : 1);
      });
    }
  }

  it('says why in the content check\'s words, for VS Code (patternErrorMessage), in French and English', () => {
    const href = (s: Json) => s.definitions.Link.properties.href;
    expect(href(schema).patternErrorMessage).to.equal('Lien refusé : seuls les liens https:, http:, mailto: et tel: complets sont acceptés.');
    expect(href(schema).allOf.map((s: Json) => s.patternErrorMessage)).to.deep.equal([
      'Lien refusé : un « nom@ » avant le site peut faire croire à un autre site.',
      'Lien refusé : écrivez « / » au lieu de « \\ ».',
    ]);
    expect(href(contentJsonSchema('en') as Json).allOf[0].patternErrorMessage).to.equal(
      'Link refused: a "name@" before the site can pass it off as another site.',
    );
  });
});
