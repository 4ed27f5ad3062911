import { describe, expect, it } from 'vitest';
import {
  type AnswerOptions,
  type AnswerTrace,
  answerQuery as answerWith,
  readsAsQuestion,
} from '../../src/answer/answer.js';
import { readQuestion } from '../../src/answer/question.js';
import { defaultWeights } from '../../src/answer/weights.js';
import { indexOf } from '../helpers/index.js';

const answerQuery = (index: Parameters<typeof answerWith>[0], query: string, options: AnswerOptions = {}) =>
  answerWith(index, query, { weights: { ...defaultWeights(), show: 0, none: 0 }, ...options });

describe('readsAsQuestion', () => {
  it('reads a question word or mark as a question, whatever the learned form says', () => {
    expect(readsAsQuestion('what about the Harbour Line timetable', true, 0)).toBe(true);
  });

  it('reads one or two words without a question word as a topic', () => {
    expect(readsAsQuestion('Harbour Line', false, 1.01)).toBe(false);
  });

  it("reads three words or more by the learned form's chance of a topic", () => {
    const query = 'Harbour Line ferry fares rise';
    expect(readsAsQuestion(query, false, 0)).toBe(false);
    expect(readsAsQuestion(query, false, 1.01)).toBe(true);
  });
});

describe('a question of no type ranked as typed ones are (untypedRanked)', () => {
  // The sentence that answers says "she", not the name the question gives: only what it borrows
  // from the sentence before it and from its headline makes it a candidate.
  const index = indexOf({
    a: `Kestrel Motors boss Ann Grey to quit\n\nKestrel Motors said on Monday that its chief executive Ann Grey would leave the carmaker.\nShe plans to open a sailing school in Cornwall after she steps down.\nThe firm has had three bosses in five years.\n`,
    b: `Carmakers hire\n\nCarmakers in the region hired 300 workers last year, a survey said.\nKestrel Motors hired 40 of them.\n`,
  });
  const question = 'Ann Grey plans after Kestrel Motors?';

  it('is a question of no type', () => {
    expect(readQuestion(question).wants).toBeUndefined();
  });

  it('finds the sentence that names no one of the question by its neighbours', () => {
    const texts = answerQuery(index, question).facts.map((f) => f.text);
    expect(texts.some((t) => /sailing school/.test(t))).toBe(true);
  });

  it('without it, ranks only the facts that hold enough of the question themselves', () => {
    const texts = answerQuery(index, question, { untypedRanked: false }).facts.map((f) => f.text);
    expect(texts.some((t) => /sailing school/.test(t))).toBe(false);
  });
});

describe('traceUntyped', () => {
  const index = indexOf({
    a: `Kestrel Motors boss Ann Grey to quit\n\nKestrel Motors said on Monday that its chief executive Ann Grey would leave the carmaker.\nShe plans to open a sailing school in Cornwall after she steps down.\nThe firm has had three bosses in five years.\n`,
  });
  const traced = (query: string, traceUntyped: boolean) => {
    let trace: AnswerTrace | undefined;
    answerQuery(index, query, { trace: (t) => (trace = t), traceUntyped });
    return trace;
  };

  it('traces a question of no type ranked as one only when asked, with no type read', () => {
    const question = 'Ann Grey plans after Kestrel Motors?';
    expect(traced(question, false)).toBeUndefined();
    const trace = traced(question, true);
    expect(trace?.wants).toBeUndefined();
    expect(trace?.candidates.some((c) => /sailing school/.test(c.text))).toBe(true);
  });

  it('gives a typed question the type read', () => {
    expect(traced('How many bosses has Kestrel Motors had in five years?', false)?.wants).toBe('count');
  });

  it('traces as many ranked candidates as traceDepth says (40 unless told; bench/stage-causes.ts reads them all)', () => {
    const question = 'How many bosses has Kestrel Motors had in five years?';
    const depth = (traceDepth?: number) => {
      let trace: AnswerTrace | undefined;
      answerQuery(index, question, { trace: (t) => (trace = t), ...(traceDepth ? { traceDepth } : {}) });
      return trace?.candidates.length ?? 0;
    };
    expect(depth()).toBeGreaterThan(1);
    expect(depth(1)).toBe(1);
    expect(depth(1000)).toBe(depth());
  });
});
