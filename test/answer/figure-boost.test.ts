import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { indexOf } from '../helpers/index.js';

/** A figure makes a fact likelier the answer only to a question that asks for a figure. */
describe('a figure in a fact', () => {
  const index = indexOf({
    'a/1': 'Awards night\n\nTom Hill said three hosts presented the awards ceremony in Leeds on Friday.\n',
    'a/2': 'Awards host named\n\nThe awards ceremony in Leeds was presented by Ann Grey, organisers said.\n',
  });
  const first = (q: string) => answerQuery(index, q).facts[0]?.citations.map((c) => c.id);

  it('counts for nothing when the question asks for a name', () => {
    expect(first('who hosted the awards ceremony in Leeds?')).toEqual(['a/2']);
  });

  it('still counts when the question asks for a number', () => {
    expect(first('how many hosts presented the awards ceremony in Leeds?')).toEqual(['a/1']);
  });
});
