/**
 * Bookmakers' odds to win, read from a sentence: whose they are and their price as written. Odds
 * are no quantity the claims read ("2/9" is neither money, a share nor a count), so the digest reads
 * them here to say when a new article changes them. Pure functions, no story words.
 */

/** Fractional odds as written: "2/9", "5-2", "4/6"; not part of a date, a score or a longer number. */
const ODDS = /(?<![\d/-]|\d[.,])(\d{1,3})\s?[/-]\s?(\d{1,3})(?![\d/-]|[.,]\d|\s?(?:per|%))/g;

/** Words that make a sentence one of betting odds: "odds", "favourite", a bookmaker. */
const BETTING = /\b(?:odds|favourite|favorite|bookmakers?|bookies|bets?|betting|price)\b/i;

/**
 * True when a sentence has a word of betting, without which `oddsIn` finds no odds: a caller can
 * skip reading its names. Pure.
 */
export const speaksOfBetting = (text: string) => BETTING.test(text);

/** Words of winning: the odds are to win ("favourite to win", "odds on Odile's victory", "the final"). */
const WINNING = /\b(?:win|wins|winning|winner|victory|title|final|favourite|favorite|second|outsider)\b/i;

/** Words of losing or leaving: odds on going out are not odds to win. */
const LEAVING =
  /\b(?:evict(?:ed|ion)?|leave|leaving|departure|voted out|out of|relegat\w*|sack(?:ed|ing)?|exit|lose|losing|eliminat\w*)\b/i;

/** Odds of a name to win, as one sentence gives them. */
export interface Odds {
  name: string;
  /** As written: "2/9". */
  odds: string;
  /** Where the odds stand in the sentence. */
  start: number;
}

/**
 * The odds to win a sentence gives, each with the name nearest before it in its clause ("with
 * Odile its favourite at 1/3": Odile; "Bramwell favourite ... at 5/2, while ... Odile is second at
 * 3/1": Odile's 3/1). Of a move "from 4/7 to 2/5" the odds are the last. None in a sentence with
 * no word of betting, of odds on leaving ("odds of 2/9 on her departure"), or with no name before
 * them in their clause. `names`: the names the sentence holds. Pure.
 */
export function oddsIn(text: string, names: readonly string[]): Odds[] {
  if (!speaksOfBetting(text)) return [];
  const out: Odds[] = [];
  for (const m of text.matchAll(ODDS)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a === 0 || b === 0) continue;
    const start = m.index;
    // The clause of the odds: back to the last comma, semicolon or dash, and a few words after.
    const before = text.slice(0, start);
    const opens = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '));
    const clause = `${before.slice(opens + 1)}${text.slice(start, start + 30).split(/[,;.]/)[0] ?? ''}`;
    if (!WINNING.test(clause) || LEAVING.test(clause)) continue;
    // A move "from 4/7 to 2/5": the odds now are the last.
    if (/\bfrom\s+$/i.test(before) && /^\s+to\s+\d/.test(text.slice(start + m[0].length))) continue;
    const inClause = before.slice(opens + 1);
    const named = names
      .flatMap((n) => {
        const at = inClause.lastIndexOf(n);
        return at >= 0 ? [{ n, at }] : [];
      })
      .sort((x, y) => y.at - x.at || y.n.length - x.n.length)[0];
    if (named) out.push({ name: named.n, odds: m[0].replace(/\s/g, ''), start });
  }
  return out;
}
