/** Words of `prerender`, French first (kept apart from strings.ts: a separate command). */
import type { IssueLocale } from '../content/issues.js';

type P = Record<string, string | number>;

export const prerenderStrings = {
  fr: {
    usage: `Utilisation :
  npx cqp-vae-widgets prerender [contenu.json] [options] > page.html
      Écrit le premier écran des widgets en HTML statique (shadow DOM déclaratif, rendu serveur de Lit) :
      le guide entier et l’écran d’accueil du questionnaire s’affichent, avec leurs styles, avant tout
      script, sans JavaScript et pour les moteurs de recherche. Sans fichier : le contenu intégré.
      Le contenu est écrit dans chaque élément (enfant <script type="application/json">), si bien que
      le navigateur affiche exactement ce que le serveur a rendu.
      Demande le paquet @lit-labs/ssr dans le projet : npm install --save-dev @lit-labs/ssr

Options :
  --element guide|check|both   les éléments écrits : <cqp-vae-guide>, <eligibility-check> ou les deux,
                               liés (both, par défaut)
  --out <fichier>              fichier écrit (sinon la sortie standard)
  --fragment                   seulement les éléments, à coller dans une page ou un gabarit de CMS
  --scripts <URL>              ajoute les deux scripts qui rendent la page interactive, depuis cette adresse
                               (une copie de dist/ ou l’adresse du dist/ du paquet sur un CDN) :
                               hydrate-support.js puis cqp-vae-widgets.js. Sans cette option, la page est statique.
  --layout tabs|stacked        disposition du guide
  --route <id>                 voie affichée d’abord par le guide
  --heading-level <1-6>        niveau du titre des éléments
  --lang fr|en                 langue de l’interface des widgets et des messages (par défaut : meta.locale du contenu)
  --title <texte>              titre et <h1> de la page (page complète ; par défaut : meta.title du contenu)
  --help                       cette aide

Code de sortie : 0 si la page est écrite, 1 si le contenu n’est pas valide (rien n’est écrit), 2 si la
commande est mal écrite, le fichier illisible ou @lit-labs/ssr absent.`,
    missingSsr: `La commande prerender a besoin du rendu serveur de Lit (paquet @lit-labs/ssr), qui n’est pas installé.
Installez-le dans le projet où se trouve cqp-vae-widgets, puis relancez la commande :

  npm install --save-dev @lit-labs/ssr

(Sans projet, avec npx : npx -p cqp-vae-widgets -p @lit-labs/ssr cqp-vae-widgets prerender …)`,
    missingBuild: (p: P) => `Les modules des widgets sont introuvables (${p.dir}) : lancez d’abord npm run build.`,
    badElement: (p: P) => `--element attend guide, check ou both, pas « ${p.value} ».`,
    badLayout: (p: P) => `--layout attend tabs ou stacked, pas « ${p.value} ».`,
    badHeading: (p: P) => `--heading-level attend un nombre de 1 à 6, pas « ${p.value} ».`,
    onlyGuide: (p: P) => `${p.option} ne concerne que le guide : retirez-le ou écrivez aussi le guide (--element guide ou both).`,
    extraArgument: (p: P) => `Argument en trop : « ${p.arg} » (un seul fichier de contenu).`,
    invalid: (p: P) => `« ${p.file} » n’est pas un contenu valide : rien n’a été écrit. Le détail, comme le donne validate :`,
    written: (p: P) => `${p.file} écrit (${p.bytes} octets).`,
    unwritable: (p: P) => `Impossible d’écrire « ${p.file} » : ${p.reason}`,
  },
  en: {
    usage: `Usage:
  npx cqp-vae-widgets prerender [content.json] [options] > page.html
      Writes the widgets' first screen as static HTML (declarative shadow DOM, Lit's server renderer):
      the whole guide and the questionnaire's start screen show, styled, before any script runs,
      without JavaScript and to search engines. Without a file: the built-in content.
      The content is written into each element (a <script type="application/json"> child), so the
      browser shows exactly what the server rendered.
      Needs the @lit-labs/ssr package in the project: npm install --save-dev @lit-labs/ssr

Options:
  --element guide|check|both   the elements written: <cqp-vae-guide>, <eligibility-check>, or both,
                               linked (both, the default)
  --out <file>                 file written (otherwise standard output)
  --fragment                   only the elements, to paste into a page or a CMS template
  --scripts <URL>              adds the two scripts that make the page interactive, from this address
                               (a copy of dist/ or the address of the package's dist/ on a CDN):
                               hydrate-support.js, then cqp-vae-widgets.js. Without it the page is static.
  --layout tabs|stacked        the guide's layout
  --route <id>                 the route the guide shows first
  --heading-level <1-6>        the elements' heading level
  --lang fr|en                 language of the widgets' interface and of the messages (default: the content's meta.locale)
  --title <text>               the page's title and <h1> (full page only; default: the content's meta.title)
  --help                       this help

Exit code: 0 when the page is written, 1 when the content is not valid (nothing is written), 2 when
the command is mistyped, the file cannot be read or @lit-labs/ssr is missing.`,
    missingSsr: `The prerender command needs Lit's server renderer (the @lit-labs/ssr package), which is not installed.
Install it in the project where cqp-vae-widgets is, then run the command again:

  npm install --save-dev @lit-labs/ssr

(Without a project, with npx: npx -p cqp-vae-widgets -p @lit-labs/ssr cqp-vae-widgets prerender …)`,
    missingBuild: (p: P) => `The widgets' modules are missing (${p.dir}): run npm run build first.`,
    badElement: (p: P) => `--element takes guide, check or both, not "${p.value}".`,
    badLayout: (p: P) => `--layout takes tabs or stacked, not "${p.value}".`,
    badHeading: (p: P) => `--heading-level takes a number from 1 to 6, not "${p.value}".`,
    onlyGuide: (p: P) => `${p.option} is about the guide only: remove it or write the guide too (--element guide or both).`,
    extraArgument: (p: P) => `Extra argument: "${p.arg}" (one content file).`,
    invalid: (p: P) => `"${p.file}" is not valid content: nothing was written. The details, as validate gives them:`,
    written: (p: P) => `${p.file} written (${p.bytes} bytes).`,
    unwritable: (p: P) => `Cannot write "${p.file}": ${p.reason}`,
  },
} satisfies Record<IssueLocale, unknown>;

export type PrerenderStrings = (typeof prerenderStrings)['fr'];
