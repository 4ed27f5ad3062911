import { describe, expect, it } from 'vitest';
import { answerQuery } from '../../src/answer/answer.js';
import { indexOf } from '../helpers/index.js';

describe('the figures an answer compares', () => {
  const story = (n: number) =>
    `Acme Results ${n}\n\nAcme Holdings makes bricks in Leeds.\n\nAcme made a profit of $${n}m in 2004, the firm said.\n\nIts bricks are sold across the north.\n\nIts chairman spoke to reporters.\n\nAcme Holdings employs ${n},000 people in Leeds, who share in its profit.\n`;

  // The figures of staff stand after the articles' leads (which a figure naming no one may need).
  it('reads the names only of facts whose figures measure what is asked', () => {
    const index = indexOf({ a: story(3), b: story(5) });
    const answer = answerQuery(index, 'What profit did Acme make?');
    expect(answer.disagreements.length + (answer.timelines?.length ?? 0)).toBeGreaterThan(0);
    const facts = [...index.facts()];
    const profits = facts.filter((f) => f.text.includes('a profit of'));
    const staff = facts.filter((f) => f.text.includes('employs'));
    expect(profits.every((f) => index.entitiesRead(f))).toBe(true);
    expect(staff.some((f) => index.entitiesRead(f))).toBe(false);
  });
});
