/**
 * UI strings of `<cqp-vae-guide>` (the words the element adds around the content), French first.
 * Content texts are never translated here: they are whatever the content document says.
 */
import type { SectionKind } from '../../content/schema.js';
import { frenchFirst, type UiLocale } from '../../shared/i18n.js';

export type GuideKey =
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
  | 'catClear';

export const guideStrings = frenchFirst<GuideKey>({
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
});

/** Row labels of the comparison when the content does not define its own rows. */
const rowLabelsFr: Partial<Record<SectionKind, string>> = { objectives: 'Objectif', audience: 'Pour qui', steps: 'Démarche', financing: 'Financement' };
export const defaultRowLabels: Record<UiLocale, Partial<Record<SectionKind, string>>> = { fr: rowLabelsFr, en: rowLabelsFr };

/** "4 étapes" / "1 step": French treats 0 and 1 as singular, English only 1. */
export function stepCount(n: number, locale: UiLocale): string {
  const s = guideStrings[locale];
  const one = locale === 'fr' ? n < 2 : n === 1;
  return (one ? s.stepsOne : s.stepsOther).replace('{n}', String(n));
}
