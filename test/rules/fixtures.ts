// Shared by the rules tests: a minimal guide with the route and financing ids the built-in
// questionnaire refers to, and the built-in content, parsed as the elements get it.
import { defaultContent } from '../../src/content/default-content.js';
import { parseContent } from '../../src/content/parse.js';
import type { Content, ContentInput, Guide } from '../../src/content/schema.js';

export const minimalGuide = {
  routes: [
    {
      id: 'cqp',
      title: 'Certificat de qualification professionnelle (CQP)',
      shortTitle: 'CQP',
      sections: [
        { kind: 'steps', title: 'Étapes', steps: [{ title: 'Évaluation préalable' }, { title: 'Jury paritaire' }] },
        {
          kind: 'financing',
          title: 'Financement',
          options: [
            { id: 'company', title: 'Votre entreprise' },
            { id: 'cpf', title: 'Votre CPF' },
          ],
        },
      ],
    },
    {
      id: 'vae',
      title: 'Validation des acquis de l’expérience (VAE)',
      shortTitle: 'VAE',
      sections: [
        { kind: 'steps', title: 'Étapes', steps: [{ title: 'Livret 1' }, { title: 'Livret 2' }, { title: 'Jury' }] },
        {
          kind: 'financing',
          title: 'Financement',
          options: [
            { id: 'employer', title: 'Votre employeur' },
            { id: 'cpf', title: 'Votre CPF' },
            { id: 'conge-vae', title: 'Congé VAE' },
          ],
        },
      ],
    },
  ],
} satisfies Guide;

export const minimalMeta: ContentInput['meta'] = {
  id: 'test',
  version: '1',
  locale: 'fr',
  title: 'Test',
  publisher: { name: 'Tests' },
  source: { url: 'https://www.opcoep.fr' },
  reviewedAt: '2026-11-27',
};

/** Parses or fails with the issues in the message, so a broken content says what is wrong. */
export function parsedOrThrow(input: unknown): Content {
  const result = parseContent(input);
  if (!result.ok) throw new Error(`content does not parse:\n${JSON.stringify(result.issues, null, 2)}`);
  return result.content;
}

/** The built-in content (guide + questionnaire), validated. */
export const builtIn: Content = parsedOrThrow(defaultContent);
