/**
 * UI strings (buttons, labels, loading and error messages) are French by default and English when
 * the element or its nearest ancestor says `lang="en…"`. Content texts are not translated: they are
 * whatever the content document says.
 */
export type UiLocale = 'fr' | 'en';

/** The UI locale for `el`: its own `lang`, else the nearest ancestor's, across shadow roots. */
export function resolveLocale(el: Element): UiLocale {
  let node: Node | null = el;
  while (node) {
    // Duck-typed, not `instanceof Element`: on a server (lit's SSR in Astro) there is no Element.
    const lang = 'getAttribute' in node && typeof node.getAttribute === 'function' ? (node as Element).getAttribute('lang') : null;
    if (lang) return lang.toLowerCase().startsWith('en') ? 'en' : 'fr';
    node = node.parentNode ?? (typeof ShadowRoot !== 'undefined' && node instanceof ShadowRoot ? node.host : null);
  }
  return 'fr';
}

/** A dictionary per locale; the French one defines the keys. */
export type Strings<K extends string> = Record<UiLocale, Record<K, string>>;

/**
 * A dictionary with its French texts: the English ones are a chunk of their own
 * (elements/strings.en.ts), which an element loads before it renders in English; until then the
 * English entry reads the French.
 */
export const frenchFirst = <K extends string>(fr: Record<K, string>): Strings<K> => ({ fr, en: fr });

/** Replaces `{name}` placeholders with values. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));
}

// Month names by hand rather than Intl.DateTimeFormat: its first use costs 20 ms or more on page
// load (measured by the benchmark), for one date in a footer.
// English ones arrive with the English chunk (elements/strings.en.ts).
const monthsFr = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
export const months: Record<UiLocale, string[]> = { fr: monthsFr, en: monthsFr };

/** A review date as people write it ("1er novembre 2026", "November 27, 2026"); the raw value if it is not a date. */
export function formatDate(isoDate: string, locale: UiLocale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? months[locale][Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  const day = Number(match[3]);
  return locale === 'fr' ? `${day === 1 ? '1er' : day} ${month} ${match[1]}` : `${month} ${day}, ${match[1]}`;
}

/** Strings both elements use around their content. */
export type SharedKey =
  | 'loading'
  | 'errorTitle'
  | 'errorBody'
  | 'errorDetails'
  // Named after LoadFailure['reason'], for the sentence saying why a `src` could not be used.
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-large'
  | 'type'
  | 'scheme'
  | 'checker'
  | 'errorInvalid'
  | 'errorInvalidOne'
  | 'errorNetwork'
  | 'errorFallback'
  | 'retry'
  | 'publisherPage'
  | 'publishedBy'
  | 'source'
  | 'reviewedAt'
  | 'externalLink'
  | 'emailLink'
  | 'phoneLink'
  | 'definition'
  | 'learnMore'
  | 'sourceOne'
  | 'sourcesN'
  | 'checkedOn';

export const sharedStrings = frenchFirst<SharedKey>({
  loading: 'Chargement du contenu…',
  errorTitle: 'Ce contenu n’a pas pu être affiché.',
  errorBody: 'Si le problème persiste, signalez-le au responsable de ce site.',
  errorDetails: 'Détails pour l’éditeur du contenu',
  network: 'Le fichier de contenu n’a pas pu être téléchargé ({src}).',
  http: 'Le serveur a répondu {status} pour le fichier de contenu ({src}).',
  timeout: 'Le fichier de contenu a mis plus de {seconds} secondes à arriver ({src}).',
  'too-large': 'Le fichier de contenu dépasse la taille maximale de {size} ({src}).',
  type: 'Le fichier de contenu n’est pas du JSON (type reçu : {type}).',
  scheme: 'L’adresse du contenu doit commencer par https:// ou http:// ({src}).',
  checker: 'Le module qui vérifie le contenu, à côté de celui des widgets, n’a pas pu être chargé :',
  errorInvalid: 'Le contenu comporte {n}\u00a0erreurs\u00a0:',
  errorInvalidOne: 'Le contenu comporte {n}\u00a0erreur\u00a0:',
  errorNetwork: 'La connexion a échoué. Vérifiez votre accès à Internet, puis réessayez.',
  errorFallback: 'Vous trouverez ces informations sur le site de l’éditeur.',
  retry: 'Réessayer',
  publisherPage: 'Voir la page de l’éditeur',
  publishedBy: 'Contenu publié par {publisher}.',
  source: 'Source\u00a0:',
  reviewedAt: 'Vérifié le {date}.',
  externalLink: '(site externe)',
  emailLink: '(courriel)',
  phoneLink: '(téléphone)',
  definition: 'définition',
  learnMore: 'En savoir plus',
  sourceOne: 'Source',
  sourcesN: 'Sources ({n})',
  checkedOn: 'vérifiée le {date}',
});
