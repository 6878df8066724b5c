import { expect } from '@open-wc/testing';
import { parseContent, parseContentText } from '../../src/content/parse.js';
import { defaultContent } from '../../src/content/default-content.js';
import type { ContentIssue } from '../../src/content/issues.js';
import { MAX_CONDITION_DEPTH } from '../../src/content/schema.js';

/** A deep copy of the built-in content with one change applied: the broken-content fixtures. */
function broken(change: (c: any) => void): unknown {
  const copy = structuredClone(defaultContent) as any;
  change(copy);
  return copy;
}

function issuesOf(input: unknown, locale: 'fr' | 'en' = 'fr'): ContentIssue[] {
  const result = parseContent(input, { locale });
  expect(result.ok, 'content should be refused').to.equal(false);
  return result.ok ? [] : result.issues;
}

describe('content schema', () => {
  it('accepts the built-in content as it is', () => {
    const result = parseContent(defaultContent);
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(result.content.guide.routes.map((r) => r.id)).to.deep.equal(['cqp', 'vae']);
  });

  it('accepts a third route: routes are data', () => {
    const result = parseContent(
      broken((c) =>
        c.guide.routes.push({
          id: 'titre-pro',
          title: 'Titre professionnel',
          shortTitle: 'Titre pro',
          sections: [{ kind: 'objectives', title: 'Objectifs', body: ['Un titre du ministère du Travail.'] }],
        }),
      ),
    );
    expect(result.ok).to.equal(true);
  });

  it('accepts notes as paragraphs or as { text, when }, and keeps them as written', () => {
    const notes = [
      'Toujours affichée.',
      ['Aussi, avec un ', { text: 'lien', href: 'https://vae.gouv.fr' }, '.'],
      { text: 'Seulement sans répertoire.', when: { question: 'registry', equals: 'none' } },
      { text: ['Avec ', { emphasis: 'une emphase' }, ', sous condition.'], when: { not: { question: 'registry', answered: true } } },
    ];
    const result = parseContent(broken((c) => (c.eligibility.outcomes[1].notes = notes)));
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(result.content.eligibility!.outcomes[1].notes).to.deep.equal(notes);
  });

  it('accepts a "$schema" key for editors', () => {
    expect(parseContent({ $schema: './content.schema.json', ...defaultContent }).ok).to.equal(true);
  });

  // Each row: a broken content, the path the author must be sent to, and words of the message.
  const cases: [string, (c: any) => void, string, RegExp][] = [
    ['a missing step title', (c) => delete c.guide.routes[1].sections[5].steps[3].title,
      'guide.routes[1].sections[5].steps[3].title', /obligatoire/],
    ['an empty title', (c) => (c.guide.routes[0].title = '   '), 'guide.routes[0].title', /vide/],
    ['a misspelt field', (c) => (c.guide.routes[0].sections[0].titel = 'x'), 'guide.routes[0].sections[0].titel',
      /Champ inconnu : « titel »\. Vouliez-vous dire « title » \?$/],
    ['a misspelt required field, once', (c) => { c.meta.Version = c.meta.version; delete c.meta.version; }, 'meta.Version',
      /« Version ».*« version ».*obligatoire manque/],
    ['a field with no near spelling', (c) => (c.meta.colour = 'x'), 'meta.colour', /Champ inconnu : « colour »\. Vérifiez/],
    ['a level written as text', (c) => (c.catalogue = [{ id: 'c1', title: 'CQP', kind: 'cqp', registry: 'none', level: '4' }]),
      'catalogue[0].level', /« 4 » est écrite comme un texte.*\(1, 2, 3, 4, 5, 6, 7, 8\)/],
    // A space before "://" (Chromium would take one inside the host, escaped, where Firefox and Node refuse it).
    ['a link with a space', (c) => (c.meta.source.url = 'https ://www.francecompetences.fr/'), 'meta.source.url',
      /contient une espace/],
    ['an unknown section kind', (c) => (c.guide.routes[0].sections[1].kind = 'audiance'),
      'guide.routes[0].sections[1].kind', /audiance.*objectives/],
    ['a javascript: link', (c) => (c.guide.routes[1].sections.at(-1).links[0].href = 'javascript:alert(1)'),
      'guide.routes[1].sections[11].links[0].href', /javascript:alert\(1\).*https:/],
    ['a data: link inside a paragraph', (c) => (c.guide.routes[0].sections[3].body[1][1].href = 'data:text/html,x'),
      'guide.routes[0].sections[3].body[1][1].href', /Lien refusé/],
    ['a source without its check date', (c) => delete c.guide.routes[0].sections[0].sources[0].checkedAt,
      'guide.routes[0].sections[0].sources[0].checkedAt', /obligatoire/],
    ['a source that is not a link', (c) => (c.eligibility.outcomes[0].rules[0].sources[0].url = 'vae.gouv.fr'),
      'eligibility.outcomes[0].rules[0].sources[0].url', /Lien refusé/],
    ['a glossary entry without its definition', (c) => delete c.glossary[0].definition, 'glossary[0].definition', /obligatoire/],
    ['a relative link', (c) => (c.meta.source.url = '/page'), 'meta.source.url', /Lien refusé/],
    ['a wrong type', (c) => (c.meta.version = 3), 'meta.version', /attendu un texte, reçu un nombre/],
    ['a bad review date', (c) => (c.meta.reviewedAt = '27/11/2026'), 'meta.reviewedAt', /AAAA-MM-JJ/],
    ['a review date on a day that does not exist', (c) => (c.meta.reviewedAt = '2026-02-31'), 'meta.reviewedAt', /Date invalide/],
    ['a source checked on a 29 February of a common year', (c) => (c.guide.routes[0].sections[0].sources[0].checkedAt = '2026-02-29'),
      'guide.routes[0].sections[0].sources[0].checkedAt', /Date invalide/],
    ['an id with spaces', (c) => (c.guide.routes[0].id = 'mon cqp'), 'guide.routes[0].id', /Identifiant invalide/],
    ['no routes', (c) => (c.guide.routes = []), 'guide.routes', /au moins 1/],
    ['a number where a paragraph is expected', (c) => (c.guide.intro = [42]), 'guide.intro[0]',
      /attendu un texte ou une liste/],
    ['an unknown condition operator', (c) => (c.eligibility.questions[2].showIf = { question: 'target', is: 'cqp' }),
      'eligibility.questions[2].showIf.is', /Champ inconnu : « is »/],
    ['a duplicate route id', (c) => (c.guide.routes[1].id = 'cqp'), 'guide.routes[1].id', /déjà utilisé.*guide\.routes\[0\]/],
    ['a condition on a question that does not exist', (c) => (c.eligibility.outcomes[0].rules[0].when = { question: 'age', atLeast: 18 }),
      'eligibility.outcomes[0].rules[0].when.question', /age.*n’existe pas/],
    ['a condition on an option that does not exist', (c) => (c.eligibility.outcomes[0].rules[0].when = { question: 'target', equals: 'licence' }),
      'eligibility.outcomes[0].rules[0].when.equals', /licence.*target/],
    ['a financing option that does not exist', (c) => (c.eligibility.outcomes[0].financing[0].option = 'loto'),
      'eligibility.outcomes[0].financing[0].option', /loto/],
    ['an outcome leading to a missing route', (c) => (c.eligibility.outcomes[0].route = 'bts'),
      'eligibility.outcomes[0].route', /bts/],
    ['a question that depends on a later one', (c) => (c.eligibility.questions[0].showIf = { question: 'status', answered: true }),
      'eligibility.questions[0].showIf.question', /posée plus tard/],
    // outcomes[1] is the CQP by training, whose note on the CPF limit has a `when`.
    ['an unknown operator in a note’s condition', (c) => (c.eligibility.outcomes[1].notes[0].when = { question: 'registry', is: 'none' }),
      'eligibility.outcomes[1].notes[0].when.is', /Champ inconnu : « is »/],
    ['a note’s condition that is not a condition', (c) => (c.eligibility.outcomes[1].notes[0].when = 'registry'),
      'eligibility.outcomes[1].notes[0].when', /attendu/],
    ['a note with a condition and no text', (c) => delete c.eligibility.outcomes[1].notes[0].text,
      'eligibility.outcomes[1].notes[0].text', /attendu un texte ou une liste/],
    ['a misspelt "when" in a note', (c) => { const n = c.eligibility.outcomes[1].notes[0]; n.wen = n.when; delete n.when; },
      'eligibility.outcomes[1].notes[0].wen', /« wen ».*« when »/],
    ['a note’s condition on a question that does not exist', (c) => (c.eligibility.outcomes[1].notes[0].when = { not: { question: 'repertoire', in: ['rs'] } }),
      'eligibility.outcomes[1].notes[0].when.not.question', /repertoire.*n’existe pas/],
    ['a note’s condition on an option that does not exist', (c) => (c.eligibility.outcomes[1].notes[0].when = { question: 'registry', in: ['none', 'rsx'] }),
      'eligibility.outcomes[1].notes[0].when.in[1]', /rsx.*registry/],
  ];

  for (const [name, change, path, words] of cases) {
    it(`refuses ${name}, naming ${path}`, () => {
      const issues = issuesOf(broken(change));
      const found = issues.find((i) => i.path === path);
      expect(found, `no issue at ${path}; got ${issues.map((i) => i.path).join(', ')}`).to.exist;
      expect(found!.message).to.match(words);
    });
  }

  it('merges a misspelt required field into one issue (not "missing" plus "unknown")', () => {
    const issues = issuesOf(broken((c) => { c.meta.titel = c.meta.title; delete c.meta.title; }));
    expect(issues.map((i) => i.path)).to.deep.equal(['meta.titel']);
  });

  it('words messages in English on request', () => {
    const [first] = issuesOf(broken((c) => delete c.meta.title), 'en');
    expect(first).to.deep.include({ path: 'meta.title', code: 'required' });
    expect(first.message).to.match(/Required field is missing/);
  });

  it('reports every problem at once, not only the first', () => {
    const issues = issuesOf(broken((c) => { delete c.meta.title; c.meta.reviewedAt = 'soon'; }));
    expect(issues.map((i) => i.path)).to.include.members(['meta.title', 'meta.reviewedAt']);
  });

  it('refuses anything that is not a content document, without throwing', () => {
    for (const input of [null, 42, 'text', [], {}, { meta: null }, { guide: { routes: 'x' } }]) {
      expect(issuesOf(input).length, JSON.stringify(input)).to.be.greaterThan(0);
    }
  });

  it('cuts a hostile received value short in messages', () => {
    const [found] = issuesOf(broken((c) => (c.meta.source.url = `javascript:${'x'.repeat(5000)}`)));
    expect(found.message.length).to.be.lessThan(200);
  });

  it('reports invalid JSON text as one issue at the document root', () => {
    const result = parseContentText('{ "meta": ');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues).to.have.length(1);
      expect(result.issues[0].path).to.equal('');
      expect(result.issues[0].message).to.match(/pas du JSON valide/);
    }
  });
});

describe('content text runs', () => {
  it('keeps the spaces around inline runs so that words do not run together', () => {
    const result = parseContent(broken((c) => (c.guide.intro = [['délivré par ', { emphasis: 'la branche' }, ' seule.']])));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.content.guide.intro![0]).to.deep.equal(['délivré par ', { emphasis: 'la branche' }, ' seule.']);
  });

  it('trims whole texts', () => {
    const result = parseContent(broken((c) => (c.meta.title = '  Titre  ')));
    expect(result.ok && result.content.meta.title).to.equal('Titre');
  });
});

describe('values no JSON can hold, given by property', () => {
  it('describes a BigInt or a circular value instead of throwing', () => {
    const circular: any = { kind: 'objectives' };
    circular.self = circular;
    for (const odd of [10n, circular]) {
      const result = parseContent(broken((c) => (c.guide.routes[0].sections[1].kind = odd)));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).to.include('guide.routes[0].sections[1].kind');
    }
  });
});

describe('what a broken document reads', () => {
  it('a document nested deeper than the stack: says so, not "invalid JSON: RangeError"', () => {
    // Conditions are the recursive part of the schema: 200,000 nested nots, as text and as objects,
    // and a condition that contains itself.
    const depth = 200_000;
    const base = JSON.stringify(broken((c) => (c.eligibility.outcomes[0].rules[0].when = '__deep__')));
    const leaf = '{"question":"target","equals":"cqp"}';
    const withWhen = (when: string) => base.replace('"__deep__"', when);
    const byText = parseContentText(withWhen(`${'{"not":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`), { locale: 'fr' });
    let deep: any = JSON.parse(leaf);
    for (let i = 0; i < depth; i++) deep = { not: deep };
    const byProperty = parseContent(broken((c) => (c.eligibility.outcomes[0].rules[0].when = deep)));
    const cyclic: any = { not: null };
    cyclic.not = cyclic;
    const byCycle = parseContent(broken((c) => (c.eligibility.outcomes[0].rules[0].when = cyclic)));
    for (const result of [byText, byProperty, byCycle]) {
      expect(result.ok).to.equal(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.code)).to.deep.equal(['too_deep_document']);
      expect(result.issues[0].message).to.contain('imbriqué trop profondément').and.not.contain('RangeError');
    }
    const en = parseContent(broken((c) => (c.eligibility.outcomes[0].rules[0].when = cyclic)), { locale: 'en' });
    expect(!en.ok && en.issues[0].message).to.contain('nested too deep');
  });

  it('NaN and Infinity given by property are named, not "expected a number, got a number"', () => {
    for (const [value, word] of [[NaN, 'NaN'], [Infinity, 'infini'], [-Infinity, 'infini']] as const) {
      const issues = issuesOf(broken((c) => (c.eligibility.questions.find((q: any) => q.id === 'months').max = value)));
      expect(issues.map((i) => i.path)).to.deep.equal(['eligibility.questions[5].max']);
      expect(issues[0].message).to.contain(word).and.not.contain('reçu un nombre.');
    }
  });
});

describe('condition depth', () => {
  it('refuses a condition nested deeper than the engine evaluates, naming where', () => {
    let deep: any = { question: 'target', equals: 'cqp' };
    for (let i = 0; i < 70; i++) deep = { not: deep };
    const issues = issuesOf(broken((c) => (c.eligibility.outcomes[0].rules[0].when = deep)));
    const found = issues.find((i) => i.code === 'too_deep');
    expect(found, issues.map((i) => i.code).join(', ')).to.exist;
    expect(found!.path).to.match(/^eligibility\.outcomes\[0\]\.rules\[0\]\.when(\.not)+$/);
  });

  it('draws the line where the engine does: MAX_CONDITION_DEPTH nots accepted, one more refused', () => {
    const nots = (n: number) => {
      let deep: any = { question: 'target', equals: 'cqp' };
      for (let i = 0; i < n; i++) deep = { not: deep };
      return deep;
    };
    expect(parseContent(broken((c) => (c.eligibility.outcomes[0].rules[0].when = nots(MAX_CONDITION_DEPTH)))).ok).to.equal(true);
    const issues = issuesOf(broken((c) => (c.eligibility.outcomes[0].rules[0].when = nots(MAX_CONDITION_DEPTH + 1))));
    expect(issues.map((i) => i.code)).to.deep.equal(['too_deep']);
  });

  it('accepts the same condition at a depth the engine evaluates', () => {
    let deep: any = { question: 'target', equals: 'cqp' };
    for (let i = 0; i < 10; i++) deep = { not: { not: deep } };
    const result = parseContent(broken((c) => (c.eligibility.outcomes[0].rules[0].when = deep)));
    expect(result.ok).to.equal(true);
  });
});
