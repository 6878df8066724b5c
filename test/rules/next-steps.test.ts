// The built-in content's next steps and financing fit the answers: a person who named what they aim
// at is not told to choose a certification, one who does not know yet is; an employer reads about
// the employee, in steps and in financing cards. French built-in content and its English
// translation (demo/content/default.en.json), which must say the same things.
import { expect } from '@open-wc/testing';
import { parseContent } from '../../src/content/parse.js';
import type { Content } from '../../src/content/schema.js';
import { evaluate } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';
import { builtIn } from './fixtures.js';

async function english(): Promise<Content> {
  const result = parseContent(await (await fetch('/demo/content/default.en.json')).json());
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.content;
}

const vaeSteps = (content: Content, answers: Answers) => {
  const evaluation = evaluate(content, answers);
  expect(evaluation.complete, JSON.stringify(answers)).to.equal(true);
  return evaluation.results.filter((r) => r.outcome.route === 'vae').map((r) => ({ id: r.outcome.id, titles: r.steps.map((s) => s.title) }));
};

const employee = { status: 'salarie', experience: 'yes', activities: ['salarie'], months: [30] };
const CHOOSE = { fr: /choisi|trouver|choix de la certification/i, en: /choose|find/i };

describe('built-in next steps that fit the answers', () => {
  for (const lang of ['fr', 'en'] as const) {
    describe(lang, () => {
      let content: Content;
      before(async () => {
        content = lang === 'fr' ? builtIn : await english();
      });

      for (const target of ['cqp', 'diplome', 'bloc']) {
        it(`a person aiming at "${target}" is not told to choose a certification; the first step is registering`, () => {
          const routes = vaeSteps(content, { target, registry: 'rncp-vae', ...employee });
          expect(routes.length).to.be.greaterThan(0);
          for (const { id, titles } of routes) {
            expect(titles.filter((t) => CHOOSE[lang].test(t)), id).to.deep.equal([]);
            expect(titles[0], id).to.match(lang === 'fr' ? /^Vous inscrire sur France VAE$/ : /^Register on France VAE$/);
          }
        });
      }

      it('a person who does not know yet is told to choose first, then to register', () => {
        const routes = vaeSteps(content, { target: 'unknown', ...employee });
        expect(routes.length).to.be.greaterThan(0);
        for (const { id, titles } of routes) {
          expect(CHOOSE[lang].test(titles[0]), `${id}: ${titles[0]}`).to.equal(true);
          expect(titles[1], id).to.match(/France VAE/);
        }
      });

      it('the guide still lists every step (no answers there)', () => {
        const route = content.guide.routes.find((r) => r.id === 'vae')!;
        const section = route.sections.find((s) => s.kind === 'steps')!;
        expect(section.kind === 'steps' && section.steps.length).to.equal(6);
      });

      it('an employer reads about the employee in steps and financing, never "vous" meant for the employee', () => {
        const answers = { target: 'diplome', registry: 'rncp-vae', status: 'employeur', experience: 'yes', activities: ['salarie'], months: [20] };
        const evaluation = evaluate(content, answers);
        expect(evaluation.employer).to.equal(true);
        const cards = evaluation.results.flatMap((r) => r.financing.map((f) => f.option));
        expect(cards.map((c) => c.id)).to.include.members(['employer', 'cpf', 'conge-vae']);
        const employeeWord = lang === 'fr' ? /personne salariée/ : /employee/;
        // The employee's own account, rights and leave: named as theirs, not as the reader's.
        const yours = lang === 'fr' ? /\b(vos droits|votre CPF|votre rémunération|votre employeur|votre inscription|votre compte personnel)\b/i : /\b(your (balance|CPF|employer|pay)|you registered)\b/i;
        for (const c of cards) {
          const text = `${c.title} ${(c.body ?? []).flat().join(' ')}`;
          expect(text, c.id).to.not.match(yours);
        }
        for (const id of ['cpf', 'conge-vae']) {
          const c = cards.find((x) => x.id === id)!;
          expect(`${c.title} ${(c.body ?? []).flat().join(' ')}`, id).to.match(employeeWord);
        }
        const steps = evaluation.results.flatMap((r) => r.steps.map((s) => s.title));
        expect(steps.filter((t) => (lang === 'fr' ? /\b(vous|votre|vos)\b/i : /\byour?\b/i).test(t))).to.deep.equal([]);
      });

      it('an employee keeps the employee wording of the financing cards', () => {
        const evaluation = evaluate(content, { target: 'diplome', registry: 'rncp-vae', ...employee });
        const cpf = evaluation.results.flatMap((r) => r.financing.map((f) => f.option)).find((o) => o.id === 'cpf')!;
        expect(cpf.title).to.match(lang === 'fr' ? /^Votre compte personnel de formation/ : /^Your personal training account/);
      });
    });
  }
});
