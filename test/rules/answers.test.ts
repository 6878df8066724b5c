// One answer at a time: validateAnswer, answerValue, formatAnswer and fillReason.
import { expect } from '@open-wc/testing';
import type { Question } from '../../src/content/schema.js';
import { answerValue, fillReason, formatAnswer, validateAnswer } from '../../src/rules/engine.js';
import type { Answer, AnswerProblem, Answers } from '../../src/rules/types.js';
import { eligibilityFr } from '../../src/content/default/eligibility.fr.js';

const single: Question = {
  id: 'color',
  type: 'single',
  label: 'Couleur ?',
  options: [
    { value: 'red', label: 'Rouge' },
    { value: 'blue', label: 'Bleu $& $1' },
  ],
};
const optionalSingle: Question = { ...single, id: 'color2', required: false };
const multiple: Question = {
  id: 'tags',
  type: 'multiple',
  label: 'Étiquettes ?',
  options: [
    { value: 'a', label: 'Alpha' },
    { value: 'b', label: 'Bêta' },
    { value: 'c', label: 'Gamma' },
  ],
};
const optionalMultiple: Question = { ...multiple, id: 'tags2', required: false };
const number: Question = { id: 'age', type: 'number', label: 'Âge ?', unit: 'ans', min: 16, max: 99 };
const optionalNumber: Question = { id: 'n', type: 'number', label: 'N ?', required: false };
const durations: Question = {
  id: 'months',
  type: 'durations',
  label: 'Mois ?',
  unit: 'mois',
  itemLabel: 'Période',
  min: 0,
  max: 600,
  maxItems: 3,
};
const optionalDurations: Question = { id: 'd', type: 'durations', label: 'D ?', required: false };
const builtInMonths = eligibilityFr.questions.find((q) => q.id === 'months') as Question;

const loose = (x: unknown) => x as Answer | undefined;

type Row = [question: Question, answer: unknown, expected: AnswerProblem | null];
const rows: Row[] = [
  // required (the default) and optional
  [single, undefined, { code: 'required' }],
  [single, '', { code: 'required' }],
  [single, null, { code: 'required' }],
  [single, 'red', null],
  [single, 'purple', { code: 'unknown-option' }],
  [single, 3, { code: 'unknown-option' }],
  [single, ['red'], { code: 'unknown-option' }],
  [optionalSingle, undefined, null],
  [optionalSingle, 'purple', { code: 'unknown-option' }],
  // multiple: required means at least one ticked
  [multiple, undefined, { code: 'required' }],
  [multiple, [], { code: 'required' }],
  [multiple, ['a'], null],
  [multiple, ['a', 'c'], null],
  [multiple, ['a', 'z'], { code: 'unknown-option' }],
  [multiple, 'a', { code: 'unknown-option' }],
  [multiple, [1], { code: 'unknown-option' }],
  [optionalMultiple, [], null],
  [optionalMultiple, undefined, null],
  // number: not-a-number, min, max
  [number, undefined, { code: 'required' }],
  [number, 30, null],
  [number, 16, null],
  [number, 99, null],
  [number, 15, { code: 'min', min: 16 }],
  [number, 100, { code: 'max', max: 99 }],
  [number, NaN, { code: 'not-a-number' }],
  [number, Infinity, { code: 'not-a-number' }],
  [number, '30', { code: 'not-a-number' }],
  [number, [30], { code: 'not-a-number' }],
  [optionalNumber, undefined, null],
  [optionalNumber, -1e9, null],
  // durations: at least one period, each a number within min/max, at most maxItems
  [durations, undefined, { code: 'required' }],
  [durations, [], { code: 'required' }],
  [durations, [12], null],
  [durations, [0, 600, 5], null],
  [durations, [3, NaN], { code: 'not-a-number' }],
  [durations, [3, '4'], { code: 'not-a-number' }],
  [durations, [3, null], { code: 'not-a-number' }],
  [durations, 12, { code: 'not-a-number' }],
  [durations, [3, -1], { code: 'min', min: 0 }],
  [durations, [601], { code: 'max', max: 600 }],
  [durations, [1, 1, 1, 1], { code: 'too-many', max: 3 }],
  [optionalDurations, [], null],
  [optionalDurations, undefined, null],
  // the built-in months question: 11 and 12 are both valid answers, the rules judge them
  [builtInMonths, [11], null],
  [builtInMonths, [12], null],
  [builtInMonths, [5, 4, 3], null],
  [builtInMonths, [601], { code: 'max', max: 600 }],
  [builtInMonths, [-1], { code: 'min', min: 0 }],
  [builtInMonths, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1], null],
  [builtInMonths, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], { code: 'too-many', max: 10 }],
];

describe('validateAnswer', () => {
  rows.forEach(([question, answer, expected], i) => {
    it(`#${i} ${question.id} ${JSON.stringify(answer) ?? 'undefined'} → ${expected ? expected.code : 'ok'}`, () => {
      expect(validateAnswer(question, loose(answer))).to.deep.equal(expected);
    });
  });

  it('keeps a number question to its step, counted from its minimum', () => {
    const whole = { ...number, min: undefined, max: undefined, step: 1 } as Question;
    expect(validateAnswer(whole, 12)).to.equal(null);
    expect(validateAnswer(whole, 12.5)).to.deep.equal({ code: 'step', step: 1 });
    const halves = { ...number, min: 0.5, max: undefined, step: 0.5 } as Question;
    expect(validateAnswer(halves, 2)).to.equal(null);
    expect(validateAnswer(halves, 0.1 + 0.2 + 0.2)).to.equal(null);
    expect(validateAnswer(halves, 1.2)).to.deep.equal({ code: 'step', step: 0.5 });
    // Out of range is said first: it is the more useful message.
    expect(validateAnswer({ ...whole, max: 10 } as Question, 12.5)).to.deep.equal({ code: 'max', max: 10 });
  });

  it('checks each period, not only the total', () => {
    // 300 + 300 = 600 is within max, but 700 alone is not.
    expect(validateAnswer(durations, [700, -100])).to.deep.equal({ code: 'max', max: 600 });
  });
});

describe('answerValue', () => {
  it('is the value conditions compare', () => {
    expect(answerValue(single, 'red')).to.equal('red');
    expect(answerValue(multiple, ['c', 'a'])).to.deep.equal(['c', 'a']);
    expect(answerValue(number, 42)).to.equal(42);
    expect(answerValue(durations, [5, 4, 3])).to.equal(12);
    expect(answerValue(durations, [])).to.equal(0);
  });

  it('is undefined for a missing or ill-typed answer', () => {
    expect(answerValue(single, undefined)).to.equal(undefined);
    expect(answerValue(single, loose('purple'))).to.equal(undefined);
    expect(answerValue(number, loose('42'))).to.equal(undefined);
    expect(answerValue(durations, loose([1, 'x']))).to.equal(undefined);
    expect(answerValue(multiple, loose(['a', {}]))).to.equal(undefined);
  });
});

describe('formatAnswer', () => {
  it('gives the option label of a single choice', () => {
    expect(formatAnswer(single, 'red', 'fr')).to.equal('Rouge');
  });

  it('joins ticked labels in the questionnaire order', () => {
    expect(formatAnswer(multiple, ['c', 'a'], 'fr')).to.equal('Alpha, Gamma');
    expect(formatAnswer(multiple, [], 'fr')).to.equal('aucune');
    expect(formatAnswer(multiple, [], 'en')).to.equal('none');
  });

  it('writes numbers with the unit, in the locale', () => {
    expect(formatAnswer(number, 30, 'fr')).to.equal('30 ans');
    expect(formatAnswer(optionalNumber, 2.5, 'fr')).to.equal('2,5');
    expect(formatAnswer(optionalNumber, 2.5, 'en')).to.equal('2.5');
  });

  it('writes the total of durations', () => {
    expect(formatAnswer(durations, [5, 4, 3], 'fr')).to.equal('12 mois');
    expect(formatAnswer(durations, [6.5, 5], 'fr')).to.equal('11,5 mois');
    expect(formatAnswer(durations, [0.1, 0.2], 'en')).to.equal('0.3 mois');
  });

  it('is empty when there is no usable answer', () => {
    expect(formatAnswer(single, undefined, 'fr')).to.equal('');
    expect(formatAnswer(number, loose(NaN), 'fr')).to.equal('');
    expect(formatAnswer(durations, loose({}), 'fr')).to.equal('');
  });
});

describe('fillReason', () => {
  const questions = [single, multiple, number, durations];
  const answers: Answers = { color: 'blue', tags: ['b', 'a'], age: 30, months: [5, 4, 3] };

  it('replaces each placeholder with the formatted answer', () => {
    expect(fillReason('Vous indiquez {months} d’expérience ; {age}, {tags}.', answers, questions, 'fr')).to.equal(
      'Vous indiquez 12 mois d’expérience ; 30 ans, Alpha, Bêta.',
    );
  });

  it('inserts answer text literally (no $ patterns)', () => {
    expect(fillReason('[{color}]', answers, questions, 'fr')).to.equal('[Bleu $& $1]');
  });

  it('writes "?" for an unknown or unanswered placeholder', () => {
    expect(fillReason('{nope} / {age}', {}, questions, 'fr')).to.equal('? / ?');
    expect(fillReason('{age}', { age: 'trente' } as unknown as Answers, questions, 'fr')).to.equal('?');
  });

  it('leaves braces that are not question ids as written', () => {
    expect(fillReason('{ } {Nom} {}', answers, questions, 'fr')).to.equal('{ } {Nom} {}');
  });

  it('uses the locale for numbers', () => {
    expect(fillReason('{months}', { months: [11.5] }, questions, 'en')).to.equal('11.5 mois');
    expect(fillReason('{months}', { months: [11.5] }, questions, 'fr')).to.equal('11,5 mois');
  });
});
