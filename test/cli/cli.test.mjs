// The command-line tool as a branch runs it: `node bin/cqp-vae-widgets.mjs …` on plain Node, after the
// same build the package runs (scripts/build-cli.mjs). Run: node --test test/cli/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/cqp-vae-widgets.mjs');
const good = path.join(root, 'demo/content/default.fr.json');
let dir;

/** Runs the bin; the generous --max-age keeps the built-in content's review date from ageing the test. */
function cli(...args) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function write(name, content) {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  return file;
}

const builtIn = () => JSON.parse(readFileSync(good, 'utf8'));

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  dir = mkdtempSync(path.join(tmpdir(), 'cqp-vae-cli-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('validate', () => {
  it('exits 0 on a good file and says it is ready', () => {
    const { code, out } = cli('validate', good, '--max-age', '100000');
    assert.equal(code, 0);
    assert.match(out, /^Vérification de .*default\.fr\.json/);
    assert.match(out, /Aucun problème trouvé/);
  });

  it('exits 1 on a file with errors, each with its path, message and what to do, grouped by severity', () => {
    const content = builtIn();
    content.eligibility.questions[1].showIf = { question: 'statut', equals: 'salarie' };
    content.meta.reviewedAt = '2000-01-01';
    const { code, out } = cli('validate', write('bad.json', content));
    assert.equal(code, 1);
    assert.match(out, /1 erreur — les widgets refuseront ce contenu/);
    assert.match(out, /À l’emplacement eligibility\.questions\[1\]\.showIf\.question\n\s+Cette condition cite la question « statut », qui n['’]existe pas\.\n\s+À faire : /);
    assert.match(out, /1 avertissement — le contenu fonctionne/);
    assert.ok(out.indexOf('erreur —') < out.indexOf('avertissement —'), 'errors come first');
    assert.match(out, /Résultat : 1 erreur, 1 avertissement\. Le contenu n’est pas utilisable/);
  });

  it('exits 0 when there are only warnings', () => {
    const content = builtIn();
    content.meta.reviewedAt = '2000-01-01';
    const { code, out } = cli('validate', write('old.json', content));
    assert.equal(code, 0);
    assert.match(out, /Aucune erreur : le contenu est utilisable\. 1 avertissement à revoir\./);
  });

  it('reports schema errors in words, and a gap in the questionnaire with example answers', () => {
    const schemaBroken = builtIn();
    schemaBroken.guide.routes[0].sections[0].titel = 'x';
    const a = cli('validate', write('schema.json', schemaBroken));
    assert.equal(a.code, 1);
    assert.match(a.out, /Champ inconnu : « titel »/);

    const gap = builtIn();
    gap.eligibility.outcomes[0].showIf = { question: 'target', equals: 'cqp' };
    const b = cli('validate', write('gap.json', gap), '--max-age', '100000');
    assert.equal(b.code, 1);
    assert.match(b.out, /Ces réponses n’aboutissent à aucun résultat .*: target = diplome ; /);
  });

  it('points at the line and column of a JSON syntax error', () => {
    const { code, out } = cli('validate', write('syntax.json', '{\n  "meta": {},\n}\n'));
    assert.equal(code, 1);
    assert.match(out, /pas du JSON valide.*ligne 3, colonne 1/);
  });

  it('gives file:line:column for each finding, and the right spelling of a misspelt field, once', () => {
    const text = '{\n  "meta": {\n    "id": "x",\n    "version": "1",\n    "locale": "fr",\n    "tilte": "T",\n' +
      '    "publisher": { "name": "P" },\n    "source": { "url": "https://example.org" },\n    "reviewedAt": "2026-01-01"\n  },\n' +
      '  "guide": { "title": "G", "routes": [] }\n}\n';
    const file = write('misspelt.json', text);
    const { code, out } = cli('validate', file);
    assert.equal(code, 1);
    assert.match(out, /2 erreurs/);
    assert.ok(out.includes(`${file}:6:5 — À l’emplacement meta.tilte\n`), out);
    assert.match(out, /Champ inconnu : « tilte »\. Vouliez-vous dire « title » \? Ce champ obligatoire manque\./);
    assert.ok(out.includes(`${file}:11:28 — À l’emplacement guide.routes\n`), out);
    const report = JSON.parse(cli('validate', file, '--json').out);
    assert.deepEqual(report.findings.map((f) => [f.path, f.line, f.column]), [['meta.tilte', 6, 5], ["guide.routes", 11, 28]]);
  });

  it('refuses a file that is not UTF-8', () => {
    const { code, out } = cli('validate', write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])));
    assert.equal(code, 1);
    assert.match(out, /pas encodé en UTF-8/);
  });

  it('prints JSON with --json', () => {
    const content = builtIn();
    content.eligibility.questions[1].showIf = { question: 'statut', equals: 'salarie' };
    const { code, out } = cli('validate', write('bad2.json', content), '--json', '--max-age', '100000');
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.equal(report.valid, false);
    assert.equal(report.errors, 1);
    assert.deepEqual(
      report.findings.map((f) => [f.severity, f.code, f.path]),
      [['error', 'unknown_question', 'eligibility.questions[1].showIf.question']],
    );
    assert.equal(JSON.parse(cli('validate', good, '--json', '--max-age=100000').out).valid, true);
  });

  it('speaks English with --lang en', () => {
    const content = builtIn();
    content.meta.version = 3;
    const { code, out } = cli('validate', write('en.json', content), '--lang', 'en');
    assert.equal(code, 1);
    assert.match(out, /^Checking /);
    assert.match(out, /At meta\.version\n\s+Wrong type: expected a text, got a number\.\n\s+To do: /);
  });
});

describe('usage', () => {
  for (const [name, args, words] of [
    ['no command', [], /Utilisation :/],
    ['an unknown command', ['check', good], /Commande inconnue : « check »/],
    ['an unknown option', ['validate', good, '--strict'], /Option inconnue : « --strict »/],
    ['a missing file name', ['validate'], /Indiquez le fichier à vérifier/],
    ['two files', ['validate', good, good], /Argument en trop/],
    ['a bad --max-age', ['validate', good, '--max-age', 'soon'], /--max-age attend un nombre/],
    ['an unsupported language', ['validate', good, '--lang', 'de'], /Langue non prise en charge : « de »/],
    ['a file that does not exist', ['validate', 'nope.json'], /Impossible de lire « nope\.json » : le fichier n’existe pas/],
    ['a folder', ['validate', 'demo'], /c’est un dossier/],
  ]) {
    it(`exits 2 on ${name}, on stderr`, () => {
      const { code, out, err } = cli(...args);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, words);
    });
  }

  it('prints the help on --help and exits 0', () => {
    const { code, out } = cli('--help', '--lang', 'en');
    assert.equal(code, 0);
    assert.match(out, /^Usage:/);
  });
});

describe('schema', () => {
  it('prints the JSON Schema that the build writes to dist/content.schema.json', () => {
    const { code, out } = cli('schema');
    assert.equal(code, 0);
    const schema = JSON.parse(out);
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.deepEqual(schema, JSON.parse(readFileSync(path.join(root, 'dist/content.schema.json'), 'utf8')));
    assert.match(JSON.parse(cli('schema', '--lang', 'en').out).properties.meta.description, /^Who publishes/);
  });
});

// What `prerender` says before it renders anything (rendering itself, which needs dist/esm/ and
// @lit-labs/ssr, is tested in test/package/: prerender.test.mjs here, package.test.mjs installed).
describe('prerender: help and usage errors', () => {
  it('is listed in the main help, and has its own, with the npm install line of its optional peer', () => {
    assert.match(cli('--help').out, /npx cqp-vae-widgets prerender \[contenu\.json\]/);
    const { code, out } = cli('prerender', '--help');
    assert.equal(code, 0);
    assert.match(out, /^Utilisation :\n {2}npx cqp-vae-widgets prerender/);
    assert.match(out, /npm install --save-dev @lit-labs\/ssr/);
    for (const option of ['--element', '--out', '--fragment', '--scripts', '--layout', '--route', '--heading-level', '--lang', '--title']) {
      assert.match(out, new RegExp(`^ {2}${option}\\b`, 'm'), option);
    }
    assert.match(cli('prerender', '--help', '--lang', 'en').out, /^Usage:\n {2}npx cqp-vae-widgets prerender/);
  });

  for (const [name, args, words] of [
    ['an unknown element', ['prerender', '--element', 'quiz'], /--element attend guide, check ou both, pas « quiz »/],
    ['an unknown layout', ['prerender', '--layout', 'grid'], /--layout attend tabs ou stacked, pas « grid »/],
    ['a heading level out of range', ['prerender', '--heading-level', '7'], /--heading-level attend un nombre de 1 à 6, pas « 7 »/],
    ['a guide option without the guide', ['prerender', '--element', 'check', '--route', 'vae'], /--route ne concerne que le guide/],
    ['two content files', ['prerender', 'a.json', 'b.json'], /Argument en trop : « b\.json »/],
    ['an unknown option', ['prerender', '--fragmnet'], /Option inconnue : « --fragmnet »/],
    ['an option without its value', ['prerender', '--out'], /L’option --out attend une valeur/],
    ['a file that does not exist', ['prerender', 'nope.json'], /Impossible de lire « nope\.json » : le fichier n’existe pas/],
  ]) {
    it(`exits 2 on ${name}, on stderr, writing nothing`, () => {
      const { code, out, err } = cli(...args);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, words);
    });
  }
});
