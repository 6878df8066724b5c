// Each element uses its part of the built-in content (a module with one element carries no texts of
// the other): the guide's part is the whole guide without the questionnaire; the questionnaire's
// has, of the guide, only each route's name, steps and financing, and gives every set of answers
// the same results as the whole document.
import { expect } from '@open-wc/testing';
import { builtInGuide, builtInQuestionnaire, defaultContent } from '../../src/content/default-content.js';
import { parseContent } from '../../src/content/parse.js';
import type { Content, Question } from '../../src/content/schema.js';
import { evaluate } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';

/** What a result shows: verdicts, reasons, the route, its steps and its financing. */
const results = (content: Content, answers: Answers) => {
  const evaluation = evaluate(content, answers);
  return {
    complete: evaluation.complete,
    results: evaluation.results.map((r) => ({
      outcome: r.outcome.id,
      verdict: r.verdict,
      reasons: r.reasons.map((x) => x.text),
      route: r.route && { id: r.route.id, title: r.route.title, shortTitle: r.route.shortTitle },
      steps: r.steps,
      financing: r.financing.map((f) => ({ route: f.route.id, option: f.option })),
    })),
  };
};

const options = (id: string) => {
  const question = defaultContent.eligibility!.questions.find((q) => q.id === id) as Question & { options: { value: string }[] };
  return question.options.map((o) => o.value);
};

describe('the built-in content, in each element’s part', () => {
  for (const [name, content] of [
    ['the guide’s', builtInGuide],
    ['the questionnaire’s', builtInQuestionnaire],
  ] as const) {
    it(`${name} part is valid content`, () => {
      const result = parseContent(content);
      expect(result.ok ? [] : result.issues).to.deep.equal([]);
    });
  }

  it('the guide’s part is the whole guide, without the questionnaire', () => {
    expect(builtInGuide.guide).to.equal(defaultContent.guide);
    expect(builtInGuide.glossary).to.equal(defaultContent.glossary);
    expect(builtInGuide.meta).to.deep.equal(defaultContent.meta);
    expect(builtInGuide.eligibility).to.equal(undefined);
  });

  it('the questionnaire’s part has, of the guide, the routes’ names, steps and financing: the same objects', () => {
    expect(builtInQuestionnaire.eligibility).to.equal(defaultContent.eligibility);
    expect(builtInQuestionnaire.guide.intro).to.equal(undefined);
    expect(builtInQuestionnaire.guide.comparison).to.equal(undefined);
    for (const route of builtInQuestionnaire.guide.routes) {
      const whole = defaultContent.guide.routes.find((r) => r.id === route.id)!;
      expect([route.title, route.shortTitle]).to.deep.equal([whole.title, whole.shortTitle]);
      expect(route.sections.map((s) => s.kind)).to.deep.equal(['steps', 'financing']);
      for (const section of route.sections) expect(whole.sections).to.include(section);
    }
  });

  it('the questionnaire’s part gives every set of answers the results of the whole document', () => {
    let complete = 0;
    for (const target of options('target')) {
      for (const registry of options('registry')) {
        for (const status of options('status')) {
          for (const [experience, rest] of [
            ['yes', { activities: ['salarie'], months: [30] }],
            ['yes', { activities: ['autre'], months: [6] }],
            ['no', {}],
          ] as const) {
            const answers = { target, registry, status, experience, ...rest } as Answers;
            const whole = results(defaultContent, answers);
            expect(results(builtInQuestionnaire, answers), JSON.stringify(answers)).to.deep.equal(whole);
            if (whole.complete) complete++;
          }
        }
      }
    }
    // Most of these answer every question asked (a "no" to experience skips the rest).
    expect(complete).to.be.greaterThan(100);
  });
});
