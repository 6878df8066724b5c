// The built-in questionnaire is valid content: alone with a minimal guide, and inside the
// project's default content.
import { expect } from '@open-wc/testing';
import { defaultContent } from '../../src/content/default-content.js';
import { eligibilityFr } from '../../src/content/default/eligibility.fr.js';
import { parseContent } from '../../src/content/parse.js';
import type { Condition, Eligibility } from '../../src/content/schema.js';
import { minimalGuide, minimalMeta } from './fixtures.js';

function questionsIn(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(questionsIn);
  if ('any' in c) return c.any.flatMap(questionsIn);
  if ('not' in c) return questionsIn(c.not);
  return [c.question];
}

describe('built-in questionnaire (eligibility.fr)', () => {
  it('parses with a minimal guide holding the routes and financing it names', () => {
    const result = parseContent({ meta: minimalMeta, guide: minimalGuide, eligibility: eligibilityFr });
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('is rejected when the guide lacks a financing option it names (the test can fail)', () => {
    const guide = structuredClone(minimalGuide);
    const vae = guide.routes[1];
    const financing = vae.sections[1] as { options: { id: string; title: string }[] };
    financing.options = financing.options.filter((o) => o.id !== 'conge-vae');
    const result = parseContent({ meta: minimalMeta, guide, eligibility: eligibilityFr });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).to.include('unknown_financing');
  });

  it('parses inside the default content, unchanged by parsing', () => {
    const result = parseContent(defaultContent);
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
    if (result.ok) expect(result.content.eligibility).to.deep.equal(eligibilityFr);
  });

  it('names in reasons only questions that exist and are asked before the outcome', () => {
    const ids = new Set(eligibilityFr.questions.map((q) => q.id));
    for (const outcome of eligibilityFr.outcomes) {
      for (const rule of outcome.rules) {
        for (const [, id] of rule.reason.matchAll(/\{([a-z0-9][a-z0-9_-]*)\}/g)) {
          expect(ids.has(id), `${outcome.id}: {${id}}`).to.equal(true);
        }
      }
    }
  });

  it('writes "{months} d’expérience", not "{months} mois": the unit comes with the answer', () => {
    const reasons = eligibilityFr.outcomes.flatMap((o) => o.rules.map((r) => r.reason));
    expect(reasons.filter((r) => /\{months\}\s*mois/.test(r))).to.deep.equal([]);
    expect(eligibilityFr.questions.find((q) => q.id === 'months')).to.include({ unit: 'mois' });
  });

  it('a placeholder in a reason is only used by a rule whose condition makes it answered', () => {
    // Otherwise a person could read "?" in a reason.
    const eligibility = eligibilityFr as Eligibility;
    for (const outcome of eligibility.outcomes) {
      for (const rule of outcome.rules) {
        const named = [...rule.reason.matchAll(/\{([a-z0-9][a-z0-9_-]*)\}/g)].map((m) => m[1]);
        const tested = rule.when ? questionsIn(rule.when) : [];
        for (const id of named) expect(tested, `${outcome.id}: ${rule.reason}`).to.include(id);
      }
    }
  });

  it('links to vae.gouv.fr from VAE outcomes and to the branch’s CQP list from CQP outcomes', () => {
    const hrefs = (id: string) => (eligibilityFr.outcomes.find((o) => o.id === id)?.links ?? []).map((l) => l.href);
    expect(hrefs('vae')).to.include('https://vae.gouv.fr');
    expect(hrefs('cqp-vae')).to.include.members(['https://vae.gouv.fr', 'https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences']);
    expect(hrefs('cqp-training')).to.include('https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences');
  });
});
