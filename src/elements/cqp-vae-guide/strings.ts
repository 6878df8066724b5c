/**
 * UI strings of `<cqp-vae-guide>` (the words the element adds around the content), French first.
 * Content texts are never translated here: they are whatever the content document says.
 */
import type { SectionKind } from '../../content/schema.js';
import type { Strings, UiLocale } from '../../shared/i18n.js';

export const guideStrings: Strings<
  | 'tablistLabel'
  | 'comparisonCaption'
  | 'comparisonCorner'
  | 'notSpecified'
  | 'step'
  | 'stepsOne'
  | 'stepsOther'
  | 'catTitle'
  | 'catSearch'
  | 'catRegistry'
  | 'catLevel'
  | 'catAll'
  | 'catNone'
  | 'catLevelN'
  | 'catVae'
  | 'catOne'
  | 'catOther'
  | 'catFirst'
  | 'catMore'
  | 'catEmpty'
  | 'catEmptyHint'
  | 'catClear'
> = {
  fr: {
    tablistLabel: 'Parcours',
    comparisonCaption: 'Comparer les parcours',
    comparisonCorner: 'Critère',
    notSpecified: 'Non précisé',
    step: 'Étape {n}\u00a0: ',
    stepsOne: '{n} étape',
    stepsOther: '{n} étapes',
    catTitle: 'Les certifications',
    catSearch: 'Rechercher (intitulé, numéro RNCP ou RS)',
    catRegistry: 'Répertoire',
    catLevel: 'Niveau',
    catAll: 'Tous',
    catNone: 'Non inscrit',
    catLevelN: 'Niveau {n}',
    catVae: 'VAE possible',
    catOne: '{n} certification',
    catOther: '{n} certifications',
    catFirst: ', les {n} premières affichées',
    catMore: 'Afficher {n} de plus',
    catEmpty: 'Aucune certification ne correspond à votre recherche.',
    catEmptyHint: 'Vérifiez l’orthographe, essayez une partie de l’intitulé ou le numéro RNCP, ou repartez de la liste complète.',
    catClear: 'Effacer la recherche et les filtres',
  },
  en: {
    tablistLabel: 'Routes',
    comparisonCaption: 'Compare the routes',
    comparisonCorner: 'Criterion',
    notSpecified: 'Not specified',
    step: 'Step {n}: ',
    stepsOne: '{n} step',
    stepsOther: '{n} steps',
    catTitle: 'Certifications',
    catSearch: 'Search (title, RNCP or RS number)',
    catRegistry: 'Registry',
    catLevel: 'Level',
    catAll: 'All',
    catNone: 'Not registered',
    catLevelN: 'Level {n}',
    catVae: 'Open to VAE',
    catOne: '{n} certification',
    catOther: '{n} certifications',
    catFirst: ', first {n} shown',
    catMore: 'Show {n} more',
    catEmpty: 'No certification matches your search.',
    catEmptyHint: 'Check the spelling, try part of the title or the RNCP number, or start again from the full list.',
    catClear: 'Clear the search and filters',
  },
};

/** Row labels of the comparison when the content does not define its own rows. */
export const defaultRowLabels: Record<UiLocale, Partial<Record<SectionKind, string>>> = {
  fr: { objectives: 'Objectif', audience: 'Pour qui', steps: 'Démarche', financing: 'Financement' },
  en: { objectives: 'Purpose', audience: 'Who for', steps: 'How', financing: 'Funding' },
};

/** "4 étapes" / "1 step": French treats 0 and 1 as singular, English only 1. */
export function stepCount(n: number, locale: UiLocale): string {
  const s = guideStrings[locale];
  const one = locale === 'fr' ? n < 2 : n === 1;
  return (one ? s.stepsOne : s.stepsOther).replace('{n}', String(n));
}
