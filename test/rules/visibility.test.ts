// Which questions are asked, and which answers survive: showIf sees only earlier visible answers.
import { expect } from '@open-wc/testing';
import type { Eligibility } from '../../src/content/schema.js';
import { evaluate, pruneAnswers, visibleQuestions } from '../../src/rules/engine.js';
import type { Answers } from '../../src/rules/types.js';
import { builtIn } from './fixtures.js';

const eligibility = builtIn.eligibility!;
const ids = (answers: unknown) => visibleQuestions(eligibility, answers as Answers).map((q) => q.id);

describe('visibleQuestions on the built-in questionnaire', () => {
  it('asks only the unconditional questions before any answer', () => {
    expect(ids({})).to.deep.equal(['target', 'status', 'experience']);
  });

  it('asks about the registry for a CQP or a diploma, not for an unknown target', () => {
    expect(ids({ target: 'cqp' })).to.include('registry');
    expect(ids({ target: 'diplome' })).to.include('registry');
    expect(ids({ target: 'unknown' })).not.to.include('registry');
  });

  it('asks about activities and months only when there is related experience', () => {
    expect(ids({ experience: 'yes' })).to.deep.equal(['target', 'status', 'experience', 'activities', 'months']);
    expect(ids({ experience: 'no', activities: ['salarie'], months: [24] })).to.deep.equal([
      'target',
      'status',
      'experience',
    ]);
  });

  it('keeps the questionnaire order', () => {
    const all = ids({ target: 'cqp', experience: 'yes' });
    const order = eligibility.questions.map((q) => q.id);
    expect(all).to.deep.equal(order);
  });

  it('treats an ill-typed answer as no answer', () => {
    expect(ids({ target: 'CQP' })).not.to.include('registry');
    expect(ids({ target: ['cqp'] })).not.to.include('registry');
    expect(ids({ experience: true })).not.to.include('months');
  });

  it('never throws on answers that are not an object', () => {
    for (const answers of [null, undefined, 'cqp', 42, [], [1, 2]]) {
      expect(ids(answers)).to.deep.equal(['target', 'status', 'experience']);
    }
  });
});

describe('pruneAnswers', () => {
  it('drops the answers of questions that became hidden', () => {
    const before: Answers = { target: 'cqp', registry: 'rs', status: 'salarie', experience: 'yes', activities: ['stage'], months: [6, 7] };
    expect(pruneAnswers(eligibility, before)).to.deep.equal(before);
    // Changing the target to "unknown" hides the registry question: its answer goes.
    const changed = pruneAnswers(eligibility, { ...before, target: 'unknown' });
    expect(changed).not.to.have.property('registry');
    expect(changed).to.have.property('months');
    // Answering "no" to experience drops activities and months.
    const noExperience = pruneAnswers(eligibility, { ...before, experience: 'no' });
    expect(Object.keys(noExperience)).to.deep.equal(['target', 'registry', 'status', 'experience']);
  });

  it('drops unknown questions and ill-typed answers, keeps out-of-range numbers', () => {
    const pruned = pruneAnswers(eligibility, {
      target: 'diplome',
      registry: 'maybe',
      status: 'salarie',
      experience: 'yes',
      activities: ['stage', 'pirate'],
      months: [700],
      extra: 'x',
    } as unknown as Answers);
    expect(pruned).to.deep.equal({ target: 'diplome', status: 'salarie', experience: 'yes', months: [700] });
  });

  it('returns copies: changing the input afterwards does not change the result', () => {
    const months = [5, 4];
    const pruned = pruneAnswers(eligibility, { experience: 'yes', months });
    months.push(3);
    expect(pruned.months).to.deep.equal([5, 4]);
  });

  it('is what evaluate reports as answers', () => {
    const answers = { target: 'unknown', registry: 'rncp', experience: 'no', months: [3] } as Answers;
    expect(evaluate(builtIn, answers).answers).to.deep.equal(pruneAnswers(eligibility, answers));
  });
});

describe('visibility chains', () => {
  // q3 depends on q2, which depends on q1: an answer left on a hidden q2 must not show q3.
  const chain: Eligibility = {
    title: 'Chaîne',
    questions: [
      { id: 'q1', type: 'single', label: 'Q1', options: [{ value: 'yes', label: 'Oui' }, { value: 'no', label: 'Non' }] },
      {
        id: 'q2',
        type: 'single',
        label: 'Q2',
        showIf: { question: 'q1', equals: 'yes' },
        options: [{ value: 'yes', label: 'Oui' }, { value: 'no', label: 'Non' }],
      },
      {
        id: 'q3',
        type: 'number',
        label: 'Q3',
        showIf: { question: 'q2', equals: 'yes' },
      },
      {
        id: 'q4',
        type: 'number',
        label: 'Q4',
        showIf: { question: 'q2', answered: false },
      },
    ],
    outcomes: [{ id: 'o', title: 'O', rules: [{ verdict: 'eligible', reason: 'R' }] }],
  };
  const chainIds = (answers: Answers) => visibleQuestions(chain, answers).map((q) => q.id);

  it('shows the chain when each link holds', () => {
    expect(chainIds({ q1: 'yes', q2: 'yes' })).to.deep.equal(['q1', 'q2', 'q3']);
  });

  it('ignores the answer of a hidden question', () => {
    expect(chainIds({ q1: 'no', q2: 'yes', q3: 4 })).to.deep.equal(['q1', 'q4']);
    expect(pruneAnswers(chain, { q1: 'no', q2: 'yes', q3: 4, q4: 1 })).to.deep.equal({ q1: 'no', q4: 1 });
  });

  it('does not let a later answer decide an earlier question', () => {
    // q2 is asked before q3 and q4; their answers cannot change whether q2 is shown.
    expect(chainIds({ q3: 1, q4: 2 })).to.deep.equal(['q1', 'q4']);
  });
});
