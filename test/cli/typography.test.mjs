// `cqp-vae-widgets typography`: French typography reported, then fixed in the file, texts only.
// Run: node --test test/cli/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin/cqp-vae-widgets.mjs');
let dir;

const cli = (...args) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
};

/** A small French content typed with plain spaces and straight apostrophes. */
const plain = () => ({
  meta: { id: 'typo', version: '1', locale: 'fr', title: 'Test : typographie', publisher: { name: 'Tests' }, source: { url: 'https://example.org/a?b=1' }, reviewedAt: '2026-12-02' },
  guide: {
    routes: [
      {
        id: 'vae',
        title: 'La VAE ; pour qui ?',
        shortTitle: 'VAE',
        sections: [{ kind: 'objectives', title: 'Objectifs', body: ['Jusqu\'à 1 500 € : « plafond » du RS !', ['Voir ', { text: 'la page', href: 'https://example.org/x?y=2' }, ' ; fin.']] }],
      },
    ],
  },
});

before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  dir = mkdtempSync(path.join(tmpdir(), 'cqp-vae-typo-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('typography', () => {
  it('exits 1 and lists each text to fix with its path, the no-break spaces made visible', () => {
    const file = path.join(dir, 'plain.json');
    writeFileSync(file, JSON.stringify(plain(), null, 2));
    const { code, out } = cli('typography', file);
    assert.equal(code, 1);
    assert.match(out, /4 textes à corriger/);
    assert.match(out, /meta\.title: Test⍽: typographie/);
    assert.match(out, /guide\.routes\[0\]\.title: La VAE⍽; pour qui⍽\?/);
    assert.match(out, /guide\.routes\[0\]\.sections\[0\]\.body\[0\]: Jusqu’à 1⍽500⍽€⍽: «⍽plafond⍽» du RS⍽!/);
    assert.match(out, /--fix/);
  });

  it('--fix rewrites the texts and nothing else, keeps the file\'s indentation, and a second run finds nothing', () => {
    const file = path.join(dir, 'fix.json');
    writeFileSync(file, `${JSON.stringify(plain(), null, 4)}\n`);
    const { code, out } = cli('typography', file, '--fix');
    assert.equal(code, 0, out);
    assert.match(out, /4 textes corrigés/);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^\{\n {4}"meta"/);
    const fixed = JSON.parse(text);
    assert.equal(fixed.meta.title, 'Test\u00a0: typographie');
    assert.equal(fixed.guide.routes[0].sections[0].body[0], 'Jusqu’à 1\u202f500\u00a0€\u00a0: «\u00a0plafond\u00a0» du RS\u202f!');
    assert.equal(fixed.guide.routes[0].sections[0].body[1][2], ' ; fin.'.replace(' ;', '\u202f;'));
    // Links, ids and dates are not texts.
    assert.equal(fixed.meta.source.url, 'https://example.org/a?b=1');
    assert.equal(fixed.guide.routes[0].sections[0].body[1][1].href, 'https://example.org/x?y=2');
    assert.equal(fixed.guide.routes[0].id, 'vae');
    assert.equal(cli('typography', file).code, 0);
    assert.equal(cli('validate', file, '--max-age', '100000').code, 0);
  });

  it('leaves content in another language alone, and says so', () => {
    const file = path.join(dir, 'en.json');
    const content = plain();
    content.meta.locale = 'en';
    writeFileSync(file, JSON.stringify(content));
    const { code, out } = cli('typography', file, '--lang', 'en');
    assert.equal(code, 0);
    assert.match(out, /not French; nothing to change/);
  });

  it('reports in JSON, and exits 2 on a file that is not JSON', () => {
    const file = path.join(dir, 'json.json');
    writeFileSync(file, JSON.stringify(plain()));
    const { code, out } = cli('typography', file, '--json');
    assert.equal(code, 1);
    const report = JSON.parse(out);
    assert.equal(report.changes, 4);
    assert.deepEqual(report.details[0], { path: 'meta.title', before: 'Test : typographie', after: 'Test\u00a0: typographie' });
    writeFileSync(path.join(dir, 'broken.json'), '{ "meta": ');
    assert.equal(cli('typography', path.join(dir, 'broken.json')).code, 2);
  });

  it('finds nothing to change in the French example contents', () => {
    for (const name of ['default.fr.json', 'branche-cycles.fr.json', 'opcoep-page-2021.fr.json']) {
      const { code, out } = cli('typography', path.join(root, 'demo/content', name));
      assert.equal(code, 0, out);
    }
  });
});
