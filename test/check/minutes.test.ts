import { describe, expect, it } from 'vitest';
import { type CheckResult, type Claim, checkDraft } from '../../src/check/check.js';
import { MINUTE_KEY, readMinutes, SUBSTITUTION_KEY } from '../../src/check/minutes.js';
import { indexOf } from '../helpers/index.js';

/** The claim whose span holds a figure of the draft. */
function claimAt(result: CheckResult, draft: string, figure: string): Claim | undefined {
  const at = draft.indexOf(figure);
  return result.claims.find((c) => c.start < at + figure.length && c.end > at);
}

describe('readMinutes', () => {
  it('reads a hyphened minute, "on"/"after" N minutes, scorers and players brought on', () => {
    const read = (s: string) => readMinutes(s).map((m) => [m.text, m.value, m.keys]);
    expect(read("Hale's 79th-minute header won it.")).toEqual([['79th-minute', '79', [MINUTE_KEY]]]);
    expect(read('Hale scored on 36 minutes.')).toEqual([['on 36 minutes', '36', [MINUTE_KEY]]]);
    expect(read('Hale was substituted after 87 minutes.')).toEqual([
      ['after 87 minutes', '87', [MINUTE_KEY, SUBSTITUTION_KEY]],
    ]);
    expect(read(': Hale 40, Brody 48 pen, Hale 68.')).toEqual([
      ['40', '40', [MINUTE_KEY]],
      ['48', '48', [MINUTE_KEY]],
      ['68', '68', [MINUTE_KEY]],
    ]);
    expect(read('Ames, Hale (Brody 63), Tully.')).toEqual([['63', '63', [SUBSTITUTION_KEY]]]);
  });

  it('reads no minute in a span counted from another moment, a list of prose or an hour', () => {
    expect(readMinutes('Hale scored 10 minutes later, with six minutes remaining, after 2 hours.')).toEqual(
      [],
    );
    expect(readMinutes('Hale met Brody in 1998.')).toEqual([]);
  });
});

const MATCH = {
  'sport/001':
    'Dunmore 3-0 Harbour\n\nDunmore beat Harbour at the Quay Ground.\n\nCraig Hale opened the scoring with a fine header from a corner and Tom Brody converted a penalty after the break. Hale added a third late on to complete the rout.\n\nDunmore: Ames, Tully, Hale, Brody, Ruskin (Pollard 63), Vance.\n\nGoals: Hale 40, Brody 48 pen, Hale 81.',
};

describe('checkDraft: minutes of a match', () => {
  const index = indexOf(MATCH);

  it('supports a minute the scorers list gives the scorer and contradicts a changed one with it', () => {
    const draft =
      "Tom Brody's penalty in the 48th minute doubled Dunmore's lead. Hale completed the rout in the 84th minute.";
    const result = checkDraft(index, draft);
    expect(claimAt(result, draft, '48th minute')?.verdict).toBe('supported');
    const changed = claimAt(result, draft, '84th minute');
    expect(changed?.verdict).toBe('contradicted');
    expect(changed?.evidence.map((e) => e.text).join(' ')).toMatch(/Hale 81/);
  });

  it('contradicts a substitution minute with the line-up’s, not with a scorer’s', () => {
    const draft = 'Dunmore’s Ruskin was substituted after 81 minutes.';
    const claim = claimAt(checkDraft(index, draft), draft, '81 minutes');
    expect(claim?.verdict).toBe('contradicted');
    expect(claim?.note).toMatch(/63/);
  });
});
