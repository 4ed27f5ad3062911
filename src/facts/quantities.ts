/**
 * Quantities stated in a sentence: money, percentages, years and counts, normalized, with the
 * qualifier the text puts before them ("about", "more than", "up to", ...). Pure functions.
 */

export type QuantityKind = 'money' | 'percent' | 'year' | 'count';

/**
 * How a stated value bounds the real one: `exact` "$15 billion", `about` "around $28 billion",
 * `nearly` "almost $14bn" (a little under), `over` "more than $10bn", `at-least`, `up-to`, `under`.
 */
export type Qualifier = 'exact' | 'about' | 'nearly' | 'over' | 'at-least' | 'up-to' | 'under';

export interface Quantity {
  kind: QuantityKind;
  /** Normalized value: money in whole currency units, percent in points, a year, a count. */
  value: number;
  /** ISO code for money: `USD`, `GBP`, `EUR`, ... */
  currency?: string;
  /** The precision the value is stated to: 1e9 for "$15 billion", 1e7 for "$2.48bn", 0.1 for "28.9%". */
  step: number;
  /** For counts: the noun counted ("locales"). */
  unit?: string;
  qualifier: Qualifier;
  /** The unit a rate is given per: "$50 a barrel" -> `barrel`, "300p a share" -> `share`. */
  per?: string;
  /** True for a change rather than a level: "up 4.75%", "rose by $2bn", "a fall of 3%". */
  change?: boolean;
  /** The words of the sentence that state it, qualifier included: "approximately $15 billion". */
  text: string;
  /** Character offsets of `text` in the sentence. */
  start: number;
  end: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};
const SYMBOLS: Record<string, string> = {
  us$: 'USD',
  $: 'USD',
  a$: 'AUD',
  c$: 'CAD',
  hk$: 'HKD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
};
const WORDS: Record<string, string> = {
  dollar: 'USD',
  dollars: 'USD',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  euro: 'EUR',
  euros: 'EUR',
  yen: 'JPY',
  yuan: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  francs: 'CHF',
  usd: 'USD',
  gbp: 'GBP',
  eur: 'EUR',
  p: 'GBP',
  pence: 'GBP',
};
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:about|around|approximately|roughly|some|an estimated|estimated at|circa|c\.)\s*$/i, 'about'],
  [/\b(?:nearly|almost|close to|just under|just shy of)\s*$/i, 'nearly'],
  [/\b(?:more than|over|exceeding|in excess of|above|upwards of|north of|beyond)\s*$/i, 'over'],
  [/\b(?:at least|no less than|a minimum of)\s*$/i, 'at-least'],
  [/\b(?:up to|as much as|as many as|at most|a maximum of)\s*$/i, 'up-to'],
  [/\b(?:less than|under|below|fewer than)\s*$/i, 'under'],
];

/** "$50 a barrel", "300p per share", "$76 for each Guidant share" (a name may stand before the unit). */
const PER = /^[\s-]?(?:a|an|per|each|for each|for every)[\s-](?:[A-Z][\w&-]*\s)?([a-z]+)\b/;
const CHANGE =
  /\b(?:up|down|by|rose|fell|gained|lost|dropped|jumped|climbed|slipped|rise of|fall of|drop of|increase of|decrease of|gain of|loss of|cut of)\s*$/i;

const FLOW =
  /\b(?:cut|cuts|cutting|axe|axed|axing|shed|sheds|shedding|lose|loses|losing|add|adds|added|adding|create|creates|created|creating|slash|slashed|slashing)\s*$/i;

/** Counts that are cuts by their very noun: "500 redundancies". */
const FLOW_UNITS = /^(?:redundancies|layoffs|lay-offs|job-cuts|job-losses)$/;

/** "300 jobs would go", "2,000 posts will be cut": a count shed or added, said after it. */
const FLOW_AFTER =
  /^\s*(?:would|will|could|may|might|are|were|have|had|to)?\s*(?:be|have been|been)?\s*(?:go|goes|gone|lost|cut|axed|shed|created|added|moved|transferred|relocated|disappear(?:ed)?)\b/i;

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?`;
const SCALE = String.raw`(?:\s?(thousand|million|billion|trillion|mln|mn|bn|tn|trn|m|b|k)\b)?`;
const MONEY_BEFORE = new RegExp(String.raw`(US\$|A\$|C\$|HK\$|\$|£|€|¥|₹)\s?${NUM}${SCALE}(\+)?`, 'gi');
const MONEY_AFTER = new RegExp(
  String.raw`(?<![\w.$£€¥])${NUM}${SCALE}\s?(dollars?|pounds?|sterling|euros?|yen|yuan|rupees?|francs|usd|gbp|eur|pence|p)\b(\+)?`,
  'gi',
);
const PERCENT = new RegExp(
  String.raw`(?<![\w.])${NUM}\s?(%|per ?cent\b|percent\b|percentage points?\b)`,
  'gi',
);
const YEAR = /(?<![\w.,$£€¥-])(1[89]\d\d|20\d\d)(?![\w%]|,\d|\.\d)/g;
const COUNT = new RegExp(
  String.raw`(?<![\w.,$£€¥])${NUM}${SCALE}\+?\s(?:(?:new|more|other|full-time|active|monthly|of)\s)?([a-z][a-z-]{2,})`,
  'gi',
);

/** Words after a number that are not what it counts: "287 the previous year", "300 and rising". */
const NOT_A_UNIT =
  /^(?:the|and|for|from|with|was|were|are|has|had|have|this|that|last|next|than|into|over|its|their|but|per|each|who|which|will|would)$/i;

/** A bare number with thousands separators, no unit after it: "dropped to 6,360". */
const BARE = /(?<![\w.,$£€¥])(\d{1,3}(?:,\d{3})+)(?![\w%]|[.,]\d)/g;
/** Capitalised words that open a sentence before a number without naming anything: "Some 80,000 people". */
const NOT_A_NAME =
  /(?:^|\s)(?:Some|About|Around|Nearly|Almost|Over|More|Only|Just|Another|All|The|Up|Down|By|With|To|For|In|On|At|Of|Approximately|Roughly|Exactly|Those|These|Its|Their|His|Her|And|But|Last|This|Next|Another|Than|Under|Below|Above)\s$/;

function toNumber(whole: string, fraction: string | undefined): number {
  return Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** The value of a number as written, times its scale, and the precision it is written to. */
function read(whole: string, fraction: string | undefined, scale = 1): { value: number; step: number } {
  return { value: toNumber(whole, fraction) * scale, step: 10 ** -(fraction?.length ?? 0) * scale };
}

const scaleOf = (word: string | undefined) => SCALES[word?.toLowerCase() ?? ''] ?? 1;

function qualifierBefore(sentence: string, start: number): { qualifier: Qualifier; start: number } {
  const before = sentence.slice(Math.max(0, start - 24), start);
  for (const [re, qualifier] of QUALIFIERS) {
    const match = re.exec(before);
    if (match) return { qualifier, start: start - (before.length - match.index) };
  }
  return { qualifier: 'exact', start };
}

/** All quantities a sentence states, in the order they appear. */
export function parseQuantities(sentence: string): Quantity[] {
  // Every quantity is written with a digit: most sentences have none.
  if (!/\d/.test(sentence)) return [];
  const found: Quantity[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number) => taken.every(([s, e]) => end <= s || start >= e);
  const add = (
    match: RegExpExecArray,
    q: Pick<Quantity, 'kind' | 'value' | 'step' | 'currency' | 'unit'>,
    plus?: string,
  ) => {
    const end = match.index + match[0].length;
    if (!free(match.index, end)) return;
    taken.push([match.index, end]);
    const before = qualifierBefore(sentence, match.index);
    const qualifier = plus ? 'over' : before.qualifier;
    const per = q.kind === 'money' ? PER.exec(sentence.slice(end))?.[1]?.toLowerCase() : undefined;
    const lead = sentence.slice(Math.max(0, before.start - 16), before.start);
    // "cut 300 jobs", "lost 464,000 subscribers": a count that is shed or added is a change too.
    const change =
      CHANGE.test(lead) ||
      (q.kind === 'count' &&
        (FLOW.test(lead) || FLOW_AFTER.test(sentence.slice(end, end + 40)) || FLOW_UNITS.test(q.unit ?? '')));
    found.push({
      ...q,
      qualifier,
      ...(per ? { per } : {}),
      ...(change ? { change } : {}),
      text: sentence.slice(before.start, end).trim(),
      start: before.start,
      end,
    });
  };

  for (const m of sentence.matchAll(MONEY_BEFORE)) {
    const [, symbol = '$', whole = '0', fraction, scale, plus] = m;
    const currency = SYMBOLS[symbol.toLowerCase()] ?? 'USD';
    add(m, { kind: 'money', ...read(whole, fraction, scaleOf(scale)), currency }, plus);
  }
  for (const m of sentence.matchAll(MONEY_AFTER)) {
    const [, whole = '0', fraction, scale, word = '', plus] = m;
    const lower = word.toLowerCase();
    const pence = lower === 'p' || lower === 'pence' ? 0.01 : 1;
    add(
      m,
      { kind: 'money', ...read(whole, fraction, scaleOf(scale) * pence), currency: WORDS[lower] ?? 'USD' },
      plus,
    );
  }
  for (const m of sentence.matchAll(PERCENT)) {
    const [, whole = '0', fraction] = m;
    add(m, { kind: 'percent', ...read(whole, fraction) });
  }
  for (const m of sentence.matchAll(YEAR)) add(m, { kind: 'year', value: Number(m[1]), step: 1 });
  for (const m of sentence.matchAll(COUNT)) {
    const [, whole = '0', fraction, scale, unit] = m;
    // "Llama 4 model", "Windows 7 users": a number after a name is part of the name.
    const before = sentence.slice(0, m.index);
    if (/\p{Lu}[\p{L}\p{N}]*\s$/u.test(before) && !NOT_A_NAME.test(before)) continue;
    if (NOT_A_UNIT.test(unit ?? '')) {
      // "from 287 the previous year": a count of nothing named, the number alone.
      const number = Object.assign([m[0].replace(/\s+\S+$/, '')], { index: m.index, input: sentence });
      add(number as unknown as RegExpExecArray, { kind: 'count', ...read(whole, fraction, scaleOf(scale)) });
      continue;
    }
    add(m, { kind: 'count', ...read(whole, fraction, scaleOf(scale)), unit: unit?.toLowerCase() });
  }
  for (const m of sentence.matchAll(BARE)) add(m, { kind: 'count', ...read(m[1] ?? '0', undefined) });
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The interval of real values a quantity allows, reading its qualifier and the precision it is
 * stated to: "29%" allows 28.5 to 29.5, "about $28bn" 25.2 to 30.8 billion, "more than $10bn" anything above.
 */
export function bounds(q: Pick<Quantity, 'value' | 'qualifier' | 'step'>): [number, number] {
  const v = q.value;
  const half = q.step / 2;
  switch (q.qualifier) {
    case 'about':
      return [Math.min(v * 0.9, v - half), Math.max(v * 1.1, v + half)];
    case 'nearly':
      return [Math.min(v * 0.9, v - half), v];
    case 'over':
    case 'at-least':
      return [v, Number.POSITIVE_INFINITY];
    case 'up-to':
    case 'under':
      return [0, v];
    default:
      return [v - half, v + half];
  }
}

/** True when two quantities of one measure can both be right: same kind and unit, overlapping bounds. */
export function compatible(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.currency !== b.currency) return true; // not comparable: no disagreement
  const [lowA, highA] = bounds(a);
  const [lowB, highB] = bounds(b);
  const touch = (x: number, y: number) =>
    x < y || (x === y && (a.qualifier !== 'exact' || b.qualifier !== 'exact'));
  return touch(lowA, highB) && touch(lowB, highA);
}
