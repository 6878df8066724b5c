/**
 * The shape of France compétences' open-data export of the RNCP and the RS, as published on
 * data.gouv.fr ("export-fiches-csv-YYYY-MM-DD.zip"): one zip of semicolon-separated, double-quoted,
 * UTF-8 CSV files, one file per kind of data, joined on `Numero_Fiche`.
 *
 * Where these names and headers come from (read, not guessed): the importer of the
 * mission-apprentissage/api-apprentissage repository,
 *   server/src/jobs/importer/france_competence/france_competence.importer.ts (file-name patterns),
 *   shared/src/models/source/france_competence/parts/source.france_competence.*.model.ts (columns),
 * and the real sample export it tests with,
 *   server/src/jobs/importer/france_competence/fixtures/sample/export-fiches-csv-2024-02-22.zip,
 * whose files show the details a parser must survive: CRLF line ends, every value quoted and empty
 * values left bare (`;;`), a SIRET written as `"\t11004301500012"` (a tab before the digits, so that
 * a spreadsheet keeps the leading zeros), dates as DD/MM/YYYY, and accented file names stored as
 * UTF-8 bytes without the zip's UTF-8 flag ("Blocs_De_Compétences", "VoixdAccès").
 * The Standard file holds both registries (RNCP… and RS… numbers).
 */

/** The files the import reads; the export has others (Rome, Nsf, Formacode, Partenaires, …) it skips. */
export type ExportFileKind = 'standard' | 'blocs' | 'certificateurs' | 'ccn' | 'voies';

export const EXPORT_FILES: Record<ExportFileKind, { label: string; columns: readonly string[]; pattern: RegExp }> = {
  standard: {
    label: 'export_fiches_CSV_Standard_AAAA_MM_JJ.csv',
    // The columns the import reads; the real header has these among others (Id_Fiche, Abrege_Intitule,
    // Nomenclature_Europe_Intitule, Accessible_Nouvelle_Caledonie, Accessible_Polynesie_Francaise,
    // Date_dernier_jo, Date_Decision, Date_Effet, Type_Enregistrement).
    columns: ['Numero_Fiche', 'Intitule', 'Abrege_Libelle', 'Abrege_Intitule', 'Nomenclature_Europe_Niveau', 'Date_Fin_Enregistrement', 'Validation_Partielle', 'Actif'],
    pattern: /^export_fiches_csv_standard_\d{4}_\d{2}_\d{2}\.csv$/,
  },
  blocs: {
    label: 'export_fiches_CSV_Blocs_De_Compétences_AAAA_MM_JJ.csv',
    columns: ['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'],
    // "Compétences" may arrive as UTF-8, stripped of its accent, or garbled by a CP437 unzip tool.
    pattern: /^export_fiches_csv_blocs_de_comp.{1,4}tences_\d{4}_\d{2}_\d{2}\.csv$/,
  },
  certificateurs: {
    label: 'export_fiches_CSV_Certificateurs_AAAA_MM_JJ.csv',
    columns: ['Numero_Fiche', 'Siret_Certificateur', 'Nom_Certificateur'],
    pattern: /^export_fiches_csv_certificateurs_\d{4}_\d{2}_\d{2}\.csv$/,
  },
  ccn: {
    label: 'export_fiches_CSV_CCN_AAAA_MM_JJ.csv',
    columns: ['Numero_Fiche', 'Ccn_1_Numero', 'Ccn_1_Libelle', 'Ccn_2_Numero', 'Ccn_2_Libelle', 'Ccn_3_Numero', 'Ccn_3_Libelle'],
    pattern: /^export_fiches_csv_ccn_\d{4}_\d{2}_\d{2}\.csv$/,
  },
  voies: {
    label: 'export_fiches_CSV_VoixdAccès_AAAA_MM_JJ.csv',
    columns: ['Numero_Fiche', 'Si_Jury'],
    pattern: /^export_fiches_csv_voixdacc.{1,4}s_\d{4}_\d{2}_\d{2}\.csv$/,
  },
};

/** The order files are read in: Standard first, so that the joined files only keep what it selected. */
export const READ_ORDER: readonly ExportFileKind[] = ['standard', 'certificateurs', 'ccn', 'voies', 'blocs'];

/** The access route that is a VAE, as the export words it. */
export const VAE_ROUTE = 'Par expérience';

/** The kind of export file a name is, from its base name (any folder in the zip ignored). */
export function kindOfFile(name: string): ExportFileKind | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const plain = base.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return (Object.keys(EXPORT_FILES) as ExportFileKind[]).find((k) => EXPORT_FILES[k].pattern.test(plain));
}

/**
 * The position of each column the import reads in a file's header, or the columns missing from it.
 * Extra or reordered columns are accepted (the export has grown before); a renamed or removed
 * column is not, since every value read after it would be wrong.
 */
export function columnsOf(kind: ExportFileKind, header: readonly string[]): { index: Record<string, number> } | { missing: string[] } {
  const cleaned = header.map((h) => h.replace(/^\uFEFF/, '').trim());
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const column of EXPORT_FILES[kind].columns) {
    const at = cleaned.indexOf(column);
    if (at < 0) missing.push(column);
    else index[column] = at;
  }
  return missing.length ? { missing } : { index };
}
