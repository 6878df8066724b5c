// The example contents in demo/content/: each one passes the schema (zod and the JSON Schema an editor
// reads) and the lint with no finding, and each one says what it claims to be.
import { expect } from '@open-wc/testing';
import { parseContent } from '../../src/content/parse.js';
import { lintContent } from '../../src/authoring/lint.js';
import { contentJsonSchema } from '../../src/authoring/json-schema.js';
import { defaultContent } from '../../src/content/default-content.js';
import { typesetContent } from '../../src/content/typography.js';
import type { Content } from '../../src/content/schema.js';
import { schemaErrors } from '../authoring/json-schema-validator.js';

const EXAMPLES = ['default.fr.json', 'default.en.json', 'branche-cycles.fr.json', 'opcoep-page-2021.fr.json'];
const SCHEMA_PATH = '../../dist/content.schema.json';

async function load(name: string): Promise<any> {
  const response = await fetch(`/demo/content/${name}`);
  expect(response.ok, `${name} is served`).to.equal(true);
  return response.json();
}

function parsed(json: unknown): Content {
  const result = parseContent(json);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.content;
}

/** The content without its texts: what the rules, ids and links are. A translation must keep it. */
const TEXT = new Set(['title', 'shortTitle', 'label', 'hint', 'body', 'summary', 'intro', 'items', 'reason', 'employerReason', 'text', 'description', 'notes', 'unit', 'itemLabel', 'name', 'term', 'definition', 'forms']);
function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(skeleton);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]): [string, unknown][] => {
        // A note is a text, but a `{ text, when }` note's condition is a rule: a translation keeps it.
        if (k === 'notes' && Array.isArray(v)) return [[k, v.map((n) => (n && typeof n === 'object' && !Array.isArray(n) ? skeleton(n) : 'note'))]];
        return TEXT.has(k) ? [] : [[k, skeleton(v)]];
      }),
    );
  }
  return value;
}

describe('example contents', () => {
  const schema = contentJsonSchema();

  for (const name of EXAMPLES) {
    describe(name, () => {
      it('names the JSON Schema first', async () => {
        const json = await load(name);
        expect(Object.keys(json)[0]).to.equal('$schema');
        expect(json.$schema).to.equal(SCHEMA_PATH);
      });

      it('passes the schema and the lint with no error and no warning', async () => {
        const content = parsed(await load(name));
        // On its own review date: the age warning is the lint's business, tested there.
        expect(lintContent(content, { today: content.meta.reviewedAt })).to.deep.equal([]);
      });

      it('passes the JSON Schema an editor reads', async () => {
        expect(schemaErrors(schema, await load(name))).to.deep.equal([]);
      });
    });
  }

  it('default.fr.json is the built-in content (regenerate it with `node scripts/build-cli.mjs --examples`)', async () => {
    const { $schema, ...content } = await load('default.fr.json');
    expect($schema).to.equal(SCHEMA_PATH);
    expect(content).to.deep.equal(JSON.parse(JSON.stringify(typesetContent(defaultContent))));
  });

  it('default.en.json translates the texts and keeps every rule, id and link of the built-in content', async () => {
    const en = await load('default.en.json');
    expect(en.meta.locale).to.equal('en');
    const { meta: _enMeta, ...enRest } = en;
    const { meta: _frMeta, ...frRest } = JSON.parse(JSON.stringify(defaultContent));
    expect(skeleton({ ...enRest, $schema: undefined })).to.deep.equal(skeleton({ ...frRest, $schema: undefined }));
    expect(JSON.stringify(en)).not.to.match(/Vous |vous /);
  });

  it('branche-cycles.fr.json has a catalogue of at least 12 CQPs, placed in its CQP route, picked by its questionnaire, and a contact', async () => {
    const content = parsed(await load('branche-cycles.fr.json'));
    const catalogue = content.catalogue ?? [];
    expect(catalogue.length).to.be.at.least(12);
    expect(content.guide.routes[0].sections.find((s) => s.id === 'catalogue')?.kind).to.equal('catalogue');
    const registries = new Set(catalogue.map((c) => (c.registry === 'none' ? 'none' : Object.keys(c.registry)[0])));
    expect([...registries].sort()).to.deep.equal(['none', 'rncp', 'rs']);
    expect(catalogue.filter((c) => c.level !== undefined).length).to.be.at.least(5);
    for (const c of catalogue) expect(c.link, c.id).to.match(/^https:\/\//);
    expect(content.eligibility?.questions[0]).to.include({ id: 'target', type: 'certification' });
    expect(content.eligibility?.questions.find((q) => q.id === 'registry')).to.deep.include({ from: { question: 'target', fact: 'registry' } });
    expect(JSON.stringify(content)).to.match(/mailto:/).and.to.match(/tel:\+33/);
    expect(content.meta.title).to.match(/fictif/);
  });

  it('opcoep-page-2021.fr.json is the seed page as it was: its 12-month rule, marked as superseded', async () => {
    const content = parsed(await load('opcoep-page-2021.fr.json'));
    const text = JSON.stringify(content);
    expect(content.meta.title).to.match(/avant la réforme/).and.to.match(/périmées/);
    expect(content.meta.source.url).to.equal('https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences');
    expect(content.guide.intro?.[0]).to.match(/ne s’appliquent plus/);
    expect(text).to.match(/"lessThan":12/);
    expect(text).to.contain('livret 1').and.to.contain('Transitions Pro');
  });

  it('the built-in content no longer has the 12 months, names its sources and links to the real page', () => {
    const text = JSON.stringify(defaultContent);
    expect(text).not.to.match(/"lessThan":12|"atLeast":12/);
    expect(defaultContent.meta.source.url).to.equal('https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences');
    for (const m of text.matchAll(/"href":"([^"]+)"/g)) expect(m[1], 'no link to a home page only').not.to.match(/^https:\/\/www\.opcoep\.fr\/?$/);
    for (const route of defaultContent.guide.routes) {
      for (const section of route.sections) {
        if (section.kind === 'links') continue;
        expect(section.sources?.length, `${route.id}: ${section.title} has sources`).to.be.greaterThan(0);
        for (const source of section.sources ?? []) expect(source.checkedAt <= defaultContent.meta.reviewedAt).to.equal(true);
      }
    }
  });
});
