/**
 * The contents an author can start from: the built-in one (from the code, no request) and the
 * example files of demo/content/, fetched from the page's own origin. Each URL is written out in
 * full so that Vite sees it: in a build it copies the file and rewrites the URL.
 */
import { defaultContent } from '../src/content/default-content.js';

export interface Example {
  id: string;
  label: string;
  /** A description for the button (what is special about this content). */
  description: string;
  load(): Promise<string>;
}

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

export const BUILT_IN_TEXT = `${JSON.stringify(defaultContent, null, 2)}\n`;

export const EXAMPLES: Example[] = [
  {
    id: 'built-in',
    label: 'Contenu intégré',
    description: 'le contenu livré avec les widgets (CQP et VAE, en français)',
    load: async () => BUILT_IN_TEXT,
  },
  {
    id: 'branche-cycles',
    label: 'Branche fictive (métiers du cycle)',
    description: 'une branche avec ses propres CQP, contacts, liens et couleurs',
    load: () => fetchText(new URL('./content/branche-cycles.fr.json', import.meta.url)),
  },
  {
    id: 'default-en',
    label: 'Traduction anglaise',
    description: 'le contenu intégré traduit en anglais',
    load: () => fetchText(new URL('./content/default.en.json', import.meta.url)),
  },
  {
    id: 'opcoep-page-2021',
    label: 'Page d’origine, avant la réforme',
    description: 'la page de l’Opco EP telle qu’elle était, avec ses règles périmées (un an d’expérience) : un changement de loi est un changement de données',
    load: () => fetchText(new URL('./content/opcoep-page-2021.fr.json', import.meta.url)),
  },
];
