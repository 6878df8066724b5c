// Catalogues for the catalogue tests: a generated one of any size (300 by default) whose counts
// are known by construction, and a small questionnaire that reads it.
import { parseContent } from '../../src/content/parse.js';
import type { Content, ContentInput } from '../../src/content/schema.js';

/** Ten trades, accents and a ligature included; entry i belongs to TRADES[i % 10]. */
export const TRADES = ['Esthétique', 'Coiffure', 'Pâtisserie', 'Mécanique', 'Logistique', 'Électricité', 'Vente', 'Hôtellerie', 'Œnologie', 'Sécurité'];

/**
 * Entry i: "CQP <trade> <n>"; registry by i % 3 (RNCP, RS, none); RNCP entries have a level
 * 3 + (i % 4) and VAE access when i is even.
 */
export function generateCatalogue(n = 300): NonNullable<ContentInput['catalogue']> {
  return Array.from({ length: n }, (_, i) => {
    const r = i % 3;
    return {
      id: `cert-${i}`,
      title: `CQP ${TRADES[i % 10]} ${Math.floor(i / 10) + 1}`,
      kind: 'cqp' as const,
      registry: r === 0 ? { rncp: `RNCP${10000 + i}` } : r === 1 ? { rs: `RS${1000 + i}` } : ('none' as const),
      ...(r === 0 ? { level: (3 + (i % 4)) as 3 | 4 | 5 | 6, vaeAccess: i % 2 === 0 } : {}),
      certifier: 'Branche de test',
      link: `https://example.org/cqp/${i}`,
    };
  });
}

const meta = {
  id: 'catalogue-test',
  version: '1',
  locale: 'fr',
  title: 'Catalogue de test',
  publisher: { name: 'Tests' },
  source: { url: 'https://example.org/source' },
  reviewedAt: '2026-11-27',
};

/**
 * A guide whose CQP route shows the catalogue, and a questionnaire: the target picked from the
 * catalogue, its registry taken from it (asked only for "not in the list"), the status, and the
 * months of experience when the VAE can apply.
 */
export function catalogueInput(catalogue = generateCatalogue(), placeSection = true): ContentInput {
  const notListed = { question: 'target', equals: 'not-listed' };
  return {
    meta,
    guide: {
      routes: [
        {
          id: 'cqp',
          title: 'Le CQP',
          shortTitle: 'CQP',
          sections: [
            { kind: 'objectives', title: 'À quoi ça sert', body: ['Un métier reconnu.'] },
            ...(placeSection ? [{ kind: 'catalogue' as const, title: 'Nos CQP', body: ['Cherchez le vôtre.'] }] : []),
            { kind: 'financing', title: 'Financement', options: [{ id: 'company', title: 'Votre entreprise' }, { id: 'cpf', title: 'Votre CPF' }] },
          ],
        },
        {
          id: 'vae',
          title: 'La VAE',
          shortTitle: 'VAE',
          sections: [{ kind: 'steps', title: 'Étapes', steps: [{ title: 'Dossier' }, { title: 'Jury' }] }],
        },
      ],
    },
    eligibility: {
      title: 'Votre CQP',
      questions: [
        { id: 'target', type: 'certification', label: 'Quel CQP visez-vous ?', title: 'CQP visé' },
        {
          id: 'registry',
          type: 'single',
          label: 'Est-il inscrit à un répertoire ?',
          title: 'Répertoire',
          from: { question: 'target', fact: 'registry' },
          showIf: notListed,
          options: [
            { value: 'rncp', label: 'Au RNCP' },
            { value: 'rs', label: 'Au RS' },
            { value: 'none', label: 'À aucun' },
            { value: 'unknown', label: 'Je ne sais pas' },
          ],
        },
        {
          id: 'status',
          type: 'single',
          label: 'Votre situation ?',
          options: [
            { value: 'salarie', label: 'Salarié(e)' },
            { value: 'autre', label: 'Autre' },
          ],
        },
        {
          id: 'months',
          type: 'number',
          label: 'Combien de mois d’expérience ?',
          unit: 'mois',
          min: 0,
          showIf: { any: [{ question: 'target', picked: { vaeAccess: true } }, { all: [notListed, { question: 'registry', equals: 'rncp' }] }] },
        },
      ],
      outcomes: [
        {
          id: 'training',
          title: 'Le CQP par la formation',
          route: 'cqp',
          rules: [
            { when: { question: 'status', equals: 'autre' }, verdict: 'not-eligible', reason: 'Réservé aux salariés.' },
            { when: { question: 'target', equals: 'unknown' }, verdict: 'to-check', reason: 'Choisissez d’abord votre CQP.' },
            { when: notListed, verdict: 'to-check', reason: 'Ce CQP n’est pas dans notre liste.' },
            { when: { all: [{ question: 'status', equals: 'salarie' }, { question: 'target', picked: {} }] }, verdict: 'eligible', reason: 'Vous pouvez préparer le {target}.' },
          ],
          financing: [{ option: 'company' }, { option: 'cpf', when: { question: 'registry', in: ['rncp', 'rs'] } }],
        },
        {
          id: 'vae',
          title: 'La VAE',
          route: 'vae',
          rules: [
            { when: { question: 'registry', equals: 'rs' }, verdict: 'not-eligible', reason: 'Inscrit au RS seulement.' },
            { when: { question: 'registry', equals: 'none' }, verdict: 'not-eligible', reason: 'Inscrit à aucun répertoire.' },
            { when: { question: 'target', picked: { registry: 'rncp', vaeAccess: false } }, verdict: 'not-eligible', reason: 'Sa fiche RNCP ne prévoit pas la VAE.' },
            { when: { question: 'months', lessThan: 12 }, verdict: 'not-eligible', reason: '{months}, c’est moins de 12 mois.' },
            { when: { question: 'registry', equals: 'unknown' }, verdict: 'to-check', reason: 'Vérifiez son inscription au RNCP.' },
            { when: { question: 'target', equals: 'unknown' }, verdict: 'to-check', reason: 'Choisissez d’abord votre CQP.' },
            { when: notListed, verdict: 'to-check', reason: 'Vérifiez que sa fiche prévoit la VAE.' },
            { when: { question: 'months', atLeast: 12 }, verdict: 'eligible', reason: 'Le {target} est ouvert à la VAE et vous avez {months} d’expérience.' },
          ],
        },
      ],
    },
    catalogue,
  };
}

/** Parses or throws with the issues, as the elements would refuse it. */
export function parsed(input: unknown): Content {
  const result = parseContent(input);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.content;
}

export async function branchContent(): Promise<Record<string, any>> {
  return (await fetch('/demo/content/branche-cycles.fr.json')).json();
}
