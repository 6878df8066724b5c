// The seed page as it was written (demo/content/opcoep-page-2021.fr.json, superseded by the 2022
// reform) against its own rules, one person per row: the widgets still render old rules as data.
// Each row: the answers, the verdict expected for each outcome shown, the outcomes that must not be
// shown, reason fragments that must appear, and the financing options (in order) per outcome.
import { expect } from '@open-wc/testing';
import type { Verdict } from '../../src/content/schema.js';
import { evaluate, evaluateCondition, pruneAnswers } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';
import { parsedOrThrow } from './fixtures.js';

const builtIn = parsedOrThrow(await (await fetch('/demo/content/opcoep-page-2021.fr.json')).json());

type OutcomeId = 'vae' | 'cqp-training' | 'cqp-vae';
interface Persona {
  name: string;
  answers: Answers;
  verdicts: Partial<Record<OutcomeId, Verdict>>;
  absent?: OutcomeId[];
  reasons: Partial<Record<OutcomeId, string[]>>;
  financing: Partial<Record<OutcomeId, string[]>>;
}

/** Related experience: the frameworks ticked and the periods, in months. */
const experience = (activities: string[], months: number[]) => ({ experience: 'yes', activities, months });
const noExperience = { experience: 'no' };

const ALL_EMPLOYEE = { vae: ['employer', 'cpf', 'conge-vae'], 'cqp-vae': ['employer', 'cpf', 'conge-vae'] };
const CQP_OUTCOMES: OutcomeId[] = ['cqp-training', 'cqp-vae'];

const personas: Persona[] = [
  {
    name: 'salarié, CQP inscrit au RNCP, 12 mois',
    answers: { target: 'cqp', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [12]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'eligible', 'cqp-vae': 'eligible' },
    reasons: { vae: ['12 mois', 'inscrite au RNCP'], 'cqp-vae': ['12 mois', 'salarié'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'salarié, CQP inscrit au RNCP, 11 mois',
    answers: { target: 'cqp', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [11]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['11 mois', 'au moins 12'], 'cqp-vae': ['11 mois', 'au moins un an'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'trois périodes non continues 5 + 4 + 3, diplôme inscrit au RNCP',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [5, 4, 3]) },
    verdicts: { vae: 'eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['12 mois', 'continus ou non'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: 'bénévole, 14 mois, hors salariat, diplôme inscrit au RNCP',
    answers: { target: 'diplome', registry: 'rncp', status: 'autre', ...experience(['benevolat'], [14]) },
    verdicts: { vae: 'eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['14 mois', 'quels que soient son âge'] },
    financing: { vae: ['cpf'] },
  },
  {
    name: 'étudiant, stages en formation seulement, 6 + 6 mois',
    answers: { target: 'diplome', registry: 'rncp', status: 'autre', ...experience(['stage'], [6, 6]) },
    verdicts: { vae: 'eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['12 mois'] },
    financing: { vae: ['cpf'] },
  },
  {
    name: 'non salarié visant un CQP inscrit au RNCP, 24 mois',
    answers: { target: 'cqp', registry: 'rncp', status: 'autre', ...experience(['non-salarie'], [24]) },
    // The page's two statements (VAE for anyone, a CQP by VAE for employees) give "to check" in
    // both VAE outcomes: they never contradict each other.
    verdicts: { vae: 'to-check', 'cqp-training': 'not-eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['ouverte aux salariés', 'quel que soit votre statut'], 'cqp-training': ['salariés'], 'cqp-vae': ['salarié'] },
    financing: { vae: ['cpf'], 'cqp-training': [], 'cqp-vae': ['cpf'] },
  },
  {
    name: 'non salarié visant un CQP inscrit au RNCP, 8 mois',
    answers: { target: 'cqp', registry: 'rncp', status: 'autre', ...experience(['volontariat'], [8]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'not-eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['8 mois', 'ouverte aux salariés'], 'cqp-vae': ['8 mois', 'salarié'] },
    financing: { vae: ['cpf'], 'cqp-training': [], 'cqp-vae': ['cpf'] },
  },
  {
    name: 'salarié, CQP inscrit seulement au RS, 24 mois',
    answers: { target: 'cqp', registry: 'rs', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['RS'], 'cqp-vae': ['RS', 'La formation reste possible'], 'cqp-training': ['sans inscription au RNCP'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'salarié, CQP inscrit à aucun répertoire, 24 mois',
    answers: { target: 'cqp', registry: 'none', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['aucun répertoire'], 'cqp-vae': ['aucun répertoire', 'La formation reste possible'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company'] },
  },
  {
    name: 'salarié, CQP dont il ignore l’inscription, 24 mois',
    answers: { target: 'cqp', registry: 'unknown', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['francecompetences.fr', 'RNCP'], 'cqp-vae': ['liste des CQP de votre branche', 'francecompetences.fr'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company'] },
  },
  {
    name: 'salarié, certification pas encore choisie, 24 mois',
    answers: { target: 'unknown', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['Choisissez d’abord', 'francecompetences.fr'], 'cqp-vae': ['Choisissez d’abord le CQP'], 'cqp-training': ['consultez la liste'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company'] },
  },
  {
    name: 'employeur qui se renseigne pour un salarié, CQP inscrit au RNCP, 18 mois',
    answers: { target: 'cqp', registry: 'rncp', status: 'employeur', ...experience(['salarie'], [18]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'eligible', 'cqp-vae': 'eligible' },
    reasons: { 'cqp-training': ['En tant qu’employeur'], 'cqp-vae': ['Votre salarié(e)', '18 mois'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'salarié sans expérience en rapport, CQP inscrit au RNCP',
    answers: { target: 'cqp', registry: 'rncp', status: 'salarie', ...noExperience },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['ne pas avoir d’expérience'], 'cqp-vae': ['vous indiquez ne pas en avoir'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'salarié, diplôme inscrit au RNCP, 0 mois',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [0]) },
    verdicts: { vae: 'not-eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['0 mois'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: 'salarié, inscription inconnue et 8 mois: refus, et ce qu’il resterait à vérifier',
    answers: { target: 'cqp', registry: 'unknown', status: 'salarie', ...experience(['salarie'], [8]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['8 mois', 'francecompetences.fr'], 'cqp-vae': ['8 mois', 'liste des CQP'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company'] },
  },
  {
    name: 'indépendant, diplôme inscrit à aucun répertoire, 30 mois',
    answers: { target: 'diplome', registry: 'none', status: 'autre', ...experience(['non-salarie'], [30]) },
    verdicts: { vae: 'not-eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['aucun répertoire'] },
    financing: { vae: ['cpf'] },
  },
  {
    name: 'salarié, diplôme inscrit seulement au RS, 36 mois',
    answers: { target: 'diplome', registry: 'rs', status: 'salarie', ...experience(['salarie'], [36]) },
    verdicts: { vae: 'not-eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['qu’au RS'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: 'expérience dans un autre cadre seulement',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['autre'], [24]) },
    verdicts: { vae: 'to-check' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['ne figure pas parmi'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: 'salarié, CQP inscrit au RNCP, expérience dans un autre cadre seulement',
    answers: { target: 'cqp', registry: 'rncp', status: 'salarie', ...experience(['autre'], [24]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['ne figure pas parmi'], 'cqp-vae': ['organisme certificateur'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'autre cadre et activité salariée',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['salarie', 'autre'], [24]) },
    verdicts: { vae: 'eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['24 mois'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: 'sportif de haut niveau, certification pas encore choisie, 40 mois',
    answers: { target: 'unknown', status: 'autre', ...experience(['sport'], [40]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'not-eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['Choisissez d’abord'], 'cqp-training': ['salariés'], 'cqp-vae': ['salarié', 'Choisissez d’abord le CQP'] },
    financing: { vae: ['cpf'], 'cqp-training': [], 'cqp-vae': ['cpf'] },
  },
  {
    name: 'périodes fractionnaires 6,5 + 5,5',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [6.5, 5.5]) },
    verdicts: { vae: 'eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['12 mois'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: '11,5 mois: il en manque la moitié d’un',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [6.5, 5]) },
    verdicts: { vae: 'not-eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['11,5 mois'] },
    financing: { vae: ['employer', 'cpf', 'conge-vae'] },
  },
  {
    name: 'mandats syndical et électif et volontariat cumulés 4 + 4 + 4',
    answers: { target: 'diplome', registry: 'rncp', status: 'autre', ...experience(['syndicale', 'elective', 'volontariat'], [4, 4, 4]) },
    verdicts: { vae: 'eligible' },
    absent: CQP_OUTCOMES,
    reasons: { vae: ['12 mois'] },
    financing: { vae: ['cpf'] },
  },
  {
    name: 'salarié sans expérience et certification inconnue',
    answers: { target: 'unknown', status: 'salarie', ...noExperience },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['ne pas avoir d’expérience', 'Choisissez d’abord'], 'cqp-training': ['En tant que salarié(e)'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company'] },
  },
  {
    name: 'réponses laissées par des questions masquées: elles ne comptent pas',
    // experience "no" hides months: the 3 months left over must not make the VAE say "3 mois".
    answers: { target: 'unknown', registry: 'rs', status: 'salarie', experience: 'no', activities: ['salarie'], months: [3] },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['ne pas avoir d’expérience'] },
    financing: { ...ALL_EMPLOYEE, 'cqp-training': ['company'] },
  },
];

const eligibility = builtIn.eligibility!;
const outcomeIds = eligibility.outcomes.map((o) => o.id);

describe('seed page (2021 rules): personas from the source page', () => {
  it('has at least 15 personas', () => {
    expect(personas.length).to.be.at.least(15);
  });

  for (const p of personas) {
    describe(p.name, () => {
      const evaluation = evaluate(builtIn, p.answers);
      const byId = new Map(evaluation.results.map((r) => [r.outcome.id, r]));

      it('is complete', () => {
        expect(evaluation.complete, 'every visible question answered').to.equal(true);
      });

      it('shows exactly the expected outcomes with the expected verdicts', () => {
        const verdicts = Object.fromEntries(evaluation.results.map((r) => [r.outcome.id, r.verdict]));
        expect(verdicts).to.deep.equal(p.verdicts);
        for (const id of p.absent ?? []) expect(byId.has(id), id).to.equal(false);
      });

      it('gives the expected reasons, the verdict’s own first, no eligible reason under a reservation', () => {
        for (const [id, fragments] of Object.entries(p.reasons)) {
          const r = byId.get(id)!;
          const text = r.reasons.map((x) => x.text).join(' | ');
          for (const fragment of fragments) expect(text, `${id} reasons`).to.include(fragment);
        }
        for (const r of evaluation.results) {
          expect(r.reasons.length, `${r.outcome.id} has reasons`).to.be.greaterThan(0);
          expect(r.reasons[0].verdict).to.equal(r.verdict);
          if (r.verdict !== 'eligible') expect(r.reasons.map((x) => x.verdict)).not.to.include('eligible');
          for (const reason of r.reasons) expect(reason.text).not.to.match(/[{}]|\?/);
        }
      });

      it('offers the expected financing', () => {
        for (const [id, options] of Object.entries(p.financing)) {
          expect(byId.get(id)!.financing.map((f) => f.option.id), `${id} financing`).to.deep.equal(options);
        }
      });

      it('leads to the route’s steps', () => {
        for (const r of evaluation.results) {
          expect(r.route?.id).to.equal(r.outcome.route);
          expect(r.steps.length, `${r.outcome.id} steps`).to.be.greaterThan(0);
        }
      });
    });
  }

  it('exercises every rule of the built-in questionnaire at least once', () => {
    const used = new Set<string>();
    for (const p of personas) {
      const answers = pruneAnswers(eligibility, p.answers);
      for (const outcome of eligibility.outcomes) {
        if (outcome.showIf && !evaluateCondition(outcome.showIf, answers, eligibility.questions)) continue;
        outcome.rules.forEach((rule, i) => {
          if (!rule.when || evaluateCondition(rule.when, answers, eligibility.questions)) used.add(`${outcome.id}#${i}`);
        });
      }
    }
    const unused = eligibility.outcomes.flatMap((o) => o.rules.map((_, i) => `${o.id}#${i}`)).filter((k) => !used.has(k));
    expect(unused).to.deep.equal([]);
  });

  it('covers every outcome', () => {
    const seen = new Set(personas.flatMap((p) => Object.keys(p.verdicts)));
    expect([...seen].sort()).to.deep.equal([...outcomeIds].sort());
  });
});
