/**
 * What a figure measures, read from the sentence's structure where the nearest measure word would
 * mislead: the noun phrase a change verb governs ("net profit in the half rose 19% to $312m": both
 * figures are profit), shares that move ("Acme shares fell 25 cents to $12.40": share price), the
 * takings of "took $23.4m", the price of "sells for $150", the staff of "employs 7,300" and
 * "4,260 positions". Pure functions of
 * the sentence and the vocabulary; no story words.
 */
import type { Quantity } from '../facts/quantities.js';
import { termsOf } from '../facts/terms.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';
import { asidesOf } from './subject.js';

/** Verbs and phrases that move a measure: the figure after them is its change or its new level. */
const CHANGE_VERB =
  /\b(?:rose|rise|rises|risen|rising|fell|fall|falls|fallen|falling|dropped|drops|drop|jumped|jumps|climbed|climbs|slipped|slips|slumped|plunged|soared|surged|grew|grow|grows|grown|increased|increases|decreased|decreases|declined|declines|gained|gains|shed|lost|dipped|dip|edged|was up|were up|is up|are up|was down|were down|is down|are down|closed|ended|finished)\b/gi;

/**
 * What may stand between a change verb and its figure: "by", "to", "from", "almost", "an estimated",
 * another figure of the same movement ("fell 25 cents to $12.40"), a moment ("since May").
 */
const BETWEEN =
  /^(?:\s*(?:by|to|from|at|of|an?|the|estimated|almost|nearly|about|around|some|just|over|more than|less than|only|since|in|on|[$£€¥]?[\d.,]+(?:\s?(?:%|per ?cent|bn|m|million|billion|cents|pence|p|euros?|dollars?|pounds?|yen|points?))?|\p{Lu}\p{Ll}+|\d{4}))*\s*$/u;

/** Words that end a measure's noun phrase on the left: a clause boundary. */
const CLAUSE_START =
  /[,;:()"“”]|\b(?:and|but|while|whereas|after|as|said|says|that|which|who|when|see|sees|saw|seen|sent|send|sends)\b/gi;

/** A level a price reaches: "... at 480 pence", "... to 7.4 euros". */
const SHARE_LEVEL = /\b(?:at|to)\s+$/;
/**
 * Shares that move in the clause before a level: "Acme shares were up 6 pence, or 1.1%, at 480
 * pence", "shares ... rose 3.5% by 0900 GMT to 7.4 euros", "The shares closed down 162p, or 14%, at".
 */
const SHARES_MOVED =
  /\b(?:shares|stock)\b(?![^;]*\bmarket share\b)[^;]*\b(?:rose|fell|up|down|closed|ended|jumped|slipped|gained|lost|dropped|climbed|slumped|surged|soared|tumbled|finished)\b[^;]*$/i;

/** The subject of a moving price: "Acme shares", "shares in Acme", "its stock". */
const SHARES = /\b(?:shares?|stock|share price)\b/i;

/** A verb of takings right before a money figure: "took $23.4m", "taking 9.6bn yen", "has taken $58m". */
const TAKINGS =
  /\b(?:took|taking|takes|(?:has|have|had)\s+(?:now\s+|already\s+)?taken|grossed|grossing)\s+(?:an estimated\s+|about\s+|around\s+|almost\s+|nearly\s+)?$/i;

/**
 * A price by its verb of sale: "is selling in Japan for 14,500 yen", "sells for $150", "retails at
 * £99", "went under the hammer, sold for £2.2m", "available from 40 euros", "priced £1,150"
 * (measure-36: "sold", "from" and "priced" with no preposition).
 */
const SOLD_FOR =
  /\b(?:sells?|selling|sold|retails?|retailing|priced|on sale|available)\b[^,;.]{0,40}?\b(?:for|at|from)\s+(?:about\s+|around\s+|just\s+|only\s+|as little as\s+|under\s+|between\s+)?$|\bpriced\s+(?:about\s+|around\s+|just\s+|only\s+|between\s+)?$/i;

/**
 * A good offered for money ("offers a download service for £4.99 per month", "offering 512mb of
 * storage for $99", "offered broadband for less than £20"): a price, not a bid (no figure between
 * the verb and "for": "offered $5bn for Rivalco" is the bid's own amount), measure-36.
 */
const OFFERED_FOR =
  /\boffer(?:s|ed|ing)?\s+(?!(?:of|to|for)\b)[^,;$£€¥]{1,40}?\bfor\s+(?:about\s+|around\s+|just\s+|only\s+|as little as\s+|less than\s+|under\s+)?$/i;
/** A bid's price per share: "offered shareholders 300p a share" is the offer's amount. */
const A_SHARE_AFTER = /^(?:\s*\([^)]*\))?\s+(?:a|per)\s+share\b/;

/** A count of staff by its verb or its noun: "employs 7,300", "4,260 positions would go". */
const EMPLOYS =
  /\b(?:employs?|employed|employing)\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+)?$/i;
const STAFF_UNITS = /^(?:positions|posts|roles|workers|staff|employees)$/;

/** A qualifier that may stand between a pointer word and its figure: "up an estimated £300m". */
const QUALIFIED = String.raw`(?:an estimated\s+|about\s+|around\s+|some\s+|almost\s+|nearly\s+|just\s+|more than\s+|over\s+)?`;

/** A gift by its verb: "gave £400,000 to the party", "gave the party a sum of £400,000", "donated $1m". */
const GAVE = new RegExp(
  String.raw`\b(?:gave|give|gives|giving|donated|donates|donating|bequeathed)\s+(?:(?:the|a|an|to|its|his|her|their|[\p{Ll}-]+)\s+){0,3}?(?:a (?:sum|total) of\s+)?${QUALIFIED}$`,
  'iu',
);

/**
 * Paying for something ("Vantor will pay $7 billion for a 31% stake"): the price of a purchase, an
 * investment; paying someone ("Halden will pay Corvo $3bn") stays a payment.
 */
const PAID = new RegExp(String.raw`\b(?:pay|pays|paid|paying)\s+${QUALIFIED}$`, 'i');
/** Paying someone, or paying without "for": "Halden will pay Corvo $3bn", "is to pay 1.2bn euros to Corvo". */
const PAID_SOMEONE = new RegExp(
  String.raw`\b(?:pay|pays|paid|paying)\s+(?:(?:the|its|their|former|partner|\p{Lu}[\p{L}&'’.-]*)\s+){1,5}${QUALIFIED}$`,
  'u',
);
const FOR_SOMETHING = /^\s*(?:\([^)]*\)\s*)?for\b/;

/** A movement right before its figure: "- up £30m on last year", "down 5%". */
const UP_DOWN = new RegExp(
  String.raw`(?:^|[\s,;(–—-])(?<!\b(?:make|makes|made|making|set|sets|take|takes|took|taken|add|adds|added|adding|end|ends|ended|pick|picked|split|put|puts|step|stepped|drew|draw|draws|drawn|broken|broke|break|sum|sums|summed|back|backed|clamp|crack|cracked|shut|wind|wound)\s)(up|down)\s+(?:by\s+)?${QUALIFIED}$`,
  'i',
);

/** A movement right after a percentage: "16% higher than planned", "11% greater than last year". */
const COMPARED_AFTER = /^\s+(higher|greater|more|up|lower|less|fewer|down)\b/i;

/** A bare count of posts that will go: "1,700 will go from sales", "500 are to be cut". */
/**
 * People who own, use or are hooked up to a service: its users ("47 million people are now hooked up to
 * the net", "41 million people own a mobile", "5 million browse the net").
 */
const USERS_DO =
  /^\s+(?:people\s+)?(?:now\s+)?(?:own|use|browse|access|subscribe to|(?:are|were)\s+(?:now\s+)?(?:hooked up|online|connected|signed up|using)|(?:have|had)\s+(?:now\s+)?(?:broadband|signed up)|signed up|who\s+sign\s+up)\b/;
/**
 * People who watched or saw something: its audience ("2.3 million people watched the opening
 * episode", "47 million people in Zedland have seen the nominees", "36 million saw the films").
 */
const AUDIENCE_DID =
  /^\s+(?:people\s+)?(?:in\s+(?:the\s+)?\p{Lu}[\p{L}]*\s+)?(?:watched|watching|watch|saw|see|have seen|had seen|tuned in|viewed|attended|attend|attending|turned (?:up|out)|turn (?:up|out)|packed into|visited|(?:have|had)\s+downloaded|downloaded)\b/u;
/**
 * People a passive's agent counts as users or an audience: "the app is used by some 4 million
 * people", "the game was played by 30,000 Zedlanders" (measure-35).
 */
const USED_BY = new RegExp(
  String.raw`\b(?:used|downloaded|watched|viewed|seen|attended|visited|played|read|heard)\b(?:\s+[\p{Ll}-]+){0,3}?\s+by\s+${QUALIFIED}$`,
  'u',
);
/** Who a count of users or an audience counts: people, homes, or a people ("Britons"). */
const PEOPLE_UNIT =
  /^(?:people|households|homes|adults|consumers|viewers|fans|spectators|supporters|volunteers|\p{Lu}\p{Ll}+s)$/u;
/**
 * What may stand between people counted and the verb of what they do: where they are ("in Zedland,
 * Ruritania and Utopia", "around the world", "across the globe") and how sure or how often ("now
 * only", "can", "are expected to", "a week were"), measure-36.
 */
const PEOPLE_GAP =
  /^(?:\s+(?:people|fans|spectators|supporters|volunteers))?(?:\s+(?:in|across|around|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*|world|globe|country)(?:(?:,\s+|\s+and\s+|\s+)\p{Lu}[\p{L}.-]*)*)?(?:\s+(?:now|only|already|currently|still|a (?:week|day|month|year)|can|could|will|would|may|might|(?:is|are|were|was) (?:expected|set|likely|due) to|to))*\s+/u;
/** The noun of an audience a count is the size of: "a crowd of 360,000", "the congregation of 2,000". */
const AUDIENCE_OF = new RegExp(
  String.raw`\b(?:crowds?|congregation|audiences?|attendances?|circulation|readership)\s+of\s+${QUALIFIED}$`,
  'i',
);
/**
 * A count of people at work (after the figure: "60,000 more people were in work"), or the
 * noun phrase a change verb moves ("the number of people in work rose by 148,000", "the number of
 * civil servants rose to 520,000"): staff, read as jobs.
 */
const IN_WORK_AFTER =
  /^\s+(?:more\s+|fewer\s+)?(?:people\s+)?(?:were|are|was|is)\s+in\s+(?:work|employment)\b/;
const STAFF_PHRASE = /\b(?:people\s+in\s+(?:work|employment)|civil\s+servants|workers|employees|staff)\b/i;
/** A number of people online or subscribed, moved by a change verb: "the number of Zedlanders online rose to 60 million". */
const USERS_PHRASE = /\bnumber\s+of\s+(?:[\p{L}-]+\s+){0,2}?(?:online|users|subscribers)\b/iu;

/** A verb of use the parser took for a count's noun: "5 million browse the net". */
const USING_UNIT = /^(?:browse|use|own|access)$/i;

const POSTS_GO =
  /^\s+(?:(?:jobs|posts)\s+)?(?:(?:will|would|could|are to|are set to|are expected to)\s+(?:go|be (?:cut|axed|lost|shed))|to go)\b/;

/**
 * A share of a group of people or things: "3% of Acme's policyholders", "43% of households", "60% of
 * women in the industry", "nearly three-quarters of the economy". Such a percentage is a proportion,
 * not a growth, a fall or a stake, whatever verb stands near it; the words of a market, a firm or its
 * shares are left to the rules of their own (a stake, a market share).
 */
const SHARE_OF_MANY =
  /^\s+(?:per\s*cent\s+|percent\s+)?of\s+(?:(?:the|all|its|their|those|these)\s+)?(?:\p{Lu}[\p{L}-]*(?:['’]s?)?\s+){0,2}(?:[\p{Ll}-]+\s+){0,3}?(?:[\p{Ll}-]{3,}(?<!ss)s|men|women|people|children|population|economy|workforce|electorate)\b/u;
/** Words of what a stake or a market share is of, not a group's proportion: "5% of the shares", "30% of the market". */
const OWNED_OR_MARKET =
  /^\s+(?:per\s*cent\s+|percent\s+)?of\s+(?:[\p{L}'’-]+\s+){0,4}?(?:shares|stock|equity|votes|market|markets|company|firm|group|business|sales|revenues|profits|earnings|assets|funds|costs)\b/u;

/** True when a percentage is the share of a group it counts ("43% of households"): it takes no measure. */
export function shareOfGroup(text: string, q: Pick<Quantity, 'start' | 'end' | 'kind'>): boolean {
  if (q.kind !== 'percent') return false;
  // A fraction read with its "of" ("a third of"): the group stands right after it.
  const after = `${/\bof$/.test(text.slice(q.start, q.end)) ? ' of' : ''}${text.slice(q.end, q.end + 80)}`;
  return SHARE_OF_MANY.test(after) && !OWNED_OR_MARKET.test(after);
}

/** A share of a market: "10% of the market", "7.4% of the browser market". */
const OF_MARKET = /^\s+of\s+(?:the|its|their|this)\s+(?:[\p{L}-]+\s+){0,2}?market\b/u;

/**
 * The noun a figure is the amount of: "a deal worth $8bn", "donations totalling £4.6m", "a loss of
 * about 800m euros", "a bid valued at $6.8bn" (the noun, then up to one "from/by/to X" phrase).
 */
const AMOUNT_OF = new RegExp(
  String.raw`\b([\p{Ll}-]+)\s+(?:(?:from|by|to|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'’-]*\s+){1,4})?(?:worth|totalling|totaling|valued at|of)\s+${QUALIFIED}$`,
  'u',
);

/** The concept of the vocabulary with this name, if it has one. */
const named = (vocabulary: Vocabulary, name: string): Concept | undefined =>
  vocabulary.concepts.find((c) => c.name === name);

/** Concepts that name a movement itself ("growth", "decline"): never the measure that moves. */
const MOVEMENT = new Set(['growth', 'decline']);

/**
 * The first measure word of a noun phrase: the concept (of any kind: "profit rose 28%" is profit)
 * one of whose one-word entries, or all of whose words, the phrase holds.
 */
export function conceptOfPhrase(phrase: string, vocabulary: Vocabulary): Concept | undefined {
  const terms = termsOf(phrase);
  const stems = terms.map((t) => t.stem);
  let best: { concept: Concept; at: number } | undefined;
  for (const concept of vocabulary.concepts) {
    if (!concept.kind || MOVEMENT.has(concept.name)) continue;
    for (const p of concept.phrases) {
      const at = stems.indexOf(p[0] ?? '');
      if (at < 0 || !p.every((s) => stems.includes(s))) continue;
      if (!best || at < best.at) best = { concept, at };
    }
  }
  return best?.concept;
}

/**
 * The measure a sentence's structure gives a figure, or undefined where it says nothing special
 * (the caller then reads the nearest measure word).
 */
/**
 * Money per unit of a good is its price: "$38.50 a barrel", "£300 per tonne", "$420 an ounce"; not a sum a month or a year, a wage or a saving; not
 * "a share": earnings, dividends and share prices have rules of their own.
 */
const PER_UNIT =
  /^\s+(?:a|an|per)\s+(?:barrel|tonne|ton|ounce|troy ounce|gallon|litre|liter|kilo|kilogram|kg|bushel|megawatt hour|unit|ticket|seat)\b/;

export function measureOfStructure(
  text: string,
  q: Pick<Quantity, 'kind' | 'start' | 'end' | 'unit'>,
  vocabulary: Vocabulary,
): Concept | undefined {
  const before = text.slice(0, q.start);
  if (q.kind === 'money' && TAKINGS.test(before)) return named(vocabulary, 'revenue');
  if (
    q.kind === 'money' &&
    (SOLD_FOR.test(before) || (OFFERED_FOR.test(before) && !A_SHARE_AFTER.test(text.slice(q.end))))
  )
    return named(vocabulary, 'price');
  if (q.kind === 'count' && (EMPLOYS.test(before) || STAFF_UNITS.test(q.unit ?? '')))
    return named(vocabulary, 'jobs');
  if (q.kind === 'year') return undefined;
  const after = text.slice(q.end);
  if (q.kind === 'money' && PER_UNIT.test(after)) return named(vocabulary, 'price');
  if (q.kind === 'money' && GAVE.test(before)) return named(vocabulary, 'donations');
  if (q.kind === 'money' && PAID.test(before) && FOR_SOMETHING.test(after))
    return named(vocabulary, 'investment');
  if (q.kind === 'money' && (PAID_SOMEONE.test(before) || PAID.test(before)))
    return named(vocabulary, 'payment');
  const noun = AMOUNT_OF.exec(before)?.[1];
  const amountOf = noun ? conceptOfPhrase(noun, vocabulary) : undefined;
  // Its own kind only ("a stake of 20%", "a deal worth $8bn"), never a movement word ("growth of 8%" is read as before).
  if (amountOf?.kind === q.kind) return amountOf;
  if (q.kind === 'count' && !q.unit && POSTS_GO.test(after)) return named(vocabulary, 'jobs');
  // "5 million browse the net": the verb read as the figure's noun.
  // The unit as written (the parser gives it in lower case): "3 million Ruritanians".
  const ofPeople = !q.unit || PEOPLE_UNIT.test(/\S+$/.exec(text.slice(q.start, q.end))?.[0] ?? '');
  // "45 million people in Zedland and Ruritania now only use a mobile", "120,000 people are
  // expected to attend": where they are and how sure left out before the verb (measure-36).
  const acting = after.replace(PEOPLE_GAP, ' ');
  if (
    q.kind === 'count' &&
    ((ofPeople && (USERS_DO.test(acting) || AUDIENCE_DID.test(acting) || USED_BY.test(before))) ||
      USING_UNIT.test(q.unit ?? '') ||
      AUDIENCE_OF.test(before))
  )
    return named(vocabulary, 'customers');
  if (q.kind === 'count' && ofPeople && IN_WORK_AFTER.test(after)) return named(vocabulary, 'jobs');
  if (q.kind === 'percent' && OF_MARKET.test(after)) return named(vocabulary, 'market share');
  if (
    q.kind === 'money' &&
    SHARE_LEVEL.test(before) &&
    SHARES_MOVED.test(before.slice(before.lastIndexOf(';') + 1))
  )
    return named(vocabulary, 'share price');
  return governed(before, vocabulary);
}

/**
 * A movement said by "up"/"down" before the figure or "higher"/"lower" after a percentage, when no
 * change verb names what moves: growth or decline.
 */
export function movement(
  text: string,
  q: Pick<Quantity, 'kind' | 'start' | 'end'>,
  vocabulary: Vocabulary,
): Concept | undefined {
  const before = text.slice(0, q.start);
  const after = text.slice(q.end);
  const kind = q.kind;
  const moved =
    UP_DOWN.exec(before)?.[1] ?? (kind === 'percent' ? COMPARED_AFTER.exec(after)?.[1] : undefined);
  if (!moved) return undefined;
  // "sent Acme shares down 1.2%": the share price moved.
  const mover = before.slice(Math.max(0, before.length - 40));
  if (/\b(?:shares|stock)\s+(?:were\s+|was\s+|are\s+|closed\s+|ended\s+)?(?:up|down)\b/i.test(mover))
    return named(vocabulary, 'share price');
  return named(vocabulary, /^(?:up|higher|greater|more)$/i.test(moved) ? 'growth' : 'decline');
}

/** The measure a change verb before the figure governs: the noun phrase it moves. */
function governed(before: string, vocabulary: Vocabulary): Concept | undefined {
  // The change verb governing the figure: the last one before it, only figures, "to", "by" and
  // moments between.
  let verb: RegExpExecArray | undefined;
  CHANGE_VERB.lastIndex = 0;
  for (const m of before.matchAll(CHANGE_VERB)) verb = m as RegExpExecArray;
  if (!verb || !BETWEEN.test(before.slice(verb.index + verb[0].length))) return undefined;
  // Its subject: the noun phrase from the clause's start (asides left out) to the verb.
  let left = before.slice(0, verb.index);
  for (const [start, end] of asidesOf(left).reverse()) left = left.slice(0, start) + left.slice(end);
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  for (const m of left.matchAll(CLAUSE_START)) from = (m.index ?? 0) + m[0].length;
  const phrase = left.slice(from);
  if (SHARES.test(phrase) && !/\bmarket share\b/i.test(phrase)) return named(vocabulary, 'share price');
  const concept = conceptOfPhrase(
    phrase.replace(/\b(?:has|have|had|will|would|could|may|might|be|been)\s*$/i, ''),
    vocabulary,
  );
  if (concept) return concept;
  // "the number of people in work rose", "the number of Zedlanders online rose": no measure word, but whose count it is.
  if (STAFF_PHRASE.test(phrase)) return named(vocabulary, 'jobs');
  if (USERS_PHRASE.test(phrase)) return named(vocabulary, 'customers');
  // "was dropped by six stations": a passive's agent, no change.
  if (/\b(?:was|were|is|are|be|been|being)\s+$/i.test(left)) return undefined;
  return changeBy(verb[0], before.slice(verb.index + verb[0].length), vocabulary);
}

/** Verbs that move a measure up, and down; "closed", "ended" and "finished" tell a level. */
const RISE_VERB =
  /^(?:rose|rise|rises|risen|rising|jumped|jumps|climbed|climbs|soared|surged|grew|grow|grows|grown|increased|increases|gained|gains|was up|were up|is up|are up)$/i;
const FALL_VERB =
  /^(?:fell|fall|falls|fallen|falling|dropped|drops|drop|slipped|slips|slumped|plunged|decreased|decreases|declined|declines|dipped|dip|was down|were down|is down|are down)$/i;
/** What stands between a change verb and a figure that is the change itself: "rose by", "fell an estimated". */
const CHANGE_GAP = new RegExp(String.raw`^\s*(?:by\s+)?${QUALIFIED}(?:by\s+)?$`, 'i');

/**
 * A change verb's own figure when what it moves is no measure word ("ferry crossings rose by
 * 4,200", "bus fares had fallen by 3%"): the change itself, a growth or a decline. A figure
 * after "to", "at" or "from" is a level, not the change, and keeps no measure here; "lost" and
 * "shed" move no level ("lost 5 of 9 races"; "lost $20m" is a loss).
 */
function changeBy(verb: string, gap: string, vocabulary: Vocabulary): Concept | undefined {
  if (!CHANGE_GAP.test(gap)) return undefined;
  if (RISE_VERB.test(verb)) return named(vocabulary, 'growth');
  if (FALL_VERB.test(verb)) return named(vocabulary, 'decline');
  return undefined;
}
