/**
 * Issue 20 §4 (digest-31b): the story's name. An organisation's name written whole ("Bank of
 * Zedland", "Orvo Sun Life"); a place or a party as context, never a second name; the names the
 * headlines and leads write above those the body alone names (a speaker quoted, a source of figures);
 * where the headlines name no one, the thing they share.
 */
import { describe, expect, it } from 'vitest';
import { storyName } from '../../src/digest/build.js';
import { indexOf } from '../helpers/index.js';

const name = (articles: Record<string, string>) => storyName(indexOf(articles));

describe('an organisation’s name', () => {
  it('is written whole across "of"', () => {
    expect(
      name({
        a: 'Bank holds rates\n\nThe Bank of Zedland kept its key rate at 3.5% again this month.\n\nThe Bank of Zedland said the economy faced risks. Economists expect the Bank of Zedland to raise rates later in the year.\n',
        b: 'Bank keeps rates\n\nThe Bank of Zedland held its main rate at 3.5% on Thursday, as traders had forecast.\n\nThe Bank of Zedland said inflation would stay close to its target.\n',
      }),
    ).toBe('Bank of Zedland');
  });

  it('keeps a capitalized word the tagger reads as a noun, and two insurers sharing one stay two', () => {
    const got = name({
      a: 'Zedmark Life cuts policy bonuses\n\nZedmark Life, the largest mutual insurer, has cut bonuses for policyholders.\n\nZedmark Life blamed poor share returns. It is the sixth time Zedmark Life has cut bonus rates. Zedmark Life has 2.4 million policyholders.\n',
      b: 'Orvo Sun Life cuts bonus payments\n\nThe insurer Orvo Sun Life has trimmed yearly payouts to 50,000 savers.\n\nOrvo Sun Life blamed the stock market. Orvo Sun Life also trimmed them a year ago. Orvo Sun Life said the rest would know their fate in March.\n',
    });
    expect(got.split(' and ').sort()).toEqual(['Orvo Sun Life', 'Zedmark Life']);
  });
});

describe('what names the story', () => {
  it('the name headlines and leads write, not a singer the body alone names', () => {
    const got = name({
      a: 'Orvo Aid single storms to No 1\n\nThe new Orvo Aid single has gone to the top of the charts in its first week.\n\nSinger Dan Ferrow said he was delighted. Dan Ferrow thanked the fans. Orvo Aid has sold 200,000 copies.\n',
      b: 'Orvo Aid song on sale online\n\nFans can now download the Orvo Aid single from the web.\n\nDan Ferrow has praised the deal. Orvo Aid will get 70p of every sale.\n',
      c: 'Minister buys Orvo Aid copies\n\nThe minister bought the Orvo Aid record in a shop on Friday.\n\nDan Ferrow welcomed the purchase.\n',
    });
    expect(got).toMatch(/^Orvo Aid\b/);
    expect(got).not.toMatch(/Ferrow/);
  });

  it('a place and a party the body names are no second name; one party under two names is one', () => {
    const got = name({
      a: 'Tories unveil cuts plans\n\nThe Conservatives have set out plans to scrap 140 state agencies.\n\nThe Tories say the plans would save £4bn. Britain needs a slimmer state, Tory spokesman Dan Ferrow said. "Britain deserves better," he said. "Bureaucratic Britain is failing," he said. The Conservatives would return powers to councils. Britain will vote in May.\n',
      b: 'Tory cuts plan attacked\n\nMinisters have attacked the Tories over their plans to cut public bodies.\n\nThe Conservatives defended the plans. Britain cannot afford them, ministers said. Britain needs its regulators, they said.\n',
    });
    // One name of the party, whichever, and no other.
    expect(got).toMatch(/^(?:Tor(?:y|ies)|Conservatives)$/);
  });
});

describe('headlines that name no one', () => {
  it('name the story by the thing they share, not a minister quoted in the body', () => {
    const got = name({
      a: 'Frost keeps wheat above $9\n\nWheat prices climbed again on Thursday as frost hit the plains.\n\nTraders said stocks were low. "We do not need to sell," Ula Brandt, the farm minister of Zedland, told reporters.\n',
      b: 'Wheat prices back above $9\n\nFrost across the plains has pushed wheat prices above $9 a bushel for the first time in months.\n\nBuyers held back. "We do not need to sell," Ula Brandt, the farm minister of Zedland, told reporters.\n',
    });
    expect(got).toBe('Wheat');
  });

  it('but a story whose headlines name its actor keeps the actor', () => {
    expect(
      name({
        a: 'Zedco cuts 500 jobs\n\nZedco is to cut 500 jobs at its plant in Orvo, the firm said on Monday.\n\nZedco blamed weak demand.\n',
        b: 'Zedco job cuts attacked\n\nUnions have attacked Zedco over its plan to cut 500 jobs.\n\nZedco said the cuts were needed.\n',
      }),
    ).toMatch(/^Zedco\b/);
  });
});
