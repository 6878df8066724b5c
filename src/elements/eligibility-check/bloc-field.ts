/**
 * A `bloc` question in the form and in the result. The engine knows it as a choice among every bloc
 * of the catalogue (rules/catalogue.ts); the person is offered only the blocs of the certification
 * they picked, each with its code, and the result names the bloc they aim at.
 */
import type { Certification, Content, Question } from '../../content/schema.js';
import type { Answers } from '../../rules/types.js';
import { blocValue, WHOLE } from '../../rules/catalogue.js';

const pickedOf = (content: Content, of: string, answers: Answers): Certification | undefined =>
  content.catalogue?.find((c) => c.id === answers[of]);

/** The question as the form shows it: a bloc question keeps "whole" and the picked entry's blocs. */
export function blocQuestion(content: Content, question: Question, answers: Answers): Question {
  const source = content.eligibility?.questions.find((x) => x.id === question.id);
  if (source?.type !== 'bloc' || question.type !== 'single') return question;
  const blocs = pickedOf(content, source.of, answers)?.blocs ?? [];
  const codes = new Map(blocs.map((b) => [blocValue(b.code), b.code] as const));
  return {
    ...question,
    options: question.options.flatMap((o) => (o.value === WHOLE ? [o] : codes.has(o.value) ? [{ ...o, hint: codes.get(o.value)! }] : [])),
  };
}

/** The bloc the answers aim at, if a bloc question was answered with one. */
export function pickedBloc(content: Content, answers: Answers): { code: string; title: string } | undefined {
  for (const q of content.eligibility?.questions ?? []) {
    if (q.type !== 'bloc') continue;
    const value = answers[q.id];
    const bloc = pickedOf(content, q.of, answers)?.blocs?.find((b) => blocValue(b.code) === value);
    if (bloc) return bloc;
  }
  return undefined;
}
