import { describe, expect, it } from 'vitest';
import { type AnswerTrace, answerQuery } from '../../src/answer/answer.js';
import { indexOf } from '../helpers/index.js';

const index = indexOf({
  mill: `Mill posts profit

Harwick Mills made a profit of £12m last year, the textile firm said on Monday.
Its chief executive said orders from abroad had doubled.
`,
  port: `Port grows

Dunmore Port handled 3.4 million tonnes of cargo in 2004, up from 2.9 million tonnes.
`,
});

/** The claims layer's reading of the traced short answer's figure (bold-23: for the bold tier's study). */
function claimOf(question: string) {
  let trace: AnswerTrace | undefined;
  answerQuery(index, question, { trace: (t) => (trace = t) });
  return { short: trace?.short?.text, claim: trace?.short?.claim };
}

describe("the trace's claim reading of a figure short answer", () => {
  it('reads the measure asked and the subject the question names', () => {
    const { short, claim } = claimOf('How much profit did Harwick Mills make last year?');
    expect(short).toMatch(/12m/);
    expect(claim?.measure).toBe(1);
    expect(claim?.subject).toBe(1);
  });

  it('reads a figure of another measure than the one asked as such', () => {
    const { short, claim } = claimOf('How much revenue did Harwick Mills make?');
    expect(short).toMatch(/12m/);
    expect(claim?.measure).toBe(-1);
    expect(claim?.subject).toBe(1);
  });

  it('gives no reading where the short answer is no figure', () => {
    const { claim } = claimOf('Who said orders from abroad had doubled?');
    expect(claim).toBeUndefined();
  });
});
