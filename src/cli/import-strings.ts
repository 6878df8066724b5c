/** Words of `catalogue import`, French first (kept apart from strings.ts: a separate command). */
import type { IssueLocale } from '../content/issues.js';

type P = Record<string, string | number | undefined>;

const nb = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, '\u202f');

export const importStrings = {
  fr: {
    usage: `Utilisation :
  npx cqp-vae-widgets catalogue import <export.zip|dossier> [filtres] [--merge contenu.json] [--out fichier.json]
      Lit l’export « open data » du RNCP et du RS publié par France compétences sur data.gouv.fr
      (export-fiches-csv-AAAA-MM-JJ.zip, ou le dossier obtenu en le décompressant) et écrit les fiches
      retenues comme entrées de catalogue : blocs de compétences, accès par la VAE, date de fin
      d’enregistrement, certificateurs, conventions collectives.

Filtres (chacun peut être répété ; une fiche doit passer chaque sorte de filtre donnée) :
  --certifier <nom|SIRET>     nom du certificateur (une partie suffit) ou son SIRET / SIREN
  --convention <IDCC|nom>     convention collective, par son numéro IDCC ou son nom
  --kind <cqp|titre|diplome|abréviation>   sorte de certification, ou abréviation de l’export (BTS, TP…)
  --registry <rncp|rs>        un seul répertoire
  --number <RNCP…|RS…>        ces fiches, quels que soient les autres filtres (liste séparée par des virgules)
  --include-inactive          garder aussi les fiches inactives (sinon écartées)

Sortie :
  --merge <contenu.json>      part de ce fichier : garde ce que vous avez écrit à la main (descriptions,
                              liens, contacts, identifiants), met à jour ce que dit le registre et indique
                              les fiches ajoutées, mises à jour et disparues (jamais supprimées).
                              Les fiches déjà dans le fichier sont toujours relues, même inactives.
  --out <fichier.json>        fichier écrit (sinon la sortie standard) ; écrit en entier ou pas du tout.
  --lang fr|en                langue des messages

Code de sortie : 0 si l’import a réussi, 1 si l’export ou le fichier à fusionner est illisible, 2 si la
commande est mal écrite.`,
    missingExport: 'Indiquez l’export à lire, par exemple : npx cqp-vae-widgets catalogue import export-fiches-csv-2026-11-30.zip --kind cqp',
    unknownSub: (p: P) => `Sous-commande inconnue : « ${p.command} » (seule « catalogue import » existe).`,
    badRegistry: (p: P) => `--registry attend rncp ou rs, pas « ${p.value} ».`,
    progress: (p: P) => `Lecture ${p.done}/${p.total} : ${p.file} — ${nb(Number(p.lines))} lignes`,
    errors: {
      no_export: (p: P) => `« ${p.file} » n’existe pas (vérifiez le chemin).`,
      unreadable: (p: P) => `Impossible de lire « ${p.file} » : ${p.reason}`,
      not_zip: (p: P) => `« ${p.file} » n’est pas un fichier zip : indiquez le zip téléchargé sur data.gouv.fr ou le dossier décompressé.`,
      bad_zip: (p: P) => `« ${p.file} » est un zip abîmé (${p.reason}) : téléchargez-le à nouveau.`,
      missing_file: (p: P) => `« ${p.file} » ne contient pas le ou les fichiers attendus : ${p.missing}.`,
      twice: (p: P) => `« ${p.file} » contient deux fichiers du même type : ${p.first} et ${p.second}. Gardez-en un seul.`,
      header: (p: P) =>
        `${p.file}, ligne ${p.line} : l’en-tête a changé, colonne(s) absente(s) : ${p.missing}. En-tête lu : ${p.found}`,
      csv: (p: P) => `${p.file}, ligne ${p.line} : ligne mal formée (${p.reason}).`,
      empty: (p: P) => `${p.file} est vide (pas même l’en-tête).`,
      row_number: (p: P) => `${p.file}, ligne ${p.line} : numéro de fiche invalide « ${p.value} » (attendu RNCP… ou RS…).`,
      row_date: (p: P) => `${p.file}, ligne ${p.line} : date invalide « ${p.value} » (attendu JJ/MM/AAAA).`,
      row_active: (p: P) => `${p.file}, ligne ${p.line} : valeur « Actif » inattendue « ${p.value} » (ACTIVE ou INACTIVE).`,
      row_title: (p: P) => `${p.file}, ligne ${p.line} : fiche sans intitulé.`,
      merge_json: (p: P) => `« ${p.file} » n’est pas un JSON lisible : ${p.reason}`,
      merge_shape: (p: P) => `« ${p.file} » n’est pas un fichier de contenu (un objet, avec « catalogue » en tableau s’il en a un).`,
      write: (p: P) => `Impossible d’écrire « ${p.file} » : ${p.reason}`,
    } as Record<string, (p: P) => string>,
    summary: (p: P) => `${p.selected} fiche(s) retenue(s) sur ${p.seen} lue(s).`,
    added: (n: number) => `Ajoutées (${n}) :`,
    updated: (n: number) => `Mises à jour (${n}) :`,
    unchanged: (n: number) => `Inchangées : ${n}.`,
    disappeared: (n: number) => `Plus dans la sélection (${n}) — gardées telles quelles, à retirer à la main si la branche ne les propose plus :`,
    gone: 'absente de l’export',
    filtered: 'écartée par les filtres',
    fields: (p: P) => `champs : ${p.fields}`,
    written: (p: P) => `Écrit : ${p.file}`,
  },
  en: {
    usage: `Usage:
  npx cqp-vae-widgets catalogue import <export.zip|folder> [filters] [--merge content.json] [--out file.json]
      Reads France compétences' open-data export of the RNCP and the RS from data.gouv.fr
      (export-fiches-csv-YYYY-MM-DD.zip, or the folder it unzips to) and writes the selected records as
      catalogue entries: blocs de compétences, VAE access, end of registration, certifiers, conventions.

Filters (each may be repeated; a record must pass every kind of filter given):
  --certifier <name|SIRET>    certifier name (any part) or its SIRET / SIREN
  --convention <IDCC|name>    convention collective, by IDCC number or name
  --kind <cqp|titre|diplome|abbreviation>   kind of certification, or an abbreviation of the export
  --registry <rncp|rs>        one registry only
  --number <RNCP…|RS…>        these records, whatever the other filters (comma-separated list)
  --include-inactive          keep inactive records too (left out otherwise)

Output:
  --merge <content.json>      start from this file: keeps what you wrote by hand, updates what the registry
                              says, reports added, updated and disappeared records (never deleted).
                              Records already in the file are always read again, even inactive ones.
  --out <file.json>           file written (else standard output); written whole or not at all.
  --lang fr|en                language of the messages

Exit code: 0 when the import succeeded, 1 when the export or the file to merge cannot be read, 2 when the
command is mistyped.`,
    missingExport: 'Name the export to read, e.g.: npx cqp-vae-widgets catalogue import export-fiches-csv-2026-11-30.zip --kind cqp',
    unknownSub: (p: P) => `Unknown subcommand: "${p.command}" (only "catalogue import" exists).`,
    badRegistry: (p: P) => `--registry takes rncp or rs, not "${p.value}".`,
    progress: (p: P) => `Reading ${p.done}/${p.total}: ${p.file} — ${Number(p.lines).toLocaleString('en')} lines`,
    errors: {
      no_export: (p: P) => `"${p.file}" does not exist (check the path).`,
      unreadable: (p: P) => `Cannot read "${p.file}": ${p.reason}`,
      not_zip: (p: P) => `"${p.file}" is not a zip file: give the zip downloaded from data.gouv.fr or the unzipped folder.`,
      bad_zip: (p: P) => `"${p.file}" is a damaged zip (${p.reason}): download it again.`,
      missing_file: (p: P) => `"${p.file}" lacks the expected file(s): ${p.missing}.`,
      twice: (p: P) => `"${p.file}" has two files of the same kind: ${p.first} and ${p.second}. Keep one.`,
      header: (p: P) => `${p.file}, line ${p.line}: the header changed, missing column(s): ${p.missing}. Header read: ${p.found}`,
      csv: (p: P) => `${p.file}, line ${p.line}: malformed line (${p.reason}).`,
      empty: (p: P) => `${p.file} is empty (not even a header).`,
      row_number: (p: P) => `${p.file}, line ${p.line}: invalid record number "${p.value}" (expected RNCP… or RS…).`,
      row_date: (p: P) => `${p.file}, line ${p.line}: invalid date "${p.value}" (expected DD/MM/YYYY).`,
      row_active: (p: P) => `${p.file}, line ${p.line}: unexpected "Actif" value "${p.value}" (ACTIVE or INACTIVE).`,
      row_title: (p: P) => `${p.file}, line ${p.line}: record without a title.`,
      merge_json: (p: P) => `"${p.file}" is not readable JSON: ${p.reason}`,
      merge_shape: (p: P) => `"${p.file}" is not a content file (an object, with "catalogue" as an array if it has one).`,
      write: (p: P) => `Cannot write "${p.file}": ${p.reason}`,
    } as Record<string, (p: P) => string>,
    summary: (p: P) => `${p.selected} record(s) selected out of ${p.seen} read.`,
    added: (n: number) => `Added (${n}):`,
    updated: (n: number) => `Updated (${n}):`,
    unchanged: (n: number) => `Unchanged: ${n}.`,
    disappeared: (n: number) => `No longer selected (${n}) — kept as they are; remove them by hand if the branch no longer offers them:`,
    gone: 'not in the export',
    filtered: 'left out by the filters',
    fields: (p: P) => `fields: ${p.fields}`,
    written: (p: P) => `Written: ${p.file}`,
  },
} satisfies Record<IssueLocale, unknown>;

export type ImportStrings = (typeof importStrings)['fr'];
