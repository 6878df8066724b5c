// `catalogue import` on hand-written fixtures in the format of France compétences' export
// (test/fixtures/registry/export-2026-11-30/: the real file names and headers, CRLF, quoted values,
// SIRET behind a tab), as a folder and as a zip. Run: node --test test/cli/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zip } from './zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/cqp-vae-widgets.mjs');
const fixture = path.join(root, 'test/fixtures/registry/export-2026-11-30');
const STANDARD = 'export_fiches_CSV_Standard_2026_11_30.csv';
const BLOCS = 'export_fiches_CSV_Blocs_De_Compétences_2026_11_30.csv';
const VOIES = 'export_fiches_CSV_VoixdAccès_2026_11_30.csv';
let dir;

function cli(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The fixture's files, with `change` applied to some of them ({ name: text => text | null to drop }). */
function files(change = {}) {
  return readdirSync(fixture).flatMap((name) => {
    const text = readFileSync(path.join(fixture, name), 'utf8');
    const changed = change[name] ? change[name](text) : text;
    return changed === null ? [] : [{ name, data: changed }];
  });
}

function zipOf(name, change) {
  const file = path.join(dir, name);
  writeFileSync(file, zip(files(change)));
  return file;
}

function folderOf(name, change) {
  const folder = path.join(dir, name);
  mkdirSync(folder);
  for (const f of files(change)) writeFileSync(path.join(folder, f.name), f.data);
  return folder;
}

const numbers = (out) => JSON.parse(out).catalogue.map((e) => e.registry.rncp ?? e.registry.rs);

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  dir = mkdtempSync(path.join(tmpdir(), 'cqp-vae-import-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('catalogue import: reading the export', () => {
  it('joins blocs, access routes, certifiers and conventions on the record number', () => {
    const { code, out, err } = cli('catalogue', 'import', fixture, '--number', 'RNCP99901');
    assert.equal(code, 0, err);
    assert.deepEqual(JSON.parse(out).catalogue, [
      {
        id: 'rncp99901',
        title: 'CQP Technicien(ne) cycles',
        kind: 'cqp',
        registry: { rncp: 'RNCP99901' },
        level: 4,
        registeredUntil: '2029-06-11',
        vaeRoute: true,
        partialValidation: true,
        certifiers: [{ name: 'CPNEF DES METIERS DU CYCLE (FICTIVE)', siret: '99990000100017' }],
        conventions: [{ idcc: '9901', title: 'Métiers du cycle (convention fictive)' }],
        blocs: [
          { code: 'RNCP99901BC01', title: 'Diagnostiquer un cycle et établir un devis' },
          { code: 'RNCP99901BC02', title: 'Réparer et régler les organes mécaniques d’un cycle' },
          { code: 'RNCP99901BC03', title: 'Accueillir et conseiller la clientèle de l’atelier' },
        ],
      },
    ]);
    assert.match(err, /1 fiche\(s\) retenue\(s\) sur 15 lue\(s\)/);
  });

  it('reads the zip as it reads the unzipped folder (UTF-8 names without the zip flag)', () => {
    const fromFolder = cli('catalogue', 'import', fixture, '--include-inactive');
    const fromZip = cli('catalogue', 'import', zipOf('export.zip'), '--include-inactive');
    assert.equal(fromZip.code, 0, fromZip.err);
    assert.equal(fromZip.out, fromFolder.out);
    assert.equal(numbers(fromZip.out).length, 15);
  });

  it('tells a record without VAE, an inactive one, several certifiers and conventions, an RS record', () => {
    const { out } = cli('catalogue', 'import', fixture, '--number', 'RNCP99907,RNCP99906,RNCP99904,RNCP99903,RS9902');
    const byNumber = Object.fromEntries(JSON.parse(out).catalogue.map((e) => [e.registry.rncp ?? e.registry.rs, e]));
    assert.equal(byNumber.RNCP99907.vaeRoute, false);
    assert.equal(byNumber.RNCP99906.active, false);
    assert.equal(byNumber.RNCP99906.registeredUntil, '2026-11-30');
    assert.equal(byNumber.RNCP99903.active, undefined, 'active records carry no "active" field');
    assert.deepEqual(byNumber.RNCP99904.certifiers.map((c) => c.siret), ['99990000100017', '99990000200015']);
    assert.deepEqual(byNumber.RNCP99903.conventions.map((c) => c.idcc), ['9901', '9902']);
    assert.deepEqual(byNumber.RS9902, {
      id: 'rs9902',
      title: 'CQP Réparateur(trice) d’engins de déplacement personnels motorisés',
      kind: 'cqp', // no abbreviation in the export: the title says CQP
      registry: { rs: 'RS9902' },
      registeredUntil: '2028-09-29',
      vaeRoute: false,
      partialValidation: false,
      certifiers: [{ name: 'CPNEF DES METIERS DU CYCLE (FICTIVE)', siret: '99990000100017' }],
      conventions: [{ idcc: '9901', title: 'Métiers du cycle (convention fictive)' }],
    });
  });
});

describe('catalogue import: filters', () => {
  const cases = [
    [['--certifier', 'metiers du cycle'], ['RNCP99901', 'RNCP99902', 'RNCP99903', 'RNCP99904', 'RNCP99905', 'RNCP99907', 'RS9901', 'RS9902', 'RS9903']],
    [['--certifier', 'metiers du cycle', '--include-inactive'], ['RNCP98001', 'RNCP99901', 'RNCP99902', 'RNCP99903', 'RNCP99904', 'RNCP99905', 'RNCP99906', 'RNCP99907', 'RS9901', 'RS9902', 'RS9903']],
    [['--certifier', '11004301500012'], ['RNCP98003']],
    [['--certifier', '999900002'], ['RNCP99904']], // a SIREN: every establishment of the body
    [['--certifier', '999900002', '--include-inactive'], ['RNCP99904', 'RS9904']],
    [['--convention', '9902'], ['RNCP98004', 'RNCP99903']],
    [['--convention', 'commerce des articles de sport'], ['RNCP98004', 'RNCP99903']],
    [['--kind', 'diplome'], ['RNCP98003']],
    [['--kind', 'tp'], ['RNCP98002']],
    [['--kind', 'cqp', '--registry', 'rs'], ['RS9901', 'RS9902', 'RS9903']],
    [['--kind', 'cqp', '--convention', '9902'], ['RNCP98004', 'RNCP99903']],
    [['--certifier', 'cycle', '--convention', '9902'], ['RNCP99903']],
    [['--number', 'RNCP98001'], ['RNCP98001']], // asked by number: imported even though inactive
    [['--number', 'rs9901', '--number', 'RNCP98002'], ['RNCP98002', 'RS9901']],
    [['--kind', 'titre', '--number', 'RS9904'], ['RNCP98002', 'RS9904']],
  ];
  for (const [args, expected] of cases) {
    it(args.join(' '), () => {
      const { code, out, err } = cli('catalogue', 'import', fixture, ...args);
      assert.equal(code, 0, err);
      assert.deepEqual(numbers(out), expected);
    });
  }
});

describe('catalogue import --merge', () => {
  const handWritten = () => ({
    meta: { id: 'x' },
    catalogue: [
      {
        id: 'technicien',
        title: 'Ancien intitulé',
        kind: 'cqp',
        registry: { rncp: 'RNCP99901' },
        level: 3,
        description: 'Écrit à la main.',
        link: 'https://branche.example/technicien',
        contacts: ['cpnef'],
        blocs: [{ code: 'RNCP99901BC09', title: 'Bloc disparu' }],
      },
      { id: 'retire', title: 'CQP retiré du registre', kind: 'cqp', registry: { rncp: 'RNCP11111' } },
      { id: 'maison', title: 'CQP maison', kind: 'cqp', registry: 'none', description: 'Hors répertoire.' },
      { id: 'logisticien', title: 'CQP Logisticien(ne) de flotte de vélos partagés', kind: 'cqp', registry: { rncp: 'RNCP99906' } },
    ],
    contacts: [{ id: 'cpnef', name: 'CPNEF' }],
  });

  it('keeps the hand-written fields, updates the registry ones, reports added / updated / disappeared', () => {
    const file = path.join(dir, 'merge.json');
    writeFileSync(file, JSON.stringify(handWritten(), null, 2));
    const out = path.join(dir, 'merged.json');
    const { code, err } = cli('catalogue', 'import', fixture, '--certifier', 'cycle', '--convention', '9902', '--merge', file, '--out', out);
    assert.equal(code, 0, err);
    const merged = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(merged.meta, { id: 'x' });
    assert.deepEqual(merged.contacts, [{ id: 'cpnef', name: 'CPNEF' }]);
    const [technicien, retire, maison, logisticien, added] = merged.catalogue;
    assert.equal(technicien.id, 'technicien');
    assert.equal(technicien.title, 'CQP Technicien(ne) cycles');
    assert.equal(technicien.level, 4);
    assert.equal(technicien.description, 'Écrit à la main.');
    assert.equal(technicien.link, 'https://branche.example/technicien');
    assert.deepEqual(technicien.contacts, ['cpnef']);
    assert.deepEqual(technicien.blocs.map((b) => b.code), ['RNCP99901BC01', 'RNCP99901BC02', 'RNCP99901BC03']);
    assert.deepEqual(retire, handWritten().catalogue[1], 'an entry gone from the registry is kept untouched');
    assert.deepEqual(maison, handWritten().catalogue[2]);
    assert.equal(logisticien.active, false, 'an entry of the file is updated even when inactive');
    assert.equal(added.registry.rncp, 'RNCP99903');
    assert.equal(merged.catalogue.length, 5);

    assert.match(err, /Ajoutées \(1\) :\n {2}\+ RNCP99903 {2}CQP Vendeur\(se\) conseil cycles/);
    assert.match(err, /Mises à jour \(2\) :\n {2}~ RNCP99901 {2}CQP Technicien\(ne\) cycles \(champs : title, level, registeredUntil, vaeRoute, partialValidation, certifiers, conventions, blocs\)/);
    assert.match(err, /~ RNCP99906 .*\(champs : level, active, registeredUntil, vaeRoute, partialValidation, certifiers, conventions\)/);
    assert.match(err, /Plus dans la sélection \(1\) — gardées telles quelles.*\n {2}! RNCP11111 {2}CQP retiré du registre \[retire\] — absente de l’export/);
  });

  it('is idempotent: the same export merged twice gives the same bytes and nothing to report', () => {
    const file = path.join(dir, 'twice.json');
    writeFileSync(file, JSON.stringify(handWritten(), null, 2));
    const args = ['catalogue', 'import', fixture, '--certifier', 'cycle', '--merge', file, '--out', file];
    assert.equal(cli(...args).code, 0);
    const first = readFileSync(file, 'utf8');
    const again = cli(...args);
    assert.equal(again.code, 0, again.err);
    assert.equal(readFileSync(file, 'utf8'), first);
    assert.doesNotMatch(again.err, /Ajoutées|Mises à jour/);
    assert.match(again.err, /Inchangées : 10\./);
  });

  it('the example branch file is the fixture imported into it (hand-written texts kept)', () => {
    const example = path.join(root, 'demo/content/branche-cycles.fr.json');
    const { code, out, err } = cli('catalogue', 'import', fixture, '--certifier', 'CPNEF des métiers du cycle', '--merge', example);
    assert.equal(code, 0, err);
    assert.equal(out, readFileSync(example, 'utf8'), 'rerun: npx cqp-vae-widgets catalogue import test/fixtures/registry/export-2026-11-30 --certifier "CPNEF des métiers du cycle" --merge demo/content/branche-cycles.fr.json --out demo/content/branche-cycles.fr.json');
  });

  it('refuses a merge file that is not a content object', () => {
    const file = path.join(dir, 'list.json');
    writeFileSync(file, '[1, 2]');
    const { code, err } = cli('catalogue', 'import', fixture, '--merge', file);
    assert.equal(code, 1);
    assert.match(err, /list\.json» n’est pas un fichier de contenu|list\.json » n’est pas un fichier de contenu/);
  });
});

describe('catalogue import: bad input names the file and the line, exits 1, writes nothing', () => {
  const failing = (name, args, pattern) =>
    it(name, () => {
      const out = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(out, '{"kept": true}\n');
      const { code, err, out: stdout } = cli('catalogue', 'import', ...args(), '--out', out);
      assert.equal(code, 1, err);
      assert.match(err, pattern);
      assert.equal(stdout, '');
      assert.equal(readFileSync(out, 'utf8'), '{"kept": true}\n', 'the previous output is untouched');
      assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
    });

  failing('not a zip', () => {
    const file = path.join(dir, 'page.zip');
    writeFileSync(file, '<!doctype html><title>Erreur 404</title>');
    return [file];
  }, /page\.zip » n’est pas un fichier zip/);

  failing('a missing path', () => [path.join(dir, 'nowhere.zip')], /nowhere\.zip » n’existe pas/);

  failing('a zip without the conventions file', () => [zipOf('no-ccn.zip', { 'export_fiches_CSV_CCN_2026_11_30.csv': () => null })], /no-ccn\.zip » ne contient pas .*export_fiches_CSV_CCN_AAAA_MM_JJ\.csv/);

  failing('a changed header', () => [zipOf('header.zip', { [VOIES]: (t) => t.replace('"Si_Jury"', '"Voie_Acces"') })], /header\.zip:export_fiches_CSV_VoixdAccès_2026_11_30\.csv, ligne 1 : l’en-tête a changé, colonne\(s\) absente\(s\) : Si_Jury/);

  failing('a broken line (a quote never closed)', () => [
    folderOf('broken', { [BLOCS]: (t) => t.replace('"RNCP99901BC02";"Réparer', '"RNCP99901BC02";"Réparer"x') }),
  ], /export_fiches_CSV_Blocs_De_Compétences_2026_11_30\.csv, ligne 3 : ligne mal formée/);

  failing('a line with a missing column', () => [
    folderOf('short', { [STANDARD]: (t) => t.replace(';"Enregistrement sur demande";"Oui";"ACTIVE"\r\n"41002"', ';"Enregistrement sur demande";"Oui"\r\n"41002"') }),
  ], /export_fiches_CSV_Standard_2026_11_30\.csv, ligne 2 : ligne mal formée/);

  failing('a date that is not DD/MM/YYYY', () => [folderOf('date', { [STANDARD]: (t) => t.replace('"11/06/2029"', '"2029-06-11"') })], /Standard_2026_11_30\.csv, ligne 2 : date invalide « 2029-06-11 »/);
  failing('a day that does not exist', () => [folderOf('no-day', { [STANDARD]: (t) => t.replace('"11/06/2029"', '"31/06/2029"') })], /Standard_2026_11_30\.csv, ligne 2 : date invalide « 31\/06\/2029 »/);
});

describe('catalogue import: the command line', () => {
  it('prints its usage with --help, and exits 2 on a mistyped command', () => {
    const help = cli('catalogue', 'import', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /--certifier <nom\|SIRET>/);
    const bare = cli('catalogue', 'import');
    assert.equal(bare.code, 2);
    assert.match(bare.err, /Indiquez l’export à lire/);
    const wrong = cli('catalogue', 'export', fixture);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /Sous-commande inconnue : « export »/);
    const option = cli('catalogue', 'import', fixture, '--branch', 'x');
    assert.equal(option.code, 2);
    assert.match(option.err, /Option inconnue : « --branch »/);
  });

  it('reports progress on a terminal only, and clears the line at the end', async () => {
    const { run } = await import(`${pathToFileURL(path.join(root, 'dist/cli.mjs')).href}?t=${Date.now()}`);
    const progress = [];
    let stdout = '';
    const io = { stdout: (t) => (stdout += t), stderr: () => {}, readFile: (p) => Promise.resolve(readFileSync(p)), progress: (t) => progress.push(t) };
    assert.equal(await run(['catalogue', 'import', fixture, '--lang', 'en'], io), 0);
    assert.ok(progress.some((p) => /^Reading 1\/5: export_fiches_CSV_Standard_2026_11_30\.csv — 16 lines$/.test(p)), progress.join('\n'));
    assert.equal(progress.at(-1), '');
    assert.ok(JSON.parse(stdout).catalogue.length > 0);
  });
});
