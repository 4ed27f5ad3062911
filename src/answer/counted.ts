/**
 * What a "how many" question counts, read as a noun phrase (silent-36, issue 21 §1): the run of
 * nouns and adjectives after "how many" up to the first verb, auxiliary, preposition or pronoun, its
 * head the last noun ("how many old eurovision songs will be performed": songs; "how many buenos aires
 * tube lines does it run": lines). `lacksCounted` (answer.ts) reads the two words after "how many"
 * only, names before the head among them, so a sentence writing the head ("14 past songs") was read
 * as counting something else.
 */
import { tagWords } from '../facts/nlp.js';

const HOW_MANY = /\bhow many\s+(?:(?:more|fewer|extra|new|other)\s+)?/i;
/** The parts of speech a counted noun phrase runs through. */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** At most this many words of the phrase are read (a question typed with no verb runs on). */
const PHRASE_MOST = 5;

/**
 * The head noun of what a "how many" question counts, lower case, or undefined where none is read
 * (no "how many", or no noun before the first verb). Reads the tagger (facts/nlp.ts). Pure but for
 * the tagger's cache.
 */
export function countedHead(question: string): string | undefined {
  const m = HOW_MANY.exec(question);
  if (!m) return undefined;
  const rest = question.slice(m.index + m[0].length);
  const words = tagWords(rest);
  let head: string | undefined;
  // People counted are people, whatever follows ("how many people use X's Y service").
  if (/^(?:people|persons|individuals)$/i.test(words[0]?.text ?? '')) return words[0]?.text.toLowerCase();
  const read = words.slice(0, PHRASE_MOST);
  for (const [i, w] of read.entries()) {
    if (!IN_PHRASE.has(w.pos)) break;
    // A plural noun ends the phrase where the word after it is no plural and ends it too: a verb the
    // tagger took for a noun ("how many people work at", "how many federal programmes face the axe";
    // not "buenos aires tube lines").
    const next = words[i + 1];
    if (head && PLURAL.test(head) && !/s$/i.test(w.text) && !(next && NOUNS.has(next.pos))) break;
    if (w.pos === 'NOUN' || w.pos === 'PROPN') head = w.text.toLowerCase();
  }
  if (!head) return undefined;
  // The tagger splits a hyphenated word ("rolls-royces"): the head is the question's whole word.
  const whole = rest
    .toLowerCase()
    .split(/\s+/)
    .find((w) => w.split('-').includes(head as string));
  return whole ? whole.replace(/[^\p{L}\p{N}-]+$/u, '') : head;
}

/** The parts of speech of a noun going on. */
const NOUNS = new Set(['NOUN', 'PROPN']);
/** A plural noun: what a count's phrase ends on. */
const PLURAL = /(?:s|people|staff|children|men|women|police)$/i;

/** A question counting a crowd at an event: "crowd", "attendance", "gate" (silent-36). */
const CROWD_ASKED = /\b(?:crowd|crowds|attendance|gate)\b/i;
/** What a sentence giving a crowd's size writes: the crowd, its fans, the seats they fill. */
const CROWD_SAID =
  /\b(?:crowds?|attend\w*|spectators?|fans|supporters|audiences?|sell-?out|sold[- ]out|capacity|packed|watched|in front of|turned out|turn-?out|gate|people|visitors|revellers|concert-?goers)\b/i;

/**
 * True when a count question asks a crowd's size ("crowd at X for A v B", "what was the attendance")
 * and the sentence answering writes no word of a crowd: its count is of another thing ("two more
 * penalties", "two goals"). Pure.
 */
export function crowdUnwritten(question: string, sentence: string): boolean {
  return CROWD_ASKED.test(question) && !CROWD_SAID.test(sentence);
}
