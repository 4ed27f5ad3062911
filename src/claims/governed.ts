/**
 * Whether a name stands in the object of a verb, read from the tagger's parts of speech: "Ransome has
 * now lifted the Easton title four times", "Ward missed Harbourside's best chance after 97 minutes",
 * "Zedland remains the region's biggest single tourist draw, drawing some 6.1 million
 * visitors" - the name in the object is not whose the figure is; the one who acts is. Pure
 * functions over tagged words; general English, no story words.
 */

import type { TaggedWord } from '../facts/nlp.js';

/** Words that may stand between a verb and the name in its object: "an all Ghanaian", "the Easton". */
const MODIFIER = new Set(['DET', 'ADJ']);

/**
 * Verbs of saying, thinking or finding (alternatives of a regular expression): the clause after them
 * has a subject of its own ("Analysts say sales will rise 5%": sales, not analysts). The base of
 * CLAUSE_VERB here and of the clause reader's SAYING (phrase.ts).
 */
export const SAYING_WORDS =
  'say|says|said|think|thinks|thought|believes?|believed|expects?|expected|suggests?|suggested|shows?|showed|shown|found|finds|reveals?|revealed|predicts?|predicted|warns?|warned|claims?|claimed|estimates?|estimated|means?|meant';

/**
 * Verbs whose object is a clause, or the subject of one: the name after them acts ("Bosses said
 * Zedco's sales rose 5%", "Analysts expect Acme to report ..."): the verbs of saying (SAYING_WORDS)
 * and others that take a clause.
 */
const CLAUSE_VERB = new RegExp(
  `^(?:${SAYING_WORDS}|saying|tell|tells|told|find|reports?|reported|see|sees|saw|seen|feels?|felt|hopes?|hoped|fears?|feared|announces?|announced|adds?|added|insists?|insisted|argues?|argued|confirms?|confirmed|knows?|knew|helps?|helped|lets?|makes?|made|wants?|wanted|allows?|allowed|forecasts?|noted|explained|admitted|stressed|urged|asked|including|includes?|included)$`,
  'i',
);

/** A verb's particle: "set up", "carved out", "paid off". */
const PARTICLE = /^(?:up|out|off|down)$/i;

/** Linking verbs: only a possessive after one is in an object ("remains Europe's largest ..."). */
const LINKING = /^(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|seems?|seemed)$/i;

/** True when the text at `at` opens with a possessive: "'s", "’", "'". */
function possessiveAt(text: string, at: number): boolean {
  return /^['’]/.test(text.slice(at));
}

/**
 * True when the name written at [at, at + length) of `text` stands in the object of a verb before
 * it: past one or more determiners, adjectives or possessors ("lifted the Easton title", "set up an
 * all Ghanaian Cup final", "bought the Acme production unit"), or right after the verb as the
 * possessor of its object ("missed Harbourside's best chance"; a bare name right after a verb is left
 * alone: measured, it cost more figures than it gained), or as a possessor after a linking verb
 * ("remains Europe's largest"). Not after a verb of saying or thinking, nor when the name acts in a
 * clause of its own ("expect Acme to report"). A verb in -ed the tagger calls an adjective counts
 * when nothing determines it. No clause break may stand between.
 */
export function inObject(text: string, words: readonly TaggedWord[], at: number, length: number): boolean {
  const own = words.findIndex((w) => w.start >= at);
  if (own <= 0) return false;
  let j = own - 1;
  for (; j >= 0; j--) {
    const w = words[j];
    if (!w) return false;
    const participle = w.pos === 'ADJ' && /ed$/i.test(w.text) && !MODIFIER.has(words[j - 1]?.pos ?? '');
    if (participle) break;
    const possessor = (w.pos === 'NOUN' || w.pos === 'PROPN') && possessiveAt(text, w.start + w.text.length);
    if (!MODIFIER.has(w.pos) && !possessor) break;
  }
  // "set up an all Ghanaian Cup final": a verb's particle stands for the verb.
  if (PARTICLE.test(words[j]?.text ?? '') && words[j - 1]?.pos === 'VERB') j--;
  const head = words[j];
  // A capitalised word inside a sentence is a name's, whatever the tagger calls it ("the Velvet Lanterns").
  if (!head || (head.start > 0 && /^\p{Lu}/u.test(head.text))) return false;
  if (/[,;:()"“”]|\s[-–—]\s/.test(text.slice(head.start + head.text.length, at))) return false;
  const end = at + length;
  const possessive = possessiveAt(text, end);
  if (LINKING.test(head.text)) return possessive;
  if (head.pos !== 'VERB' && !(head.pos === 'ADJ' && /ed$/i.test(head.text))) return false;
  if (CLAUSE_VERB.test(head.text)) return false;
  // "expect Acme to report", "saw Acme post": the name is the subject of a clause of its own.
  const next = words.find((w) => w.start >= end);
  if (next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART')) return false;
  return j < own - 1 || possessive;
}
