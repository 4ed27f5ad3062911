/**
 * Issue 20: the check reads whose an age is as the claims layer reads it (`claims/read.ts` `ageOf`
 * with the sentence's parts of speech), so answers and check agree. A made-up article; the subject
 * is worked out from the draft's words, not echoed.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

describe('an age in a draft', () => {
  const index = indexOf({
    quill:
      'Quill wins in Northtown\n\nPat Quill won the Northtown Open on Sunday. The 18-year-old beat Jo Bloggs in three sets.\n',
  });

  it('is not given to a name a verb stands before ("the 18-year-old battled past Jo Bloggs")', () => {
    const result = checkDraft(
      index,
      'Pat Quill took the title and £5,000. The 18-year-old battled past Jo Bloggs in three sets.',
    );
    const age = result.claims.find((c) => c.figure.includes('18'));
    expect(age?.subject).toBe('Pat Quill');
  });

  it('is given to the name its noun phrase describes ("the 18-year-old Northtown player Jo Bloggs")', () => {
    const result = checkDraft(index, 'The 18-year-old Northtown player Jo Bloggs lost in three sets.');
    const age = result.claims.find((c) => c.figure.includes('18'));
    expect(age?.subject).toBe('Jo Bloggs');
  });
});
