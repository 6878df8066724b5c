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
  // CQP
  { route: 'cqp', fact: 'created and delivered by one or more professional branches', words: ['conçu et délivré par', 'une ou plusieurs branches professionnelles'] },
  { route: 'cqp', fact: 'recognises the skills needed for a trade', words: ['atteste officiellement', 'compétences et savoir-faire nécessaires', 'métier'] },
  { route: 'cqp', fact: 'for all employees', words: ['tous les salariés'] },
  { route: 'cqp', fact: 'advantage: prepare the next step of a career', words: ['prochaine étape de votre parcours professionnel'] },
  { route: 'cqp', fact: 'advantage: skills recognised', words: ['compétences professionnelles sont reconnues'] },
  { route: 'cqp', fact: 'advantage: recognised in the company and in other sectors', words: ['certification reconnue par votre entreprise', "d'autres secteurs d'activité"] },
  { route: 'cqp', fact: 'each branch has its own CQPs', words: ['chaque branche professionnelle crée ses propres cqp'] },
  { route: 'cqp', fact: 'some in the RNCP or the RS, others not', words: ['répertoire national des certifications professionnelles (rncp)', 'répertoire spécifique des certifications et habilitations (rs)', "d'autres ne figurent dans aucun"] },
  { route: 'cqp', fact: 'link to the list of CQPs of your branch', words: ['liste des cqp accessibles dans votre branche'] },
  { route: 'cqp', fact: 'obtained by training', words: ['par la formation'] },
  { route: 'cqp', fact: 'or by VAE with at least one year of experience related to the CQP', words: ['par la vae', "au moins un an d'expérience en lien avec le cqp"] },
  { route: 'cqp', fact: 'step: prior assessment of skills held and still to acquire', words: ['évaluation préalable', 'maîtrisez déjà', 'reste à acquérir'] },
  { route: 'cqp', fact: 'step: individual training path if needed', words: ['parcours de formation individualisé', 'si nécessaire'] },
  { route: 'cqp', fact: 'step: assessment by a body authorised by the branch', words: ['organisme habilité par la branche professionnelle'] },
  { route: 'cqp', fact: 'step: review of the file and results by a national joint jury', words: ['jury paritaire national', 'votre dossier et les résultats de l’évaluation'] },
  { route: 'cqp', fact: 'financing: the company', words: ['votre entreprise', 'prendre en charge la démarche cqp'] },
  { route: 'cqp', fact: 'financing: in some cases the CPF', words: ['dans certains cas', 'compte personnel de formation (cpf)'] },
  // VAE
  { route: 'vae', fact: 'all or part of a diplôme, a titre or a CQP', words: ['en totalité ou en partie', 'un diplôme, un titre ou un cqp'] },
  { route: 'vae', fact: 'by recognising professional and/or extra-professional experience', words: ['reconnaître l’expérience', 'activité professionnelle', 'en dehors de celle-ci, ou les deux'] },
  { route: 'vae', fact: 'the certification must be registered in the RNCP', words: ['inscrite au répertoire national des certifications professionnelles (rncp)'] },
  { route: 'vae', fact: 'for anyone, whatever age, nationality, status or level of education', words: ['toute personne', 'son âge, sa nationalité, son statut et son niveau de formation'] },
  { route: 'vae', fact: 'at least one year of experience directly related to the référentiel', words: ["au moins un an d'expérience en rapport direct avec les exigences du référentiel"] },
  { route: 'vae', fact: 'continuous or not', words: ['continue ou cumulée sur plusieurs périodes'] },
  { route: 'vae', fact: 'non-salaried, volunteer, volontariat, union, elected, high-level athletes count', words: ['non salariées', 'bénévoles', 'volontariat', 'syndicales', 'électives', 'sportifs de haut niveau'] },
  { route: 'vae', fact: 'internships in initial or continuing training count', words: ['périodes de stage en milieu professionnel', 'formation initiale ou continue'] },
  { route: 'vae', fact: 'advantage: skills recognised and validated toward all or part of a certification', words: ['reconnues et validées', 'tout ou partie d’une certification'] },
  { route: 'vae', fact: 'advantage: stronger on the job market, a more secure career', words: ['marché du travail', 'parcours professionnel est mieux sécurisé'] },
  { route: 'vae', fact: 'advantage: qualification matching one’s job or status', words: ['niveau de qualification correspond', 'fonction ou à votre statut'] },
  { route: 'vae', fact: 'advantage: a level that opens higher-level training', words: ['formation de niveau supérieur'] },
  { route: 'vae', fact: 'started by the person or proposed by the company', words: ['de votre propre initiative', 'sur proposition de votre entreprise'] },
  { route: 'vae', fact: 'step 1: define the project and find the certification', words: ['définir votre projet', 'trouver la certification'] },
  { route: 'vae', fact: 'step 2: ask for funding', words: ['demander une prise en charge'] },
  { route: 'vae', fact: 'step 3: admissibility file (livret 1) to the certifying body', words: ['dossier de recevabilité (livret 1)', 'organisme qui délivre la certification'] },
  { route: 'vae', fact: 'step 4: VAE file (livret 2): main activities and skills used', words: ['dossier de vae (livret 2)', 'principales activités', 'compétences que vous avez mises en œuvre'] },
  { route: 'vae', fact: 'step 5: present the file to a jury', words: ['présenter votre dossier devant un jury'] },
  { route: 'vae', fact: 'methodological support from the certifying body or another provider', words: ['appui méthodologique', 'organisme certificateur', 'autre prestataire'] },
  { route: 'vae', fact: 'financing: through the employer with Opco EP', words: ['opérateur de compétences des entreprises de proximité (opco ep)', 'votre employeur, avec l’opco ep'] },
  { route: 'vae', fact: 'ask the employer to request the funding', words: ['adressez-vous à votre employeur', 'demande de prise en charge'] },
  { route: 'vae', fact: 'financing: individually with the CPF', words: ['à titre individuel', 'droits de votre cpf'] },
  { route: 'vae', fact: 'financing: a congé VAE request (Transitions Pro)', words: ['congé pour vae', 'transitions pro'] },
  { route: 'vae', fact: 'link: vae.gouv.fr', words: ['vae.gouv.fr'] },
];

const normalise = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').toLowerCase();

describe('facts of the source page in the built-in guide', () => {
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

  it('keeps the VAE steps in order, as an ordered list of five', () => {
    const steps = [...el.shadowRoot!.querySelectorAll('[data-route="vae"] ol[part~="steps"] > li [part~="step-title"]')].map(
      (s) => normalise(s.textContent!),
    );
    expect(steps).to.have.length(5);
    ['définir votre projet', 'prise en charge', 'livret 1', 'livret 2', 'devant un jury'].forEach((w, i) =>
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
  });
});
