#!/usr/bin/env node
// `npm run bench:import`: how fast and how light `catalogue import` is on an export of the real
// export's size (not a test: it prints figures). Generates an export of BENCH_RECORDS records (50,000
// by default, about what France compétences publishes for the RNCP and the RS together) in the
// export's format, with blocs, routes, certifiers and conventions for every record, zips it, and runs
// the built CLI on it in a child process three ways: everything, a branch's filter, and a merge.
// Prints wall time, CPU time (steadier on a busy machine) and peak resident memory (maxRSS) of each run.
//
//   BENCH_RECORDS=50000
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from '../test/cli/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RECORDS = Number(process.env.BENCH_RECORDS ?? 50_000);
const cli = path.join(root, 'dist/cli.mjs');
if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'inherit' });

const q = (v) => (v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);
const csv = (header, rows) => [header, ...rows].map((r) => r.map(q).join(';')).join('\r\n') + '\r\n';
const D = '2026_11_30';

function generate() {
  const standard = [];
  const blocs = [];
  const certifiers = [];
  const ccn = [];
  const voies = [];
  for (let i = 0; i < RECORDS; i++) {
    const rs = i % 4 === 3;
    const number = rs ? `RS${5000 + i}` : `RNCP${30000 + i}`;
    const cqp = i % 10 === 0;
    const branch = i % 50; // 50 branches, each its own CPNEF and convention
    const year = 2020 + (i % 10);
    standard.push([
      String(10000 + i), number, `${cqp ? 'CQP ' : ''}Certification numéro ${i} des métiers de la branche ${branch}`,
      cqp ? 'CQP' : rs ? undefined : 'TP', cqp ? 'Certificat de qualification professionnelle' : rs ? undefined : 'Titre professionnel',
      rs ? undefined : `NIV${3 + (i % 5)}`, rs ? undefined : `Niveau ${3 + (i % 5)}`, 'Non', 'Non', undefined, '12/06/2021',
      `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${year}`, undefined,
      'Enregistrement sur demande', rs ? 'Non' : 'Oui', year >= 2026 ? 'ACTIVE' : 'INACTIVE',
    ]);
    if (!rs) for (let b = 1; b <= 4; b++) blocs.push([number, `${number}BC0${b}`, `Bloc ${b} : compétences de la certification ${i}`]);
    certifiers.push([number, `\t${String(10000000000000 + branch * 1000)}`, `CPNEF DE LA BRANCHE ${branch}`]);
    if (i % 3 === 0) certifiers.push([number, '\t11000007200014', 'MINISTERE DU TRAVAIL']);
    ccn.push([number, String(1000 + branch), `Convention collective de la branche ${branch}`, undefined, undefined, undefined, undefined]);
    for (const route of ['Après un parcours de formation continue', 'En contrat de professionnalisation', ...(i % 5 ? ['Par expérience'] : [])]) voies.push([number, route]);
  }
  return [
    { name: `export_fiches_CSV_Standard_${D}.csv`, data: csv(['Id_Fiche', 'Numero_Fiche', 'Intitule', 'Abrege_Libelle', 'Abrege_Intitule', 'Nomenclature_Europe_Niveau', 'Nomenclature_Europe_Intitule', 'Accessible_Nouvelle_Caledonie', 'Accessible_Polynesie_Francaise', 'Date_dernier_jo', 'Date_Decision', 'Date_Fin_Enregistrement', 'Date_Effet', 'Type_Enregistrement', 'Validation_Partielle', 'Actif'], standard) },
    { name: `export_fiches_CSV_Blocs_De_Compétences_${D}.csv`, data: csv(['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'], blocs) },
    { name: `export_fiches_CSV_Certificateurs_${D}.csv`, data: csv(['Numero_Fiche', 'Siret_Certificateur', 'Nom_Certificateur'], certifiers) },
    { name: `export_fiches_CSV_CCN_${D}.csv`, data: csv(['Numero_Fiche', 'Ccn_1_Numero', 'Ccn_1_Libelle', 'Ccn_2_Numero', 'Ccn_2_Libelle', 'Ccn_3_Numero', 'Ccn_3_Libelle'], ccn) },
    { name: `export_fiches_CSV_VoixdAccès_${D}.csv`, data: csv(['Numero_Fiche', 'Si_Jury'], voies) },
  ];
}

/** Runs the CLI in a fresh Node and returns its wall time and peak memory. */
function measure(label, args) {
  const script = `
    import { readFile } from 'node:fs/promises';
    import { run } from ${JSON.stringify(cli)};
    const started = performance.now();
    let err = '';
    const code = await run(${JSON.stringify(args)}, { stdout: () => {}, stderr: (t) => (err += t), readFile: (p) => readFile(p) });
    const ms = performance.now() - started;
    const usage = process.resourceUsage();
    console.log(JSON.stringify({ code, ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMiB: usage.maxRSS / 1024, summary: err.split('\\n')[0] }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  const m = JSON.parse(result.stdout);
  if (m.code !== 0) throw new Error(`${label}: exit ${m.code}`);
  console.log(`| ${label} | ${(m.ms / 1000).toFixed(2)} s | ${(m.cpuMs / 1000).toFixed(2)} s | ${m.maxRssMiB.toFixed(0)} MiB | ${m.summary} |`);
}

const dir = mkdtempSync(path.join(tmpdir(), 'cqp-vae-bench-import-'));
try {
  const files = generate();
  const folder = path.join(dir, 'export');
  mkdirSync(folder);
  for (const f of files) writeFileSync(path.join(folder, f.name), f.data);
  const archive = path.join(dir, `export-fiches-csv-${D.replace(/_/g, '-')}.zip`);
  writeFileSync(archive, zip(files));
  const csvBytes = files.reduce((n, f) => n + Buffer.byteLength(f.data), 0);
  console.log(`${RECORDS.toLocaleString('en')} records: ${(csvBytes / 2 ** 20).toFixed(1)} MiB of CSV, zip ${(statSync(archive).size / 2 ** 20).toFixed(1)} MiB. Node ${process.version}.\n`);
  console.log('| run | wall time | CPU time | peak memory (maxRSS) | result |\n| --- | --- | --- | --- | --- |');
  measure('zip, every active record', ['catalogue', 'import', archive, '--out', path.join(dir, 'all.json')]);
  measure('folder, every active record', ['catalogue', 'import', folder, '--out', path.join(dir, 'all-folder.json')]);
  measure('zip, one branch (--certifier)', ['catalogue', 'import', archive, '--certifier', 'CPNEF DE LA BRANCHE 7', '--out', path.join(dir, 'branch.json')]);
  measure('zip, one branch, --merge into its file', ['catalogue', 'import', archive, '--certifier', 'CPNEF DE LA BRANCHE 7', '--merge', path.join(dir, 'branch.json'), '--out', path.join(dir, 'branch.json')]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
