/**
 * The common-noun phrases of a sentence that could hold one of its figures (issue 20 §1, subject-26):
 * "shoppers", "UK firms", "the club's fans", "the world's biggest carmaker". Each is a run of nouns
 * and adjectives the tagger reads (a possessive "'s" inside it kept), what it measures and its kind
 * words taken off (`ownerOfPhrase`), told by where it stands in the sentence's structure: the
 * clause's grammatical subject, the "of" phrase after the figure, a possessor. They are candidates of
 * the fitted chooser (`subject-fit.ts`), which weighs them against the sentence's names and the
 * article's focus. Pure functions over tagged words; general English, no story words.
 */
import type { TaggedWord } from '../facts/nlp.js';
import { ownerOfPhrase } from './phrase.js';

/** Parts of speech a noun phrase is made of. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
/** The most words a phrase is read over (longer runs are lists or whole clauses). */
const CHUNK_MAX_WORDS = 6;
/** Words between a phrase and its verb: "have now lost", "had risen". */
const BETWEEN_AUX = new Set(['AUX', 'ADV', 'PART']);
/** What may stand between two words of one phrase: spaces, a hyphen, a possessive. */
const INSIDE_PHRASE = /^(?:\s+|-|['’]s?\s+)$/;
/** Words before a clause's subject that leave it a subject ("that", "while", "as"). */
const CLAUSE_OPENER = new Set(['SCONJ', 'CCONJ']);
/** A plural noun naming people or firms by what they do: "shoppers", "investors", "economists", "tenants". */
const AGENT_PLURAL = /(?:ers|ors|ists|ians|ants|ents|ees|ives)$/i;
/** Nouns of groups of people or firms (general English). */
const GROUP_NOUN =
  /^(?:people|men|women|children|adults|families|households|firms|companies|businesses|banks|fans|voters|pupils|students|staff|workers|employees|customers|clients|consumers|shoppers|users|viewers|listeners|readers|members|parents|patients|passengers|drivers|tourists|visitors|residents|citizens|taxpayers|homeowners|investors|shareholders|savers|borrowers|pensioners|retailers|manufacturers|exporters|nations|countries|states|councils|schools|hospitals|clubs|teams|players|fans|audiences|public|population|unemployed|elderly|young|poor|rich|over-\d+s|under-\d+s)$/i;

/** One common-noun phrase of a sentence: its owner's words, where it stands, what tells its role. */
export interface NounPhrase {
  /** The owner as the sentence writes it ("UK firms", "world's biggest carmaker"). */
  phrase: string;
  /** Its place in the sentence (of the whole run, before trimming). */
  at: number;
  end: number;
  /** The clause's grammatical subject: its verb follows (across auxiliaries and adverbs). */
  subject: boolean;
  /** Right after the figure: "37% of young people", "£2bn of taxpayers' money". */
  ofFigure: boolean;
  /** A possessor: "the club's fans" (the club's). */
  possessor: boolean;
  /** Its head is a plural noun of people or firms ("shoppers", "UK firms"). */
  group: boolean;
  /** Its last word is a plural noun. */
  plural: boolean;
  /** A name (PROPN) is one of its words. */
  named: boolean;
}

/**
 * The common-noun phrases of a sentence (its tagged words), leaving out those that hold the figure
 * (start..end) and runs of names alone (the sentence's names are candidates of their own).
 */
export function nounPhrases(
  text: string,
  words: readonly TaggedWord[],
  start: number,
  end: number,
): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w || !NOMINAL.has(w.pos)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length && j - i + 1 < CHUNK_MAX_WORDS) {
      const a = words[j];
      const b = words[j + 1];
      if (!a || !b || !NOMINAL.has(b.pos)) break;
      if (!INSIDE_PHRASE.test(text.slice(a.start + a.text.length, b.start))) break;
      j++;
    }
    // The run's last noun heads it (a trailing adjective is the next clause's).
    let head = j;
    while (head > i && words[head]?.pos === 'ADJ') head--;
    const first = words[i];
    const last = words[head];
    i = j + 1;
    if (!first || !last || last.pos === 'ADJ') continue;
    const at = first.start;
    const until = last.start + last.text.length;
    if (at < end && until > start) continue;
    const run = words.slice(words.indexOf(first), words.indexOf(last) + 1);
    if (run.every((x) => x.pos === 'PROPN')) continue;
    const owner = ownerOfPhrase(text, words, words.indexOf(first), words.indexOf(last));
    if (!owner) continue;
    const ownerAt = text.indexOf(owner, at);
    const headWord = last.text.toLowerCase();
    // The clause's subject: its verb follows, across auxiliaries and adverbs; before it the
    // sentence's start, a clause opener, a determiner or a comma.
    let k = words.indexOf(last) + 1;
    while (k < words.length && BETWEEN_AUX.has(words[k]?.pos ?? '') && words[k]?.pos !== 'AUX') k++;
    const verbAfter =
      (words[k]?.pos === 'VERB' || words[k]?.pos === 'AUX') &&
      !/[,;:()]/.test(text.slice(until, words[k]?.start ?? until));
    const beforeRun = words[words.indexOf(first) - 1];
    const opens =
      !beforeRun ||
      CLAUSE_OPENER.has(beforeRun.pos) ||
      beforeRun.pos === 'DET' ||
      /[,;:]\s*$/.test(text.slice(beforeRun.start + beforeRun.text.length, at));
    const between = text.slice(end, at);
    const ofFigure = at >= end && /^\s*(?:\p{L}+\s+)?of\s+(?:the\s+|all\s+|its\s+|their\s+)?$/u.test(between);
    // "$3.4bn in grants and $700m in soft loans": what a figure is made of, not whose any figure is
    // (an "of" phrase after the figure itself excepted: "37% of young workers").
    if (!ofFigure && /\d[\p{L}\d.,%]*\s+(?:in|of)\s+(?:the\s+)?$/u.test(text.slice(0, at))) continue;
    out.push({
      phrase: owner,
      at: ownerAt >= 0 ? ownerAt : at,
      end: until,
      subject: verbAfter && opens,
      ofFigure,
      possessor: /^['’]s?\s/.test(text.slice(until)),
      group: GROUP_NOUN.test(headWord) || (AGENT_PLURAL.test(headWord) && last.pos === 'NOUN'),
      plural: /[^s]s$/i.test(headWord) && last.pos === 'NOUN',
      named: run.some((x) => x.pos === 'PROPN'),
    });
  }
  return out;
}
