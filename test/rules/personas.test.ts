// The built-in questionnaire under today's law (VAE reform of 2022-2023), one person per row, through
// the engine: the answers, the verdict of every outcome shown, the outcomes not shown, reason
// fragments that must appear, the financing offered and the notes shown. No minimum duration; any
// status and any frame of experience; the target must be in the RNCP with VAE among its access
// routes, or a bloc. The CPF limit is read once: the CQP-by-training result shows the CPF card or the
// note on the limit, never both, and a certification picked from a catalogue reads as its registry.
import { expect } from '@open-wc/testing';
import type { Verdict } from '../../src/content/schema.js';
import type { Paragraph } from '../../src/content/schema.js';
import { evaluate, evaluateCondition, pruneAnswers } from '../../src/rules/engine.js';
import type { Answers, OutcomeResult } from '../../src/rules/types.js';
import { builtIn, parsedOrThrow } from './fixtures.js';

type OutcomeId = 'vae' | 'cqp-training' | 'cqp-vae';
interface Persona {
  name: string;
  answers: Answers;
  verdicts: Partial<Record<OutcomeId, Verdict>>;
  reasons: Partial<Record<OutcomeId, string[]>>;
  financing?: Partial<Record<OutcomeId, string[]>>;
  /** The notes shown, in order, each by a fragment of its text; [] for none. */
  notes?: Partial<Record<OutcomeId, string[]>>;
}

/** Fragments of the built-in notes: the CPF limit (CQP by training), the VAE's accompaniment and yearly limits. */
const CPF_LIMIT = 'ne finance un CQP que';
const ACCOMPANIMENT = 'architecte accompagnateur';
const YEARLY = 'année civile';
const plain = (p: Paragraph) => (typeof p === 'string' ? p : p.map((r) => (typeof r === 'string' ? r : 'emphasis' in r ? r.emphasis : r.text)).join(''));
const noteTexts = (r: OutcomeResult | undefined) => (r?.notes ?? []).map(plain);
const cardIds = (r: OutcomeResult | undefined) => (r?.financing ?? []).map((f) => f.option.id);

const experience = (activities: string[], months: number[]) => ({ experience: 'yes', activities, months });
const noExperience = { experience: 'no' };
const EMPLOYEE_VAE = ['employer', 'cpf', 'conge-vae'];

const personas: Persona[] = [
  {
    name: 'salariée, diplôme au RNCP ouvert à la VAE, 6 mois (le cas de l’issue)',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie'], [6]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['6 mois', 'aucune durée minimale', 'voies d’accès'] },
    financing: { vae: EMPLOYEE_VAE },
  },
  {
    name: 'salarié, diplôme au RNCP ouvert à la VAE, 3 mois',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie'], [3]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['3 mois', 'aucune durée minimale'] },
  },
  {
    name: 'salariée, diplôme au RNCP ouvert à la VAE, 30 mois en trois périodes',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie'], [10, 12, 8]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['30 mois'] },
  },
  {
    // No minimum duration: "yes" with 0 months may be a few days, which can count. Was "not eligible".
    name: 'oui à l’expérience, mais 0 mois au total: à vérifier, pas refusé',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie'], [0]) },
    verdicts: { vae: 'to-check' },
    reasons: { vae: ['0 mois', 'aucune durée minimale', 'moins d’un mois peut compter', 'organisme certificateur'] },
  },
  {
    name: 'deux semaines de stage, saisies 0,5 mois',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'autre', ...experience(['stage'], [0.5]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['0,5 mois', 'aucune durée minimale'] },
  },
  {
    name: 'employeur, 0 mois pour la personne salariée: à vérifier, dit de la personne salariée',
    answers: { target: 'bloc', registry: 'rncp-vae', status: 'employeur', ...experience(['salarie'], [0, 0]) },
    verdicts: { vae: 'to-check' },
    reasons: { vae: ['pour la personne salariée', '0 mois', 'aucune durée minimale'] },
  },
  {
    name: '0 mois pour une certification du RS: refusé pour le répertoire, la durée reste à vérifier',
    answers: { target: 'diplome', registry: 'rs', status: 'salarie', ...experience(['salarie'], [0]) },
    verdicts: { vae: 'not-eligible' },
    reasons: { vae: ['qu’au RS', '0 mois'] },
  },
  {
    name: 'sans expérience en rapport direct',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...noExperience },
    verdicts: { vae: 'not-eligible' },
    reasons: { vae: ['ne pas en avoir'] },
  },
  {
    name: 'proche aidant, sans autre activité, titre au RNCP ouvert à la VAE, 24 mois',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'autre', ...experience(['aidant'], [24]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['aidant un proche', '24 mois'] },
    financing: { vae: ['cpf'] },
  },
  {
    name: 'bénévole, 5 mois',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'autre', ...experience(['benevolat'], [5]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['5 mois'] },
  },
  {
    name: 'volontariat, mandat syndical et mandat électif cumulés',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'autre', ...experience(['volontariat', 'syndicale', 'elective'], [4, 4, 4]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['12 mois'] },
  },
  {
    name: 'sportive de haut niveau, 18 mois',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'autre', ...experience(['sport'], [18]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['18 mois'] },
  },
  {
    name: 'étudiant, stages en formation seulement, 2 + 2 mois',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'autre', ...experience(['stage'], [2, 2]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['4 mois'] },
  },
  {
    name: 'expérience dans un autre cadre seulement',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...experience(['autre'], [24]) },
    verdicts: { vae: 'to-check' },
    reasons: { vae: ['organisme certificateur'] },
  },
  {
    name: 'autre cadre et activité salariée: la salariée compte',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie', 'autre'], [24]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['24 mois'] },
  },
  {
    name: 'diplôme au RNCP dont la fiche ne cite pas la VAE',
    answers: { target: 'diplome', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [60]) },
    verdicts: { vae: 'not-eligible' },
    reasons: { vae: ['ne cite pas la VAE'] },
  },
  {
    name: 'certification inscrite seulement au RS',
    answers: { target: 'diplome', registry: 'rs', status: 'salarie', ...experience(['salarie'], [36]) },
    verdicts: { vae: 'not-eligible' },
    reasons: { vae: ['qu’au RS'] },
  },
  {
    name: 'certification inscrite à aucun répertoire',
    answers: { target: 'diplome', registry: 'none', status: 'independant', ...experience(['non-salarie'], [30]) },
    verdicts: { vae: 'not-eligible' },
    reasons: { vae: ['aucun répertoire'] },
  },
  {
    name: 'inscription inconnue',
    answers: { target: 'diplome', registry: 'unknown', status: 'salarie', ...experience(['salarie'], [8]) },
    verdicts: { vae: 'to-check' },
    reasons: { vae: ['francecompetences.fr', 'voies d’accès'] },
  },
  {
    name: 'un bloc de compétences d’un titre ouvert à la VAE, 6 mois',
    answers: { target: 'bloc', registry: 'rncp-vae', status: 'demandeur', ...experience(['salarie'], [6]) },
    verdicts: { vae: 'eligible' },
    reasons: { vae: ['bloc de compétences', 'reste acquis', '6 mois'] },
    financing: { vae: ['cpf'] },
  },
  {
    name: 'salariée, CQP au RNCP ouvert à la VAE, 8 mois',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie'], [8]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'eligible', 'cqp-vae': 'eligible' },
    reasons: { vae: ['8 mois'], 'cqp-vae': ['à votre initiative', '8 mois'], 'cqp-training': ['évaluation de départ'] },
    financing: { vae: EMPLOYEE_VAE, 'cqp-vae': EMPLOYEE_VAE, 'cqp-training': ['company', 'cpf'] },
    // Plain notes always show; the CPF card states the limit, so its note does not.
    notes: { vae: [ACCOMPANIMENT, YEARLY], 'cqp-vae': [ACCOMPANIMENT], 'cqp-training': [] },
  },
  {
    name: 'employeur pour une personne salariée, CQP au RNCP ouvert à la VAE, 18 mois',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'employeur', ...experience(['salarie'], [18]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'eligible', 'cqp-vae': 'eligible' },
    reasons: { 'cqp-vae': ['La personne salariée', '18 mois'], 'cqp-training': ['proposer un CQP'] },
    financing: { vae: EMPLOYEE_VAE, 'cqp-vae': EMPLOYEE_VAE, 'cqp-training': ['company', 'cpf'] },
  },
  {
    name: 'indépendant, CQP au RNCP ouvert à la VAE, 24 mois: VAE ouverte avec la réserve de la branche, les deux résultats VAE d’accord',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'independant', ...experience(['non-salarie'], [24]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'to-check', 'cqp-vae': 'eligible' },
    reasons: {
      vae: ['quel que soit votre statut', 'branche qui le délivre'],
      'cqp-vae': ['quel que soit votre statut', 'branche qui le délivre'],
      'cqp-training': ['Renseignez-vous auprès de la branche'],
    },
    financing: { vae: ['cpf'], 'cqp-vae': ['cpf'], 'cqp-training': ['cpf'] },
  },
  {
    name: 'demandeuse d’emploi, CQP au RNCP ouvert à la VAE, 3 mois',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'demandeur', ...experience(['salarie'], [3]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'to-check', 'cqp-vae': 'eligible' },
    reasons: { 'cqp-vae': ['3 mois', 'quel que soit votre statut'], 'cqp-training': ['cherchent un emploi'] },
  },
  {
    // Was "not eligible" in both VAE outcomes.
    name: 'salariée, CQP ouvert à la VAE, 0 mois: à vérifier dans les deux résultats VAE',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'salarie', ...experience(['salarie'], [0]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['0 mois', 'aucune durée minimale'], 'cqp-vae': ['0 mois', 'aucune durée minimale'] },
  },
  {
    name: 'demandeur d’emploi, CQP ouvert à la VAE, quelques jours saisis 0 mois: à vérifier, pas refusé',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'demandeur', ...experience(['salarie'], [0]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'to-check', 'cqp-vae': 'to-check' },
    reasons: { vae: ['moins d’un mois peut compter'], 'cqp-vae': ['moins d’un mois peut compter'] },
  },
  {
    name: 'salarié, CQP au RNCP sans la VAE: formation seulement',
    answers: { target: 'cqp', registry: 'rncp', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { 'cqp-vae': ['Voyez le CQP par la formation'], 'cqp-training': ['se prépare par la formation'] },
    financing: { 'cqp-training': ['company', 'cpf'] },
    notes: { 'cqp-training': [] },
  },
  {
    name: 'salariée, CQP inscrit seulement au RS',
    answers: { target: 'cqp', registry: 'rs', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['RS'], 'cqp-vae': ['RS', 'Voyez le CQP par la formation'] },
    financing: { vae: EMPLOYEE_VAE, 'cqp-vae': EMPLOYEE_VAE, 'cqp-training': ['company', 'cpf'] },
    notes: { 'cqp-training': [] },
  },
  {
    // The CQP by VAE must not say that training "remains possible" where training itself is to check.
    name: 'indépendante, CQP inscrit seulement au RS: la VAE renvoie à la formation sans la promettre',
    answers: { target: 'cqp', registry: 'rs', status: 'independant', ...experience(['non-salarie'], [24]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'to-check', 'cqp-vae': 'not-eligible' },
    reasons: { 'cqp-vae': ['qu’au RS', 'Voyez le CQP par la formation'], 'cqp-training': ['Renseignez-vous auprès de la branche'] },
    financing: { 'cqp-training': ['cpf'] },
  },
  {
    name: 'employeur, expérience dans un autre cadre seulement: le cadre de cette expérience, pas « votre » expérience',
    answers: { target: 'diplome', registry: 'rncp-vae', status: 'employeur', ...experience(['autre'], [10]) },
    verdicts: { vae: 'to-check' },
    reasons: { vae: ['Le cadre de cette expérience', 'organisme certificateur'] },
  },
  {
    name: 'salarié, CQP inscrit à aucun répertoire: pas de CPF pour la formation',
    answers: { target: 'cqp', registry: 'none', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { 'cqp-vae': ['aucun répertoire'] },
    financing: { 'cqp-training': ['company'] },
    notes: { 'cqp-training': [CPF_LIMIT] },
  },
  {
    name: 'salariée, CQP dont elle ignore l’inscription',
    answers: { target: 'cqp', registry: 'unknown', status: 'salarie', ...experience(['salarie'], [24]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'eligible', 'cqp-vae': 'to-check' },
    reasons: { 'cqp-vae': ['liste des CQP de votre branche', 'francecompetences.fr'] },
    financing: { 'cqp-training': ['company'] },
    notes: { 'cqp-training': [CPF_LIMIT] },
  },
  {
    name: '« je ne sais pas encore », salarié, 30 mois',
    answers: { target: 'unknown', status: 'salarie', ...experience(['salarie'], [30]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'eligible', 'cqp-vae': 'to-check' },
    reasons: { vae: ['Choisissez d’abord'], 'cqp-vae': ['Choisissez d’abord le CQP'], 'cqp-training': ['consultez la liste'] },
    financing: { 'cqp-training': ['company'] },
    // The registry question is not asked: the note says why the CPF is not offered.
    notes: { 'cqp-training': [CPF_LIMIT] },
  },
  {
    name: '« je ne sais pas encore », sans expérience, sans emploi',
    answers: { target: 'unknown', status: 'demandeur', ...noExperience },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'to-check', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['ne pas en avoir'], 'cqp-vae': ['ne pas en avoir'] },
  },
  {
    name: 'proche aidante visant un CQP ouvert à la VAE, sans emploi salarié',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'autre', ...experience(['aidant'], [6]) },
    verdicts: { vae: 'eligible', 'cqp-training': 'to-check', 'cqp-vae': 'eligible' },
    reasons: { vae: ['aidant un proche'], 'cqp-vae': ['quel que soit votre statut'] },
  },
  {
    name: 'indépendante, CQP ouvert à la VAE, autre cadre seulement: à vérifier dans les deux',
    answers: { target: 'cqp', registry: 'rncp-vae', status: 'independant', ...experience(['autre'], [12]) },
    verdicts: { vae: 'to-check', 'cqp-training': 'to-check', 'cqp-vae': 'to-check' },
    reasons: { vae: ['organisme certificateur'], 'cqp-vae': ['organisme certificateur'] },
  },
  {
    name: 'réponses laissées par des questions masquées: elles ne comptent pas',
    // experience "no" hides months: the 3 months left over must not make the VAE say "3 mois".
    answers: { target: 'unknown', registry: 'rs', status: 'salarie', experience: 'no', activities: ['salarie'], months: [3] },
    verdicts: { vae: 'not-eligible', 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' },
    reasons: { vae: ['ne pas en avoir'] },
    // Nor does the "rs" left behind by the hidden registry question bring the CPF card back.
    financing: { 'cqp-training': ['company'] },
    notes: { 'cqp-training': [CPF_LIMIT] },
  },
];

const eligibility = builtIn.eligibility!;
const outcomeIds = eligibility.outcomes.map((o) => o.id);
const rank: Record<Verdict, number> = { eligible: 0, 'to-check': 1, 'not-eligible': 2 };

describe('built-in questionnaire: personas under today’s law', () => {
  it('has at least 25 personas', () => {
    expect(personas.length).to.be.at.least(25);
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
      });

      it('gives the expected reasons, the verdict’s own first, no eligible reason under a reservation', () => {
        for (const [id, fragments] of Object.entries(p.reasons)) {
          const text = byId.get(id)!.reasons.map((x) => x.text).join(' | ');
          for (const fragment of fragments) expect(text, `${id} reasons`).to.include(fragment);
        }
        for (const r of evaluation.results) {
          expect(r.reasons[0].verdict).to.equal(r.verdict);
          if (r.verdict !== 'eligible') expect(r.reasons.map((x) => x.verdict)).not.to.include('eligible');
          for (const reason of r.reasons) expect(reason.text).not.to.match(/[{}]|\?$/);
        }
      });

      it('never gives two outcomes of the same route opposite verdicts', () => {
        for (const a of evaluation.results) {
          for (const b of evaluation.results) {
            if (a === b || a.outcome.route !== b.outcome.route) continue;
            expect(Math.abs(rank[a.verdict] - rank[b.verdict]), `${a.outcome.id} ${a.verdict} / ${b.outcome.id} ${b.verdict}`).to.be.below(2);
          }
        }
      });

      if (p.financing) {
        it('offers the expected financing', () => {
          for (const [id, options] of Object.entries(p.financing!)) {
            expect(byId.get(id)!.financing.map((f) => f.option.id), `${id} financing`).to.deep.equal(options);
          }
        });
      }

      if (p.notes) {
        it('shows exactly the expected notes', () => {
          for (const [id, fragments] of Object.entries(p.notes!)) {
            const notes = noteTexts(byId.get(id));
            expect(notes.length, `${id} notes: ${JSON.stringify(notes)}`).to.equal(fragments.length);
            fragments.forEach((f, i) => expect(notes[i], `${id} note ${i}`).to.include(f));
          }
        });
      }

      it('states the CPF limit once for the CQP by training: its card or its note', () => {
        const training = byId.get('cqp-training');
        if (!training) return;
        const card = cardIds(training).includes('cpf');
        const note = noteTexts(training).some((n) => n.includes(CPF_LIMIT));
        expect(card !== note, `card ${card}, note ${note}`).to.equal(true);
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

  it('covers every outcome, every status and every frame of experience', () => {
    expect([...new Set(personas.flatMap((p) => Object.keys(p.verdicts)))].sort()).to.deep.equal([...outcomeIds].sort());
    const statuses = new Set(personas.map((p) => p.answers.status));
    for (const s of ['salarie', 'employeur', 'independant', 'demandeur', 'autre']) expect(statuses.has(s), s).to.equal(true);
    const frames = new Set(personas.flatMap((p) => (p.answers.activities as string[] | undefined) ?? []));
    const options = eligibility.questions.find((q) => q.id === 'activities');
    for (const o of options?.type === 'multiple' ? options.options : []) expect(frames.has(o.value), o.value).to.equal(true);
  });
});

/**
 * The built-in questionnaire with a catalogue: a certification question after "target", and the
 * registry question answered by the picked entry (`from`). A picked RS entry must read as the
 * answer "rs": the CPF card without the note; an unregistered one as "none".
 */
describe('built-in questionnaire with a catalogue: a picked certification reads as its registry', () => {
  const input = JSON.parse(JSON.stringify(builtIn));
  const questions = input.eligibility.questions;
  const registry = questions.find((q: { id: string }) => q.id === 'registry');
  registry.from = { question: 'cert', fact: 'registry' };
  questions.splice(1, 0, { id: 'cert', type: 'certification', label: 'Quelle certification ?', showIf: registry.showIf });
  input.catalogue = [
    { id: 'cqp-rs', title: 'CQP au RS', kind: 'cqp', registry: { rs: 'RS1234' } },
    { id: 'cqp-libre', title: 'CQP sans répertoire', kind: 'cqp', registry: 'none' },
  ];
  const withCatalogue = parsedOrThrow(input);
  const person = { status: 'salarie', ...experience(['salarie'], [24]) };
  const training = (content: typeof builtIn, answers: Answers) => {
    const evaluation = evaluate(content, answers);
    expect(evaluation.complete, 'complete').to.equal(true);
    const r = evaluation.results.find((x) => x.outcome.id === 'cqp-training');
    return { financing: cardIds(r), notes: noteTexts(r) };
  };

  const rows: { name: string; cert: string; registry: string; financing: string[]; notes: string[] }[] = [
    { name: 'a picked RS entry: the CPF card, no note', cert: 'cqp-rs', registry: 'rs', financing: ['company', 'cpf'], notes: [] },
    { name: 'a picked unregistered entry: the note, no CPF card', cert: 'cqp-libre', registry: 'none', financing: ['company'], notes: [CPF_LIMIT] },
  ];
  for (const row of rows) {
    it(`${row.name}, as the answer "${row.registry}"`, () => {
      const picked = training(withCatalogue, { target: 'cqp', cert: row.cert, ...person });
      expect(evaluate(withCatalogue, { target: 'cqp', cert: row.cert, ...person }).visible.map((q) => q.id)).not.to.include('registry');
      expect(picked.financing).to.deep.equal(row.financing);
      expect(picked.notes.length).to.equal(row.notes.length);
      row.notes.forEach((f, i) => expect(picked.notes[i]).to.include(f));
      expect(picked).to.deep.equal(training(builtIn, { target: 'cqp', registry: row.registry, ...person }));
    });
  }
});
