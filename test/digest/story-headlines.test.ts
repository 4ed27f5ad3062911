/** The story's name reads the headlines too (session 23): a headline names what its article is about. */
import { describe, expect, it } from 'vitest';
import { storyName } from '../../src/digest/story.js';
import { indexOf } from '../helpers/index.js';

describe('the story name and the headlines', () => {
  it('names the film its headlines name, though its text writes it inside a longer title', () => {
    // The text writes "Meet The Zorbos" (a word inside a longer name) and names the star acting; the
    // headlines write "Zorbos" on its own.
    const index = indexOf({
      'film/a':
        'Zorbos top US box office chart\n\nComedy Meet The Zorbos, starring Dana Pirelli, topped the US box office at the weekend. Dana Pirelli said she was delighted with the takings. Meet The Zorbos took $20m over three days.\n',
      'film/b':
        'Zorbos keep film chart crown\n\nMeet The Zorbos stayed at number one for a second week. Dana Pirelli thanked the fans who had seen it. Pirelli has starred in four comedies.\n',
      'film/c':
        'Pirelli film leads box office\n\nDana Pirelli saw her comedy Meet The Zorbos lead the chart again. Pirelli will star in a sequel next year.\n',
    });
    expect(storyName(index)).toMatch(/\bZorbos\b/);
  });

  it('still names the one acting where the headlines name no one', () => {
    const index = indexOf({
      'co/a':
        'Shares rise on results\n\nLattara Foods said its profits rose. Lattara will open ten stores.\n',
      'co/b':
        'Profits beat forecasts\n\nLattara Foods reported sales up 5%. Lattara plans to hire more staff.\n',
    });
    expect(storyName(index)).toMatch(/^Lattara/);
  });
});
