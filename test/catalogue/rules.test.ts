// The catalogue in the rules, as tables: a picked certification's registry, kind and VAE access
// answer the questions that ask them (which are then skipped), `picked` conditions read its facts,
// reasons name it; the lint's exhaustive check walks a 300-entry catalogue; the example branch
// gives the expected verdicts. Without a catalogue nothing changes.
import { expect } from '@open-wc/testing';
import { defaultContent } from '../../src/content/default-content.js';
import { lintContent } from '../../src/authoring/lint.js';
import type { Content } from '../../src/content/schema.js';
import { evaluate, evaluateCondition, pickedCertification, resolveEligibility, summarize } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';
import { branchContent, catalogueInput, generateCatalogue, parsed } from './fixtures.js';

const content = parsed(catalogueInput(generateCatalogue(300)));
const verdicts = (c: Content, answers: Answers) =>
  Object.fromEntries(evaluate(c, answers).results.map((r) => [r.outcome.id, r.verdict]));
const visible = (c: Content, answers: Answers) => evaluate(c, answers).visible.map((q) => q.id);

// cert-0: RNCP, VAE access; cert-3: RNCP, no VAE access; cert-1: RS; cert-2: no registry.
const table: { name: string; answers: Answers; asked: string[]; expected: Record<string, string> }[] = [
  { name: 'RNCP with VAE access, 14 months', answers: { target: 'cert-0', status: 'salarie', months: 14 }, asked: ['target', 'status', 'months'], expected: { training: 'eligible', vae: 'eligible' } },
  { name: 'RNCP with VAE access, 6 months', answers: { target: 'cert-0', status: 'salarie', months: 6 }, asked: ['target', 'status', 'months'], expected: { training: 'eligible', vae: 'not-eligible' } },
  { name: 'RNCP without VAE access', answers: { target: 'cert-3', status: 'salarie' }, asked: ['target', 'status'], expected: { training: 'eligible', vae: 'not-eligible' } },
  { name: 'RS only', answers: { target: 'cert-1', status: 'salarie' }, asked: ['target', 'status'], expected: { training: 'eligible', vae: 'not-eligible' } },
  { name: 'in no registry', answers: { target: 'cert-2', status: 'autre' }, asked: ['target', 'status'], expected: { training: 'not-eligible', vae: 'not-eligible' } },
  { name: 'not in the list, RNCP, 20 months', answers: { target: 'not-listed', registry: 'rncp', status: 'salarie', months: 20 }, asked: ['target', 'registry', 'status', 'months'], expected: { training: 'to-check', vae: 'to-check' } },
  { name: 'not in the list, RS', answers: { target: 'not-listed', registry: 'rs', status: 'salarie' }, asked: ['target', 'registry', 'status'], expected: { training: 'to-check', vae: 'not-eligible' } },
  { name: 'not in the list, registry unknown', answers: { target: 'not-listed', registry: 'unknown', status: 'salarie' }, asked: ['target', 'registry', 'status'], expected: { training: 'to-check', vae: 'to-check' } },
  { name: 'does not know yet', answers: { target: 'unknown', status: 'salarie' }, asked: ['target', 'status'], expected: { training: 'to-check', vae: 'to-check' } },
];

describe('catalogue in the rules engine', () => {
  for (const row of table) {
    it(`${row.name}: asks ${row.asked.join(', ')}; ${JSON.stringify(row.expected)}`, () => {
      const evaluation = evaluate(content, row.answers);
      expect(evaluation.visible.map((q) => q.id)).to.deep.equal(row.asked);
      expect(evaluation.complete).to.equal(true);
      expect(verdicts(content, row.answers)).to.deep.equal(row.expected);
    });
  }

  it('skips the registry question when the picked entry answers it, and drops an answer given to it', () => {
    expect(visible(content, { target: 'cert-1' })).to.deep.equal(['target', 'status']);
    const evaluation = evaluate(content, { target: 'cert-1', registry: 'rncp', status: 'salarie' });
    expect(evaluation.answers).to.deep.equal({ target: 'cert-1', status: 'salarie' });
    // The catalogue's RS wins over the stale "rncp": the VAE is closed.
    expect(verdicts(content, { target: 'cert-1', registry: 'rncp', status: 'salarie' }).vae).to.equal('not-eligible');
  });

  it('names the picked certification in reasons and gives it to the result', () => {
    const answers = { target: 'cert-0', status: 'salarie', months: 14 };
    const reasons = summarize(evaluate(content, answers).results).flatMap((r) => r.reasons);
    expect(reasons).to.include('Vous pouvez préparer le CQP Esthétique 1.');
    expect(reasons).to.include('Le CQP Esthétique 1 est ouvert à la VAE et vous avez 14 mois d’expérience.');
    expect(pickedCertification(content, answers)?.title).to.equal('CQP Esthétique 1');
    expect(pickedCertification(content, { target: 'not-listed' })).to.equal(undefined);
  });

  it('refuses an answer that is not a catalogue id (nor not-listed / unknown)', () => {
    const evaluation = evaluate(content, { target: 'cert-9999', status: 'salarie' });
    expect(evaluation.answers).to.deep.equal({ status: 'salarie' });
    expect(evaluation.complete).to.equal(false);
  });

  it('compiles: the certification question into a choice, `picked` and derived conditions into `in` lists', () => {
    const small = parsed(catalogueInput(generateCatalogue(6)));
    const compiled = resolveEligibility(small)!;
    expect(resolveEligibility(small)).to.equal(compiled);
    const target = compiled.questions[0];
    expect(target.type).to.equal('single');
    expect(target.type === 'single' && target.options.map((o) => o.value)).to.deep.equal([
      'cert-0', 'cert-1', 'cert-2', 'cert-3', 'cert-4', 'cert-5', 'not-listed', 'unknown',
    ]);
    expect(target.type === 'single' && target.options.slice(-2).map((o) => o.label)).to.deep.equal(['Pas dans la liste', 'Je ne sais pas encore']);
    // registry is asked only when the entry does not say (every entry has a registry).
    expect(compiled.questions[1].showIf).to.deep.equal({
      all: [{ question: 'target', equals: 'not-listed' }, { not: { question: 'target', in: ['cert-0', 'cert-1', 'cert-2', 'cert-3', 'cert-4', 'cert-5'] } }],
    });
    const vae = compiled.outcomes[1].rules;
    expect(vae[0].when).to.deep.equal({ any: [{ question: 'registry', equals: 'rs' }, { question: 'target', in: ['cert-1', 'cert-4'] }] });
    expect(vae[2].when).to.deep.equal({ question: 'target', in: ['cert-3'] });
    // Positions are kept: a path on the compiled questionnaire is a path in the author's file.
    expect(compiled.outcomes.map((o) => o.rules.length)).to.deep.equal(small.eligibility!.outcomes.map((o) => o.rules.length));
  });

  const facts: [string, object, string[]][] = [
    ['any entry', {}, ['cert-0', 'cert-1', 'cert-2', 'cert-3', 'cert-4', 'cert-5']],
    ['RNCP', { registry: 'rncp' }, ['cert-0', 'cert-3']],
    ['RNCP with VAE', { registry: 'rncp', vaeAccess: true }, ['cert-0']],
    ['no VAE', { vaeAccess: false }, ['cert-1', 'cert-2', 'cert-3', 'cert-4', 'cert-5']],
    ['level 6', { level: 6 }, ['cert-3']],
    ['a titre', { kind: 'titre' }, []],
  ];
  for (const [name, picked, matching] of facts) {
    it(`"picked": ${JSON.stringify(picked)} (${name}) holds for ${matching.join(', ') || 'no entry'}, never for not-listed or unknown`, () => {
      const input = catalogueInput(generateCatalogue(6)) as any;
      input.eligibility.outcomes[0].rules[0].when = { question: 'target', picked };
      const compiled = resolveEligibility(parsed(input))!;
      const when = compiled.outcomes[0].rules[0].when!;
      const holding = [...input.catalogue.map((c: { id: string }) => c.id), 'not-listed', 'unknown'].filter((id) =>
        evaluateCondition(when, { target: id }, compiled.questions),
      );
      expect(holding).to.deep.equal(matching);
    });
  }

  it('is a plain condition: evaluated uncompiled it is false, never an error', () => {
    expect(evaluateCondition({ question: 'target', picked: {} }, { target: 'cert-0' }, content.eligibility!.questions)).to.equal(false);
  });

  it('leaves a content without a certification question as it is', () => {
    expect(resolveEligibility(defaultContent)).to.equal(defaultContent.eligibility);
    const withCatalogue = parsed({ ...JSON.parse(JSON.stringify(defaultContent)), catalogue: generateCatalogue(3) });
    expect(resolveEligibility(withCatalogue)).to.equal(withCatalogue.eligibility);
    expect(visible(withCatalogue, {})[0]).to.equal('target');
    expect(withCatalogue.eligibility!.questions[0].type).to.equal('single');
  });

  it('passes the lint with no finding, the exhaustive check walking the 300 entries as a few classes', () => {
    expect(lintContent(content, { today: '2026-11-27' })).to.deep.equal([]);
  });

  it('lets the lint find a gap the catalogue opens: an RS entry no VAE rule covers', () => {
    const input = catalogueInput(generateCatalogue(6)) as any;
    input.eligibility.outcomes[1].rules.splice(0, 1);
    const findings = lintContent(parsed(input), { today: '2026-11-27' });
    const gap = findings.find((f) => f.code === 'no_rule');
    expect(gap?.path).to.equal('eligibility.outcomes[1].rules');
    expect(gap?.example?.target).to.be.oneOf(['cert-1', 'cert-4']);
  });
});

describe('catalogue in the example branch (demo/content/branche-cycles.fr.json)', () => {
  let branch: Content;
  before(async () => {
    branch = parsed(await branchContent());
  });

  const rows: { name: string; answers: Answers; asked: string[]; expected: Record<string, string> }[] = [
    { name: 'registered CQP (RNCP, VAE access, whole CQP)', answers: { target: 'technicien-cycles', status: 'salarie', experience: 'yes', bloc: 'whole' }, asked: ['target', 'status', 'experience', 'bloc'], expected: { 'cqp-training': 'eligible', 'cqp-vae': 'eligible' } },
    { name: 'RNCP CQP whose record does not list VAE', answers: { target: 'conseiller-mobilite', status: 'salarie' }, asked: ['target', 'status'], expected: { 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' } },
    { name: 'RS-only CQP', answers: { target: 'monteur-roues', status: 'salarie' }, asked: ['target', 'status'], expected: { 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' } },
    { name: 'unregistered CQP', answers: { target: 'animateur-atelier', status: 'employeur' }, asked: ['target', 'status'], expected: { 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' } },
    { name: 'not in the list', answers: { target: 'not-listed', registry: 'rncp', status: 'salarie', experience: 'yes' }, asked: ['target', 'registry', 'status', 'experience'], expected: { 'cqp-training': 'to-check', 'cqp-vae': 'to-check' } },
    { name: 'does not know yet', answers: { target: 'unknown', status: 'salarie' }, asked: ['target', 'status'], expected: { 'cqp-training': 'eligible', 'cqp-vae': 'to-check' } },
  ];
  for (const row of rows) {
    it(`${row.name}: asks ${row.asked.join(', ')}`, () => {
      expect(visible(branch, row.answers)).to.deep.equal(row.asked);
      expect(verdicts(branch, row.answers)).to.deep.equal(row.expected);
    });
  }

  it('words the RS and unregistered verdicts from the catalogue, and names the CQP', () => {
    const rs = summarize(evaluate(branch, rows[2].answers).results);
    expect(rs[1].reasons[0]).to.match(/Répertoire spécifique \(RS\), pas au RNCP/);
    expect(rs[0].reasons[0]).to.contain('CQP Monteur(se) de roues');
    const none = summarize(evaluate(branch, rows[3].answers).results);
    expect(none[1].reasons[0]).to.match(/aucun répertoire/);
    const cpf = (answers: Answers) => evaluate(branch, answers).results[0].financing.map((f) => f.option.id);
    expect(cpf(rows[0].answers)).to.include('cpf');
    expect(cpf(rows[3].answers)).not.to.include('cpf');
  });
});
