// Every fact of the source page (/work/shared/domain-notes.md, "What the page says") must reach the
// reader: each fact lists the words that must appear in the rendered guide, within its route.
// The guide is rendered stacked, so every route is read (tabs hide all but one panel).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CqpVaeGuide } from '../../src/elements/cqp-vae-guide/cqp-vae-guide.js';

interface Fact {
  route: 'cqp' | 'vae';
  fact: string;
  /** Words that must appear (case, spaces and apostrophes are normalised). */
  words: string[];
}

const facts: Fact[] = [
  // The seed page's topics (domain-notes, "What the seed page says"), as they hold today.
  // CQP
  { route: 'cqp', fact: 'created and delivered by one or more professional branches', words: ['conçu et délivré par', 'une ou plusieurs branches professionnelles'] },
  { route: 'cqp', fact: 'recognises the skills needed for a trade', words: ['atteste officiellement', 'compétences et savoir-faire nécessaires', 'métier'] },
  { route: 'cqp', fact: 'for employees', words: ['toutes les personnes salariées'] },
  { route: 'cqp', fact: 'some branches reserve CQP training to their employees', words: ['certaines branches réservent la préparation'] },
  { route: 'cqp', fact: 'advantage: prepare the next step of a career', words: ['prochaine étape de votre parcours professionnel'] },
  { route: 'cqp', fact: 'advantage: skills recognised', words: ['compétences professionnelles sont reconnues'] },
  { route: 'cqp', fact: 'advantage: recognised in the company and in other sectors', words: ['certification reconnue par votre entreprise', "d'autres secteurs d'activité"] },
  { route: 'cqp', fact: 'each branch has its own CQPs', words: ['chaque branche professionnelle crée ses propres cqp'] },
  { route: 'cqp', fact: 'some in the RNCP or the RS, others not', words: ['répertoire national des certifications professionnelles (rncp)', 'répertoire spécifique des certifications et habilitations (rs)', "d'autres ne figurent dans aucun"] },
  { route: 'cqp', fact: 'link to the list of CQPs of your branch', words: ['liste des cqp accessibles dans votre branche'] },
  { route: 'cqp', fact: 'obtained by training', words: ['par la formation'] },
  { route: 'cqp', fact: 'or by VAE when in the RNCP with VAE access, no minimum duration', words: ['par la vae', 'cite la vae parmi ses voies d’accès', 'sans durée minimale'] },
  { route: 'cqp', fact: 'step: prior assessment of skills held and still to acquire', words: ['évaluation préalable', 'maîtrisez déjà', 'reste à acquérir'] },
  { route: 'cqp', fact: 'step: individual training path if needed', words: ['parcours de formation individualisé', 'si nécessaire'] },
  { route: 'cqp', fact: 'step: assessment by a body authorised by the branch', words: ['organisme habilité par la branche professionnelle'] },
  { route: 'cqp', fact: 'step: review of the file and results by a national joint jury', words: ['jury paritaire national', 'votre dossier et les résultats de l’évaluation'] },
  { route: 'cqp', fact: 'financing: the company, with Opco EP', words: ['votre entreprise', 'prendre en charge la démarche cqp', 'opco ep'] },
  { route: 'cqp', fact: 'financing: in some cases the CPF, only RNCP or RS', words: ['dans certains cas', 'compte personnel de formation (cpf)', 'inscrit au rncp ou au rs'] },
  // VAE
  { route: 'vae', fact: 'all or part of a diplôme, a titre or a CQP', words: ['en totalité ou en partie', 'un diplôme, un titre ou un cqp'] },
  { route: 'vae', fact: 'by recognising professional and/or extra-professional experience', words: ['reconnaître l’expérience', 'activité professionnelle', 'en dehors de celle-ci, ou les deux'] },
  { route: 'vae', fact: 'the certification must be registered in the RNCP', words: ['inscrite au répertoire national des certifications professionnelles (rncp)'] },
  { route: 'vae', fact: 'for anyone, whatever age, nationality, status or level of education', words: ['toute personne', 'son âge, sa nationalité, son statut et son niveau de formation'] },
  { route: 'vae', fact: 'experience directly related to the référentiel, continuous or not', words: ['en rapport direct avec le référentiel', 'continue ou non'] },
  { route: 'vae', fact: 'non-salaried, volunteer, volontariat, union, elected, high-level sport count', words: ['non salariée', 'bénévolat', 'volontariat', 'activité syndicale', 'mandat électif', 'sport de haut niveau'] },
  { route: 'vae', fact: 'internships in initial or continuing training count', words: ['stages et les périodes en entreprise', 'formation initiale ou continue'] },
  { route: 'vae', fact: 'advantage: skills recognised and validated toward all or part of a certification', words: ['reconnues et validées', 'tout ou partie d’une certification'] },
  { route: 'vae', fact: 'advantage: stronger on the job market, a more secure career', words: ['marché du travail', 'parcours professionnel est mieux sécurisé'] },
  { route: 'vae', fact: 'advantage: qualification matching one’s job or status', words: ['niveau de qualification correspond', 'fonction ou à votre statut'] },
  { route: 'vae', fact: 'advantage: a level that opens higher-level training', words: ['formation de niveau supérieur'] },
  { route: 'vae', fact: 'started by the person or proposed by the company', words: ['de votre propre initiative', 'sur proposition de votre entreprise'] },
  { route: 'vae', fact: 'methodological support from the certifying body or another provider', words: ['appui méthodologique', 'organisme certificateur', 'autre prestataire'] },
  { route: 'vae', fact: 'financing: through the employer with Opco EP', words: ['opérateur de compétences des entreprises de proximité (opco ep)', 'votre employeur, avec l’opco ep'] },
  { route: 'vae', fact: 'ask the employer to request the funding', words: ['adressez-vous à votre employeur', 'demande de prise en charge'] },
  { route: 'vae', fact: 'financing: individually with the CPF', words: ['à titre individuel', 'votre cpf'] },
  { route: 'vae', fact: 'link: vae.gouv.fr', words: ['vae.gouv.fr'] },
  // The law as it stands (domain-notes, "The law as it stands"), one point per row.
  { route: 'vae', fact: 'law: no minimum duration of experience', words: ['aucune durée minimale d’expérience'] },
  { route: 'vae', fact: 'law: family carers count', words: ['proche aidant'] },
  { route: 'vae', fact: 'law: target an RNCP record listing VAE; some do not (medicine)', words: ['cite la vae parmi les voies d’accès', 'médecine'] },
  { route: 'vae', fact: 'law: or one bloc de compétences', words: ['un seul bloc de compétences'] },
  { route: 'vae', fact: 'law: RS-only or unregistered: no VAE, a CQP then by training', words: ['seulement au rs, ou à aucun répertoire, ne s’obtient pas par la vae', 'se prépare par la formation'] },
  { route: 'vae', fact: 'law: the journey starts on France VAE', words: ['vous inscrire sur france vae'] },
  { route: 'vae', fact: 'law: a first meeting with an accompagnateur (AAP) is part of the journey', words: ['premier rendez-vous avec un architecte accompagnateur de parcours'] },
  { route: 'vae', fact: 'law: the dossier de faisabilité goes to the certifier', words: ['déposer le dossier de faisabilité', 'organisme certificateur'] },
  { route: 'vae', fact: 'law: answer within two months, silence meaning yes', words: ['dans les deux mois', 'sans réponse dans ce délai, votre demande est recevable'] },
  { route: 'vae', fact: 'law: the dossier de validation then the jury', words: ['constituer le dossier de validation', 'devant un jury'] },
  { route: 'vae', fact: 'law: outside France VAE, the Cerfa 12818', words: ['cerfa n° 12818'] },
  { route: 'vae', fact: 'law: accompaniment beyond the first meeting optional but recommended', words: ['facultatif mais recommandé'] },
  { route: 'vae', fact: 'law: jury outcomes: total, partial with blocs kept, refusal', words: ['valide toute la certification', 'blocs de compétences validés vous restent acquis', 'refuser la validation'] },
  { route: 'vae', fact: 'law: one application a year for the same certification, three for different ones, blocs excepted', words: ['une seule demande pour une même certification', 'trois au plus', 'blocs de compétences'] },
  { route: 'vae', fact: 'law: congé VAE of 48 hours per session, paid', words: ['48 heures par session d’évaluation', 'maintien de votre rémunération'] },
  { route: 'vae', fact: 'law: congé asked of the employer 30 days ahead, answer in 15 days, silence means yes, one postponement of a month', words: ['demandé à votre employeur', 'au moins 30 jours avant', 'dans les 15 jours', 'sans réponse, le congé est accordé', 'd’un mois au plus'] },
  { route: 'vae', fact: 'law: CPF since 1 Aug 2025, within the balance, listed provider, registered candidate; feasibility fees excluded', words: ['depuis le 1er août 2025', 'dans la limite de vos droits', 'mon compte formation', 'examen du dossier de faisabilité n’est pas couvert'] },
  { route: 'vae', fact: 'law: the flat contribution of 103.20 € in 2026, not for job seekers', words: ['participation forfaitaire', '103,20 € en 2026', 'recherche d’emploi'] },
  { route: 'cqp', fact: 'law: RS capped at 1,500 € of CPF since 26 Feb 2026', words: ['26 février 2026', '1 500 €'] },
  { route: 'vae', fact: 'law: a short note on what changed, naming the old rules', words: ['ce qui a changé', 'au moins un an', 'livret 1', 'transitions pro'] },
];

const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ').toLowerCase();

describe('the seed page’s topics and today’s law in the built-in guide', () => {
  let el: CqpVaeGuide;
  const routeText = (id: string) =>
    normalise(el.shadowRoot!.querySelector(`[part~="route"][data-route="${id}"]`)?.textContent ?? '');

  before(async () => {
    el = await fixture<CqpVaeGuide>(html`<cqp-vae-guide layout="stacked"></cqp-vae-guide>`);
  });

  for (const { route, fact, words } of facts) {
    it(`${route.toUpperCase()}: ${fact}`, () => {
      const shown = routeText(route);
      for (const word of words) expect(shown, `"${word}"`).to.contain(normalise(word));
    });
  }

  it('the tabs layout holds the same facts in its panels, hidden ones included', async () => {
    const tabbed = await fixture<CqpVaeGuide>(html`<cqp-vae-guide></cqp-vae-guide>`);
    for (const { route, words } of facts) {
      const panel = normalise(tabbed.shadowRoot!.querySelector(`[role="tabpanel"][data-route="${route}"]`)!.textContent!);
      for (const word of words) expect(panel, `"${word}"`).to.contain(normalise(word));
    }
  });

  it('keeps the France VAE steps in order, as an ordered list: choosing the certification, then the five France VAE steps', () => {
    // The first one is in a result only for a person who has not chosen yet (its showIf); the guide lists it.
    const steps = [...el.shadowRoot!.querySelectorAll('[data-route="vae"] ol[part~="steps"] > li [part~="step-title"]')].map(
      (s) => normalise(s.textContent!),
    );
    expect(steps).to.have.length(6);
    ['choisir la certification', 'france vae', 'accompagnateur', 'dossier de faisabilité', 'dossier de validation', 'devant un jury'].forEach((w, i) =>
      expect(steps[i], `step ${i + 1}`).to.contain(w),
    );
  });

  it('keeps the four CQP steps in order', () => {
    const steps = [...el.shadowRoot!.querySelectorAll('[data-route="cqp"] ol[part~="steps"] > li [part~="step-title"]')].map(
      (s) => normalise(s.textContent!),
    );
    expect(steps).to.have.length(4);
    ['évaluation préalable', 'parcours de formation', 'organisme habilité', 'jury paritaire'].forEach((w, i) =>
      expect(steps[i], `step ${i + 1}`).to.contain(w),
    );
  });

  it('links to the list of CQPs of the branch and to vae.gouv.fr as real links', () => {
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
    const cqpList = links.find((a) => normalise(a.textContent!).includes('liste des cqp accessibles'));
    expect(cqpList?.href, 'list of CQPs').to.match(/^https:\/\//);
    expect(links.some((a) => a.getAttribute('href') === 'https://vae.gouv.fr')).to.be.true;
  });

  it('shows its source and review date', () => {
    const footer = normalise(el.shadowRoot!.querySelector('[part~="source"]')!.textContent!);
    expect(footer).to.contain('opco ep').and.contain('vérifié le');
    const source = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="source-link"]')!;
    expect(source.href).to.equal('https://www.opcoep.fr/salarie/faire-reconnaitre-mes-competences');
  });
});
