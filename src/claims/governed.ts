/**
 * Whether a name is governed by the word before it (the object of a verb or of a preposition), read
 * from the tagger's parts of speech: "Hewitt has now lifted the Sydney title four times", "Rooney
 * rounded Jones with three minutes to go", "Cygan missed Arsenal's best chance after 106 minutes" -
 * the name in the object is not whose the figure is; the one who acts is. Pure functions over
 * tagged words; general English, no story words.
 */

import type { TaggedWord } from '../facts/nlp.js';

/** Words that may stand between a verb and the name it governs: "an all Ghanaian", "the Sydney". */
const MODIFIER = new Set(['DET', 'ADJ']);

/**
 * Verbs whose object is a clause, or the subject of one: the name after them acts ("Bosses said
 * Zedco's sales rose 5%", "Analysts expect Acme to report ...").
 */
const CLAUSE_VERB =
  /^(?:say|says|said|saying|tell|tells|told|think|thinks|thought|believes?|believed|expects?|expected|shows?|showed|shown|finds?|found|suggests?|suggested|warns?|warned|claims?|claimed|estimates?|estimated|predicts?|predicted|reports?|reported|see|sees|saw|seen|feels?|felt|hopes?|hoped|fears?|feared|announces?|announced|adds?|added|insists?|insisted|argues?|argued|reveals?|revealed|confirms?|confirmed|knows?|knew|means?|meant|helps?|helped|lets?|makes?|made|wants?|wanted|allows?|allowed|forecasts?|noted|explained|admitted|stressed|urged|asked|including|includes?|included)$/i;

/** Linking verbs: only a possessive after one is governed ("EuroDisney remains Europe's largest ..."). */
const LINKING = /^(?:is|are|was|were|be|been|being|remains?|remained|becomes?|became|seems?|seemed|'s)$/i;

/** The preposition of a passive's agent: the name after it acts ("bought by Acme"). */
const AGENT = /^by$/i;

/** How a name is governed: by a verb (its object), by a preposition, or not at all. */
export type Governed = 'verb' | 'preposition' | undefined;

/** True when the tagged word is written with a possessive after it: "Arsenal's", "Jones'". */
function possessed(text: string, w: TaggedWord): boolean {
  return /^['’]/.test(text.slice(w.start + w.text.length));
}

/**
 * How the name written at [at, at + length) of `text` is governed by the words before it: walking
 * back over determiners, adjectives, numbers and possessors ("the", "an all", "this year's"), the
 * first other word is a verb ("lifted the Sydney title", "bought the Acme unit"; not a verb of
 * saying or thinking, nor a name acting in a clause of its own, "expect Acme to report"), a linking
 * verb before a possessive ("remains Europe's largest"), or a preposition (not "by", the agent of a
 * passive). A verb in -ed the tagger calls an adjective counts when nothing determines it ("Rooney
 * eventually rounded Jones"). No clause break may stand between.
 */
export function governedName(
  text: string,
  words: readonly TaggedWord[],
  at: number,
  length: number,
): Governed {
  const own = words.findIndex((w) => w.start >= at);
  if (own <= 0) return undefined;
  let j = own - 1;
  // Only determiners and possessors before a preposition's object ("for this year's Grammys"), as
  // an adjective may describe one who acts ("came from the enigmatic Robben when he ...").
  let adjectives = false;
  for (; j >= 0; j--) {
    const w = words[j];
    if (!w) return undefined;
    const participle = w.pos === 'ADJ' && /ed$/i.test(w.text) && !MODIFIER.has(words[j - 1]?.pos ?? '');
    if (participle) break;
    if (w.pos === 'ADJ') adjectives = true;
    if (MODIFIER.has(w.pos) || ((w.pos === 'NOUN' || w.pos === 'PROPN') && possessed(text, w))) continue;
    break;
  }
  const head = words[j];
  // A capitalised word inside a sentence is a name's, whatever the tagger calls it ("the Scissor Sisters").
  if (!head || (head.start > 0 && /^\p{Lu}/u.test(head.text))) return undefined;
  if (/[,;:()"“”]|\s[-–—]\s/.test(text.slice(head.start + head.text.length, at))) return undefined;
  const end = at + length;
  // "expect Acme to report", "as the Springboks closed", "After Rooney had": the name is the
  // subject of a clause of its own.
  const next = words.find((w) => w.start >= end);
  if (next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART')) return undefined;
  if (head.pos === 'ADP') return AGENT.test(head.text) || adjectives ? undefined : 'preposition';
  if (LINKING.test(head.text)) return /^['’]/.test(text.slice(end)) ? 'verb' : undefined;
  const verb = head.pos === 'VERB' || (head.pos === 'ADJ' && /ed$/i.test(head.text));
  if (!verb || CLAUSE_VERB.test(head.text)) return undefined;
  return 'verb';
}
