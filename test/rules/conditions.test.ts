// evaluateCondition as a table: condition × answers → boolean, garbage answers included.
import { expect } from '@open-wc/testing';
import type { Condition, Question } from '../../src/content/schema.js';
import { evaluateCondition } from '../../src/rules/engine.js';
import { MAX_CONDITION_DEPTH } from '../../src/rules/conditions.js';
import type { Answers } from '../../src/rules/types.js';

const questions: Question[] = [
  {
    id: 'color',
    type: 'single',
    label: 'Couleur ?',
    options: [
      { value: 'red', label: 'Rouge' },
      { value: 'green', label: 'Vert' },
      { value: 'blue', label: 'Bleu' },
    ],
  },
  {
    id: 'tags',
    type: 'multiple',
    label: 'Étiquettes ?',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
      { value: 'c', label: 'C' },
    ],
  },
  { id: 'age', type: 'number', label: 'Âge ?', min: 0, max: 120 },
  { id: 'months', type: 'durations', label: 'Mois ?', unit: 'mois', min: 0, max: 600 },
  // A valid id that is also an Object.prototype property name.
  { id: 'constructor', type: 'number', label: 'Piège ?' },
];

/** Answers of the wrong shape are typed loosely on purpose: they come from outside. */
const loose = (x: unknown) => x as Answers;

const sparse: number[] = [];
sparse[1] = 12;

type Row = [name: string, condition: Condition, answers: unknown, expected: boolean];

const rows: Row[] = [
  // equals / in on a single choice
  ['equals matches', { question: 'color', equals: 'red' }, { color: 'red' }, true],
  ['equals differs', { question: 'color', equals: 'red' }, { color: 'blue' }, false],
  ['equals on unanswered', { question: 'color', equals: 'red' }, {}, false],
  ['in matches', { question: 'color', in: ['red', 'blue'] }, { color: 'blue' }, true],
  ['in differs', { question: 'color', in: ['red', 'blue'] }, { color: 'green' }, false],
  ['equals is strict about types', { question: 'age', equals: '30' }, { age: 30 }, false],
  ['equals on a number', { question: 'age', equals: 30 }, { age: 30 }, true],
  // multiple choice: any ticked value
  ['multiple equals: ticked', { question: 'tags', equals: 'b' }, { tags: ['a', 'b'] }, true],
  ['multiple equals: not ticked', { question: 'tags', equals: 'c' }, { tags: ['a', 'b'] }, false],
  ['multiple in: one ticked among', { question: 'tags', in: ['c', 'b'] }, { tags: ['b'] }, true],
  ['multiple in: none ticked among', { question: 'tags', in: ['c'] }, { tags: ['a', 'b'] }, false],
  ['multiple empty', { question: 'tags', in: ['a', 'b', 'c'] }, { tags: [] }, false],
  // numbers
  ['lessThan below', { question: 'age', lessThan: 18 }, { age: 17 }, true],
  ['lessThan at', { question: 'age', lessThan: 18 }, { age: 18 }, false],
  ['atMost at', { question: 'age', atMost: 18 }, { age: 18 }, true],
  ['atMost above', { question: 'age', atMost: 18 }, { age: 18.5 }, false],
  ['greaterThan at', { question: 'age', greaterThan: 18 }, { age: 18 }, false],
  ['greaterThan above', { question: 'age', greaterThan: 18 }, { age: 19 }, true],
  ['atLeast at', { question: 'age', atLeast: 18 }, { age: 18 }, true],
  ['atLeast below', { question: 'age', atLeast: 18 }, { age: 17.9 }, false],
  ['lessThan on unanswered', { question: 'age', lessThan: 18 }, {}, false],
  ['atLeast on zero', { question: 'age', atLeast: 0 }, { age: 0 }, true],
  ['number comparison on a single choice', { question: 'color', lessThan: 5 }, { color: 'red' }, false],
  // durations: the sum of the periods
  ['durations sum 5+4+3 reaches 12', { question: 'months', atLeast: 12 }, { months: [5, 4, 3] }, true],
  ['durations sum 5+4+2 below 12', { question: 'months', lessThan: 12 }, { months: [5, 4, 2] }, true],
  ['durations sum 5+4+3 not below 12', { question: 'months', lessThan: 12 }, { months: [5, 4, 3] }, false],
  ['durations no period is a sum of 0', { question: 'months', lessThan: 1 }, { months: [] }, true],
  ['durations equals the sum', { question: 'months', equals: 12 }, { months: [6, 6] }, true],
  // answered
  ['answered true', { question: 'color', answered: true }, { color: 'red' }, true],
  ['answered true, unanswered', { question: 'color', answered: true }, {}, false],
  ['answered false, unanswered', { question: 'color', answered: false }, {}, true],
  ['answered false, answered', { question: 'color', answered: false }, { color: 'red' }, false],
  ['answered false on an unknown question', { question: 'nope', answered: false }, { nope: 'x' }, true],
  ['answered true on an unknown question', { question: 'nope', answered: true }, { nope: 'x' }, false],
  ['equals on an unknown question', { question: 'nope', equals: 'x' }, { nope: 'x' }, false],
  // all / any / not
  ['all true', { all: [{ question: 'color', equals: 'red' }, { question: 'age', atLeast: 18 }] }, { color: 'red', age: 20 }, true],
  ['all one false', { all: [{ question: 'color', equals: 'red' }, { question: 'age', atLeast: 18 }] }, { color: 'red', age: 2 }, false],
  ['any one true', { any: [{ question: 'color', equals: 'blue' }, { question: 'age', atLeast: 18 }] }, { color: 'red', age: 20 }, true],
  ['any none true', { any: [{ question: 'color', equals: 'blue' }, { question: 'age', atLeast: 18 }] }, { color: 'red' }, false],
  ['not flips', { not: { question: 'color', equals: 'red' } }, { color: 'blue' }, true],
  ['not of unanswered is true', { not: { question: 'color', equals: 'red' } }, {}, true],
  ['nested', { all: [{ not: { any: [{ question: 'tags', equals: 'a' }] } }, { question: 'months', atLeast: 1 }] }, { tags: ['b'], months: [1] }, true],
  // garbage answers: all treated as unanswered
  ['single: number', { question: 'color', equals: 'red' }, { color: 5 }, false],
  ['single: array', { question: 'color', in: ['red'] }, { color: ['red'] }, false],
  ['single: unknown option', { question: 'color', equals: 'purple' }, { color: 'purple' }, false],
  ['single: unknown option is not answered', { question: 'color', answered: true }, { color: 'purple' }, false],
  ['single: object', { question: 'color', answered: false }, { color: { value: 'red' } }, true],
  ['multiple: a string', { question: 'tags', equals: 'a' }, { tags: 'a' }, false],
  ['multiple: a non-string item', { question: 'tags', equals: 'a' }, { tags: ['a', 5] }, false],
  ['multiple: an unknown item', { question: 'tags', equals: 'a' }, { tags: ['a', 'zzz'] }, false],
  ['multiple: nested arrays', { question: 'tags', equals: 'a' }, { tags: [['a']] }, false],
  ['number: numeric string', { question: 'age', atLeast: 18 }, { age: '30' }, false],
  ['number: NaN', { question: 'age', lessThan: 18 }, { age: NaN }, false],
  ['number: NaN is not answered', { question: 'age', answered: false }, { age: NaN }, true],
  ['number: Infinity', { question: 'age', greaterThan: 18 }, { age: Infinity }, false],
  ['number: null', { question: 'age', atMost: 18 }, { age: null }, false],
  ['number: boolean', { question: 'age', equals: 1 }, { age: true }, false],
  ['number: huge but finite', { question: 'age', greaterThan: 18 }, { age: 1e300 }, true],
  ['durations: a NaN period', { question: 'months', lessThan: 12 }, { months: [3, NaN] }, false],
  ['durations: a string period', { question: 'months', lessThan: 12 }, { months: [3, '4'] }, false],
  ['durations: a number, not a list', { question: 'months', lessThan: 12 }, { months: 3 }, false],
  ['durations: a sparse list', { question: 'months', atLeast: 12 }, { months: sparse }, false],
  ['durations: an array-like object', { question: 'months', atLeast: 0 }, { months: { length: 1, 0: 12 } }, false],
  ['own properties only: constructor unanswered', { question: 'constructor', answered: true }, {}, false],
  ['own properties only: constructor answered', { question: 'constructor', atLeast: 1 }, { constructor: 3 }, true],
  ['answers is null', { question: 'color', answered: false }, null, true],
  ['answers is a string', { question: 'color', equals: 'r' }, 'red', false],
  ['answers is an array', { question: 'color', equals: 'red' }, ['red'], false],
  // odd conditions (not reachable through the schema, but the engine must stay total)
  ['empty all is true', { all: [] }, {}, true],
  ['empty any is false', { any: [] }, {}, false],
  ['no operator', { question: 'color' } as unknown as Condition, { color: 'red' }, false],
  ['not an object', null as unknown as Condition, { color: 'red' }, false],
  ['bound is not a number', { question: 'age', lessThan: '30' } as unknown as Condition, { age: 1 }, false],
  ['in is not a list', { question: 'color', in: 'red' } as unknown as Condition, { color: 'red' }, false],
  ['answered is not a boolean', { question: 'color', answered: 'yes' } as unknown as Condition, { color: 'red' }, false],
];

describe('evaluateCondition', () => {
  for (const [name, condition, answers, expected] of rows) {
    it(`${name} → ${expected}`, () => {
      expect(evaluateCondition(condition, loose(answers), questions)).to.equal(expected);
    });
  }

  it('does not overflow on a cyclic condition built in code', () => {
    const cyclic: { all: Condition[] } = { all: [] };
    cyclic.all.push(cyclic);
    expect(evaluateCondition(cyclic, {}, questions)).to.equal(false);
    const notCycle: { not: Condition } = { not: { all: [] } };
    notCycle.not = notCycle;
    expect(() => evaluateCondition(notCycle, {}, questions)).not.to.throw();
  });

  it('one depth rule: up to MAX_CONDITION_DEPTH nested nots are evaluated, deeper is false whatever the parity', () => {
    const nots = (n: number, leaf: Condition): Condition => {
      let c = leaf;
      for (let i = 0; i < n; i++) c = { not: c };
      return c;
    };
    const holds: Condition = { question: 'color', equals: 'red' };
    const answers = { color: 'red' };
    for (const n of [MAX_CONDITION_DEPTH - 1, MAX_CONDITION_DEPTH]) {
      expect(evaluateCondition(nots(n, holds), answers, questions), `${n} nots`).to.equal(n % 2 === 0);
    }
    for (const n of [MAX_CONDITION_DEPTH + 1, MAX_CONDITION_DEPTH + 2, 1000, 1001]) {
      expect(evaluateCondition(nots(n, holds), answers, questions), `${n} nots`).to.equal(false);
      // Inside an any, the too deep branch does not make the whole true either.
      expect(evaluateCondition({ any: [nots(n, holds)] }, answers, questions), `any of ${n} nots`).to.equal(false);
    }
  });

  it('does not read answers through getters of the prototype chain', () => {
    const proto = { color: 'red' };
    const answers = Object.create(proto) as Answers;
    expect(evaluateCondition({ question: 'color', answered: true }, answers, questions)).to.equal(false);
  });
});
