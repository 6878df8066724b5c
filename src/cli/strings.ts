/** Words of the command-line tool, French first. */
import type { IssueLocale } from '../content/issues.js';

type P = Record<string, string | number>;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const cliStrings = {
  fr: {
    usage: `Utilisation :
  npx cqp-vae-widgets validate <fichier.json> [--json] [--lang fr|en] [--max-age <jours>]
      Vérifie un fichier de contenu (schéma, références, questionnaire) et explique chaque problème.
      Code de sortie : 0 si aucune erreur, 1 s’il y a au moins une erreur, 2 si la commande est mal écrite
      ou le fichier illisible.
  npx cqp-vae-widgets typography <fichier.json> [--fix] [--json]
      Signale les textes français sans leurs espaces insécables (avant : ; ! ?, dans « », 1 500 €) ni
      apostrophes typographiques ; --fix les corrige dans le fichier (les widgets les ajoutent de toute façon).
  npx cqp-vae-widgets schema [--lang fr|en]
      Affiche le JSON Schema des fichiers de contenu (à référencer par "$schema" dans votre fichier).
  npx cqp-vae-widgets catalogue import <export.zip> [filtres] [--merge contenu.json] [--out fichier.json]
      Construit le catalogue d’une branche à partir de l’export RNCP / RS de France compétences
      (détails : npx cqp-vae-widgets catalogue import --help).
  npx cqp-vae-widgets prerender [contenu.json] [--out page.html] [--fragment] [--scripts <URL>] [--element guide|check|both]
      Écrit le premier écran des deux widgets en HTML statique, affiché sans JavaScript et hydraté ensuite
      (demande @lit-labs/ssr ; détails : npx cqp-vae-widgets prerender --help).

Options :
  --json          résultat en JSON (pour un programme ou une intégration continue)
  --fix           (typography) corrige le fichier
  --lang fr|en    langue des messages (français par défaut)
  --max-age <n>   âge en jours au-delà duquel la date de vérification donne un avertissement (365 par défaut)
  --help          cette aide`,
    unknownCommand: (p: P) => `Commande inconnue : « ${p.command} ».`,
    unknownOption: (p: P) => `Option inconnue : « ${p.option} ».`,
    missingValue: (p: P) => `L’option ${p.option} attend une valeur.`,
    badLang: (p: P) => `Langue non prise en charge : « ${p.lang} » (fr ou en).`,
    badAge: (p: P) => `--max-age attend un nombre de jours entier et positif, pas « ${p.value} ».`,
    missingFile: 'Indiquez le fichier à vérifier, par exemple : npx cqp-vae-widgets validate contenu.json',
    extraArgument: (p: P) => `Argument en trop : « ${p.arg} » (un seul fichier à la fois).`,
    unreadable: (p: P) => `Impossible de lire « ${p.file} » : ${p.reason}`,
    notFound: 'le fichier n’existe pas (vérifiez le chemin).',
    isDirectory: 'c’est un dossier, pas un fichier.',
    encoding: 'Le fichier n’est pas encodé en UTF-8 : enregistrez-le en UTF-8 depuis votre éditeur.',
    encodingHint: 'Dans votre éditeur : « Enregistrer avec l’encodage » puis « UTF-8 ».',
    tooLarge: (p: P) => `Le fichier pèse ${p.bytes} octets : les widgets refusent un contenu de plus de ${p.max} octets.`,
    tooLargeHint: 'Allégez le contenu (textes, liens) ou découpez-le en plusieurs fichiers.',
    heading: (p: P) => `Vérification de ${p.file}`,
    errorsTitle: (n: number) =>
      `${plural(n, 'erreur', 'erreurs')} — les widgets refuseront ce contenu et afficheront un message d’erreur :`,
    warningsTitle: (n: number) => `${plural(n, 'avertissement', 'avertissements')} — le contenu fonctionne, mais à revoir :`,
    where: (p: P) => `À l’emplacement ${p.path}`,
    wholeFile: 'Le fichier entier',
    hint: 'À faire :',
    ok: 'Aucun problème trouvé : le contenu est prêt à être publié.',
    okWithWarnings: (n: number) => `Aucune erreur : le contenu est utilisable. ${plural(n, 'avertissement', 'avertissements')} à revoir.`,
    failed: (e: number, w: number) =>
      `Résultat : ${plural(e, 'erreur', 'erreurs')}, ${plural(w, 'avertissement', 'avertissements')}. Le contenu n’est pas utilisable en l’état.`,
  },
  en: {
    usage: `Usage:
  npx cqp-vae-widgets validate <file.json> [--json] [--lang fr|en] [--max-age <days>]
      Checks a content file (schema, references, questionnaire) and explains each problem.
      Exit code: 0 when there is no error, 1 when there is at least one, 2 when the command is
      mistyped or the file cannot be read.
  npx cqp-vae-widgets typography <file.json> [--fix] [--json]
      Reports French texts without their no-break spaces (before : ; ! ?, inside « », 1 500 €) or
      curly apostrophes; --fix corrects them in the file (the widgets add them anyway).
  npx cqp-vae-widgets schema [--lang fr|en]
      Prints the JSON Schema of content files (point "$schema" in your file at it).
  npx cqp-vae-widgets catalogue import <export.zip> [filters] [--merge content.json] [--out file.json]
      Builds a branch's catalogue from France compétences' RNCP / RS export
      (details: npx cqp-vae-widgets catalogue import --help).
  npx cqp-vae-widgets prerender [content.json] [--out page.html] [--fragment] [--scripts <URL>] [--element guide|check|both]
      Writes both widgets' first screen as static HTML, shown without JavaScript and hydrated later
      (needs @lit-labs/ssr; details: npx cqp-vae-widgets prerender --help).

Options:
  --json          JSON output (for a program or continuous integration)
  --fix           (typography) fixes the file
  --lang fr|en    language of the messages (French by default)
  --max-age <n>   age in days after which the review date gives a warning (365 by default)
  --help          this help`,
    unknownCommand: (p: P) => `Unknown command: "${p.command}".`,
    unknownOption: (p: P) => `Unknown option: "${p.option}".`,
    missingValue: (p: P) => `The option ${p.option} needs a value.`,
    badLang: (p: P) => `Unsupported language: "${p.lang}" (fr or en).`,
    badAge: (p: P) => `--max-age needs a positive whole number of days, not "${p.value}".`,
    missingFile: 'Name the file to check, for example: npx cqp-vae-widgets validate content.json',
    extraArgument: (p: P) => `Extra argument: "${p.arg}" (one file at a time).`,
    unreadable: (p: P) => `Cannot read "${p.file}": ${p.reason}`,
    notFound: 'the file does not exist (check the path).',
    isDirectory: 'it is a folder, not a file.',
    encoding: 'The file is not encoded in UTF-8: save it as UTF-8 from your editor.',
    encodingHint: 'In your editor: "Save with encoding", then "UTF-8".',
    tooLarge: (p: P) => `The file weighs ${p.bytes} bytes: the widgets refuse content over ${p.max} bytes.`,
    tooLargeHint: 'Make the content lighter (texts, links) or split it into several files.',
    heading: (p: P) => `Checking ${p.file}`,
    errorsTitle: (n: number) => `${plural(n, 'error', 'errors')} — the widgets will refuse this content and show an error message:`,
    warningsTitle: (n: number) => `${plural(n, 'warning', 'warnings')} — the content works, but check these:`,
    where: (p: P) => `At ${p.path}`,
    wholeFile: 'The whole file',
    hint: 'To do:',
    ok: 'No problem found: the content is ready to publish.',
    okWithWarnings: (n: number) => `No error: the content can be used. ${plural(n, 'warning', 'warnings')} to check.`,
    failed: (e: number, w: number) =>
      `Result: ${plural(e, 'error', 'errors')}, ${plural(w, 'warning', 'warnings')}. The content cannot be used as it is.`,
  },
} satisfies Record<IssueLocale, unknown>;

export type CliStrings = (typeof cliStrings)['fr'];
