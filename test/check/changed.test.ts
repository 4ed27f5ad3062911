/**
 * Issue 20, check-12: the check's changed numbers. Rules of English read on the drafts-H and -I
 * keys, each tried on made-up articles; every verdict is worked out from the articles' words.
 */
import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

/** The claim for a figure, as the draft writes it. */
function claim(result: CheckResult, figure: string): Claim {
  const found = result.claims.find((c) => c.figure === figure);
  if (!found) throw new Error(`no claim ${figure} in ${result.claims.map((c) => c.figure).join(', ')}`);
  return found;
}

describe('a holder named in the possessive', () => {
  const index = indexOf({
    match:
      'Rovers close the gap\n\nRovers trimmed Albion’s Championship lead to eleven points with an untidy win against Wanderers on Saturday.\n',
  });

  it('"Albion’s" is Albion: a changed lead is ruled out by the coverage’s', () => {
    const c = claim(
      checkDraft(
        index,
        'Rovers cut Albion’s lead at the top of the Championship to seven points with a win over Wanderers.',
      ),
      'seven points',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/eleven points/);
  });
});

describe('attendances', () => {
  const index = indexOf({
    report:
      'Rovers 2-1 Albion\n\nRovers beat Albion 2-1 at Ewood Lane on Saturday with late goals from Smith and Jones.\n\nSmith 40.\n\nJones 75.\n\n20,170.\n\nM Riley (W Yorkshire).\n',
    other:
      'Wanderers held\n\nWanderers were held to a goalless draw by Town at Mill Road on Saturday afternoon.\n\n8,312\n',
  });

  it('a crowd in the draft is the report’s attendance, given on a line of its own (a short line)', () => {
    const same = checkDraft(
      index,
      'Rovers beat Albion at Ewood Lane in front of 20,170 fans, with late goals from Smith and Jones.',
    );
    expect(claim(same, '20,170').verdict).toBe('supported');
    const changed = checkDraft(
      index,
      'A crowd of 24,170 watched Rovers beat Albion at Ewood Lane with late goals.',
    );
    const c = claim(changed, '24,170');
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/20,170/);
  });

  it('a scorer’s minute changed is contradicted with the minute of the report’s short scorers line', () => {
    const c = claim(
      checkDraft(index, 'Rovers beat Albion at Ewood Lane, and Jones scored the winner on 57 minutes.'),
      'on 57 minutes',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.evidence.map((e) => e.text).join(' ')).toMatch(/Jones 75/);
  });

  it('a crowd in the draft is the report’s attendance, after its label ("Att: 52,404")', () => {
    const labelled = indexOf({
      derby:
        'City 0-2 United\n\nUnited won the derby at the City stadium with two late goals from Okafor.\n\nAtt: 52,404 Ref: J Lowe (Essex).\n',
    });
    const c = claim(
      checkDraft(labelled, 'A crowd of 46,404 saw United win the derby at the City stadium.'),
      '46,404',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/52,404/);
  });
});

describe('two figures of one sentence swapped', () => {
  // Two more articles, so that the words of any report ("had", "already", "with") are common.
  const index = indexOf({
    migration:
      'Migration falls\n\nRuritanian equality watchdog chairman Tom Bell said asylum requests were down 35% and labour migration down about 15%.\n',
    fares:
      'Rail fares\n\nThe minister had already pointed out that fares were down, with more trains running on time.\n',
    sales:
      'Shop sales\n\nRetailers said that sales had already fallen by 2% over the month, with clothing down most.\n',
  });

  it('each value the sentence gives to the other figure is confused with it, and the right one shown', () => {
    const result = checkDraft(
      index,
      'Equality watchdog chairman Tom Bell pointed out that asylum requests had already fallen by 15%, with labour migration down about 35%.',
    );
    const ten = claim(result, '15%');
    expect(ten.verdict).toBe('contradicted');
    expect(ten.note).toMatch(/35%/);
    const forty = claim(result, 'about 35%');
    expect(forty.verdict).toBe('contradicted');
    expect(forty.note).toMatch(/15%/);
  });

  it('a value given to the other figure, that figure changed too, is confused with it (check-31)', () => {
    const result = checkDraft(
      index,
      'Equality watchdog chairman Tom Bell said asylum requests were down 15%, with labour migration down about 40%.',
    );
    const fifteen = claim(result, '15%');
    expect(fifteen.verdict).toBe('contradicted');
    expect(fifteen.coverage[0]?.text).toBe('35%');
    // The right way round, the other figure changed: the first stands.
    const right = checkDraft(
      index,
      'Equality watchdog chairman Tom Bell said asylum requests were down 35%, with labour migration down about 40%.',
    );
    expect(claim(right, '35%').verdict).toBe('supported');
  });

  it('a draft sentence with no other figure: words standing far nearer the rival say so (check-32)', () => {
    const lines = indexOf({
      tv: 'Faster lines\n\nCable firm Wirelink is trialling faster broadband kit using Zed2+ which can give speeds of 16Mbps compared with today’s speeds, which are mostly around 1Mbps or 2Mbps. Satco plans a trial in spring.\n',
      fares:
        'Rail fares\n\nThe minister had already pointed out that fares were down, with more trains running on time.\n',
    });
    const c = claim(
      checkDraft(lines, 'Wirelink is trialling Zed2+ technology offering speeds of 2Mbps.'),
      '2Mbps',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/^coverage: 16Mbps/);
    const right = checkDraft(lines, 'Wirelink is trialling Zed2+ technology offering speeds of 16Mbps.');
    expect(claim(right, '16Mbps').verdict).toBe('supported');
  });

  it('given the right way round, both stand', () => {
    const result = checkDraft(
      index,
      'Equality watchdog chairman Tom Bell said asylum requests had fallen by 35%, with labour migration down about 15%.',
    );
    expect(claim(result, '35%').verdict).toBe('supported');
    expect(claim(result, 'about 15%').verdict).toBe('supported');
  });
});

describe('a name that qualifies the object’s noun', () => {
  const index = indexOf({
    final:
      'Gatlin takes gold\n\nJo Gatlin won the narrowest 100m final of Games history, with a personal-best time of 9.83 seconds in Athens.\n',
    indoor:
      'Indoor records\n\nThe Olympic champion clocked a fresh indoor personal record of 20.91 seconds, the quickest anywhere this winter.\n',
  });

  it('"won the Olympic sprint title in 9.83 seconds" is the winner’s figure, not the Olympic one', () => {
    const c = claim(
      checkDraft(index, 'Gatlin won the Olympic sprint title in Athens in 9.83 seconds.'),
      '9.83 seconds',
    );
    expect(c.subject).toMatch(/Gatlin/);
    expect(c.subject).not.toMatch(/Olympic/);
    expect(c.verdict).toBe('supported');
  });

  it('a name qualifying the subject’s own noun is still whose it is ("the Acme group employs 300 staff")', () => {
    const staff = indexOf({
      a: 'Acme jobs\n\nThe Acme group employs 300 staff at its plant in the north.\n',
    });
    const c = claim(checkDraft(staff, 'The Acme group employs 400 staff.'), '400 staff');
    expect(c.subject).toMatch(/Acme/);
  });
});

describe('a player’s games, matches, appearances and caps count one thing', () => {
  const index = indexOf({
    career:
      'Striker moves on\n\nStuart Bloggs joined Rovers in 1998, where he scored 17 goals in 54 appearances before leaving for Albion.\n',
  });

  it('"45 games" is contradicted by the coverage’s "54 appearances", which it shows', () => {
    const c = claim(
      checkDraft(index, 'Stuart Bloggs scored 17 goals in 45 games for Rovers before leaving for Albion.'),
      '45 games',
    );
    expect(c.verdict).toBe('contradicted');
    expect(c.note).toMatch(/54 appearances/);
  });

  it('"54 matches" is supported by it', () => {
    const c = claim(
      checkDraft(index, 'Stuart Bloggs scored 17 goals in 54 matches for Rovers before leaving for Albion.'),
      '54 matches',
    );
    expect(c.verdict).toBe('supported');
  });
});
