// Registry facts of a catalogue entry in the rules, as tables: where a registration stands on a
// date, whether VAE leads to the entry (RNCP + record listing VAE), the `picked` facts registered
// and blocs, the bloc question (offered only for an entry with blocs, stale answers dropped), and
// the example branch's verdicts for an ended registration and a bloc.
import { expect } from '@open-wc/testing';
import { filterCatalogue, registration, vaeListed, vaeOpen } from '../../src/content/catalogue.js';
import type { Certification, Content } from '../../src/content/schema.js';
import { evaluate, evaluateCondition, resolveEligibility, summarize } from '../../src/rules/engine.js';
import { withoutStaleBlocs } from '../../src/rules/catalogue.js';
import type { Answers } from '../../src/rules/types.js';
import { branchContent, catalogueInput, parsed } from './fixtures.js';

const entry = (extra: Partial<Certification>): Certification => ({ id: 'x', title: 'CQP X', kind: 'cqp', registry: { rncp: 'RNCP12345' }, ...extra });

describe('registration(): where an entry stands on a date', () => {
  const today = '2026-12-02';
  const rows: [string, Partial<Certification>, string | undefined][] = [
    ['no date, active', {}, undefined],
    ['inactive without a date', { active: false }, 'ended'],
    ['ended yesterday', { registeredUntil: '2026-12-01' }, 'ended'],
    ['ends today', { registeredUntil: '2026-12-02' }, 'ending'],
    ['ends in six months exactly', { registeredUntil: '2027-06-02' }, 'ending'],
    ['ends in six months and a day', { registeredUntil: '2027-06-03' }, 'running'],
    ['inactive with a date to come', { registeredUntil: '2029-01-01', active: false }, 'ended'],
  ];
  for (const [name, extra, expected] of rows) it(`${name}: ${expected}`, () => expect(registration(entry(extra), today)).to.equal(expected));
});

describe('vaeListed() / vaeOpen(): VAE leads to an RNCP entry whose record lists it', () => {
  const rows: [string, Partial<Certification>, boolean, boolean][] = [
    ['RNCP, vaeRoute true', { vaeRoute: true }, true, true],
    ['RNCP, vaeRoute false wins over vaeAccess true', { vaeRoute: false, vaeAccess: true }, false, false],
    ['RNCP, hand-written vaeAccess only', { vaeAccess: true }, true, true],
    ['RNCP, nothing said', {}, false, false],
    ['RS record listing "Par expérience"', { registry: { rs: 'RS1234' }, vaeRoute: true }, false, false],
    ['RNCP with VAE, registration ended', { vaeRoute: true, registeredUntil: '2020-01-01' }, true, false],
  ];
  for (const [name, extra, listed, open] of rows) {
    it(name, () => {
      expect(vaeListed(entry(extra))).to.equal(listed);
      expect(vaeOpen(entry(extra), '2026-12-02')).to.equal(open);
    });
  }

  it('the "VAE possible" filter keeps the entries VAE leads to today', () => {
    const list = [entry({ id: 'a', vaeRoute: true }), entry({ id: 'b', vaeRoute: false }), entry({ id: 'c', vaeRoute: true, active: false })];
    expect(filterCatalogue(list, { vae: true }).map((c) => c.id)).to.deep.equal(['a']);
    expect(filterCatalogue(list, {}).map((c) => c.id)).to.deep.equal(['a', 'b', 'c']);
  });
});

describe('picked { registered, blocs } and the bloc question', () => {
  const input = catalogueInput([
    { id: 'open', title: 'CQP ouvert', kind: 'cqp', registry: { rncp: 'RNCP10001' }, vaeRoute: true, registeredUntil: '2030-01-01', blocs: [{ code: 'RNCP10001BC01', title: 'Bloc un' }, { code: 'RNCP10001BC02', title: 'Bloc deux' }] },
    { id: 'ended', title: 'CQP terminé', kind: 'cqp', registry: { rncp: 'RNCP10002' }, vaeRoute: true, registeredUntil: '2020-01-01', blocs: [{ code: 'RNCP10002BC01', title: 'Bloc ancien' }] },
    { id: 'flat', title: 'CQP sans blocs', kind: 'cqp', registry: { rncp: 'RNCP10003' }, vaeRoute: true },
  ]) as any;
  input.eligibility.questions.splice(1, 0, { id: 'bloc', type: 'bloc', of: 'target', label: 'Un bloc ?' });
  let content: Content;
  before(() => (content = parsed(input)));

  it('registered and blocs hold for the entries that have them, on the given day', () => {
    const compiled = resolveEligibility(content, '2026-12-02')!;
    const holds = (picked: object, id: string) => evaluateCondition(resolveCondition(content, picked), { target: id }, compiled.questions);
    expect(['open', 'ended', 'flat'].filter((id) => holds({ registered: true }, id))).to.deep.equal(['open', 'flat']);
    expect(['open', 'ended', 'flat'].filter((id) => holds({ registered: false }, id))).to.deep.equal(['ended']);
    expect(['open', 'ended', 'flat'].filter((id) => holds({ blocs: true }, id))).to.deep.equal(['open', 'ended']);
    // Another day, another answer: the compiled questionnaire is per day.
    const before2020 = resolveEligibility(content, '2019-06-01')!;
    expect(evaluateCondition(resolveCondition(content, { registered: true }, '2019-06-01'), { target: 'ended' }, before2020.questions)).to.equal(true);
  });

  it('asks the bloc question only when the picked entry has blocs, with "whole" and every bloc for the engine', () => {
    const visible = (answers: Answers) => evaluate(content, answers).visible.map((q) => q.id);
    expect(visible({ target: 'open' })).to.include('bloc');
    expect(visible({ target: 'flat' })).not.to.include('bloc');
    expect(visible({ target: 'not-listed' })).not.to.include('bloc');
    const bloc = resolveEligibility(content)!.questions.find((q) => q.id === 'bloc')!;
    expect(bloc.type).to.equal('single');
    expect((bloc as any).options.map((o: any) => o.value)).to.deep.equal(['whole', 'rncp10001bc01', 'rncp10001bc02', 'rncp10002bc01']);
  });

  it('drops a bloc answer that belongs to another entry than the one picked (the question is asked again)', () => {
    expect(withoutStaleBlocs(content, { target: 'open', bloc: 'rncp10001bc02' })).to.deep.equal({ target: 'open', bloc: 'rncp10001bc02' });
    expect(withoutStaleBlocs(content, { target: 'open', bloc: 'whole' })).to.deep.equal({ target: 'open', bloc: 'whole' });
    expect(withoutStaleBlocs(content, { target: 'ended', bloc: 'rncp10001bc02' })).to.deep.equal({ target: 'ended' });
    expect(evaluate(content, { target: 'ended', bloc: 'rncp10001bc02' }).answers).not.to.have.property('bloc');
  });
});

/** The compiled form of `{ question: 'target', picked }`, through an outcome's showIf. */
function resolveCondition(content: Content, picked: object, today = '2026-12-02') {
  const probe = { ...content, eligibility: { ...content.eligibility!, outcomes: [{ id: 'p', title: 'P', showIf: { question: 'target', picked }, rules: [{ verdict: 'eligible' as const, reason: 'x' }] }] } };
  return resolveEligibility(probe as Content, today)!.outcomes[0].showIf!;
}

describe('the example branch: an ended registration, a record without VAE, a bloc', () => {
  let branch: Content;
  before(async () => {
    branch = parsed(await branchContent());
  });
  const verdicts = (answers: Answers) => Object.fromEntries(evaluate(branch, answers).results.map((r) => [r.outcome.id, r.verdict]));

  it('registration ended (logisticien-flotte, inactive since 30 November 2026): VAE "to check", with that reason', () => {
    const answers = { target: 'logisticien-flotte', status: 'salarie', experience: 'yes' };
    expect(evaluate(branch, answers).visible.map((q) => q.id)).to.deep.equal(['target', 'status', 'experience']);
    expect(verdicts(answers)).to.deep.equal({ 'cqp-training': 'eligible', 'cqp-vae': 'to-check' });
    const vae = summarize(evaluate(branch, answers).results)[1];
    expect(vae.reasons.join(' ')).to.match(/L’inscription du CQP Logisticien\(ne\) de flotte de vélos partagés au RNCP a pris fin/);
  });

  it('record without VAE (conseiller-mobilite, vaeRoute false): VAE "not eligible", with that reason', () => {
    const answers = { target: 'conseiller-mobilite', status: 'salarie' };
    expect(verdicts(answers)).to.deep.equal({ 'cqp-training': 'eligible', 'cqp-vae': 'not-eligible' });
    expect(summarize(evaluate(branch, answers).results)[1].reasons[0]).to.match(/sa fiche ne prévoit pas encore la VAE/);
  });

  it('a bloc: asked after the experience, named in the reason', () => {
    const answers = { target: 'technicien-cycles', status: 'salarie', experience: 'yes', bloc: 'rncp99901bc02' };
    expect(evaluate(branch, answers).visible.map((q) => q.id)).to.deep.equal(['target', 'status', 'experience', 'bloc']);
    expect(verdicts(answers)).to.deep.equal({ 'cqp-training': 'eligible', 'cqp-vae': 'eligible' });
    expect(summarize(evaluate(branch, answers).results)[1].reasons.join(' ')).to.match(/«\s?Réparer et régler les organes mécaniques d’un cycle\s?»/);
  });
});
