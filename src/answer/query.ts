import { type TaggedWord, tagWords } from '../facts/nlp.js';
import { stem, stemsOf, termsOf } from '../facts/terms.js';
import { namesIn, SHORT_FORM, type ShortForms } from '../index/short-forms.js';
import type { Concept, Vocabulary } from '../index/vocabulary.js';
import { defaultParaphrases, type Paraphrases } from './paraphrase.js';

/** One thing a question asks about: a concept of the vocabulary, or a word of its own. */
export interface Slot {
  /** The words of the question this slot stands for. */
  label: string;
  /** Stems to search: each entry one word or a phrase whose stems must all be there. */
  phrases: string[][];
  concept?: Concept;
  /**
   * For a concept: the stems of the words that named it, and its first word. A fact that holds
   * only other words of the concept must give a quantity of its kind to count ("its own models"
   * is not about a stake; "they own 17%" is).
   */
  named?: string[][];
  /** Other words for the slot's words (paraphrases), searched at a lower weight. */
  alternatives?: string[][];
  /**
   * A topic word: if the coverage never uses it, the coverage is silent on the question. Read
   * (with wink-nlp's part-of-speech tags) only when asked, since most questions never need it.
   */
  readonly key: boolean;
}

/** A word's paraphrases and its other forms together (undefined when it has neither). */
const withOthers = (paraphrased: string[][] | undefined, others: string[][] | undefined) =>
  others ? [...(paraphrased ?? []), ...others] : paraphrased;

/** Parts of speech that name a topic rather than ask about one. */
const TOPIC_TAGS = new Set(['NOUN', 'PROPN', 'NUM', 'X', 'SYM']);
/** The longest phrase of the vocabulary a question is matched against, in words. */
const LONGEST_PHRASE = 3;

/**
 * The other forms of a question's words, by term: a short form's full names ("EAC": Easton Arts
 * College) and, for each word of a name, the short forms the coverage writes for the name
 * ("Northern Rowing Union": NRU), as phrases of stems. The table is asked for only when the question
 * holds a short form, or a name of three words or more or with a word in capitals.
 */
function otherForms(
  query: string,
  tokens: ReadonlyArray<{ text: string }>,
  forms: () => ShortForms,
): Map<number, string[][]> {
  const out = new Map<number, string[][]>();
  const add = (at: number, phrase: string[]) => {
    if (phrase.length === 0) return;
    const list = out.get(at) ?? [];
    if (!list.some((p) => p.join(' ') === phrase.join(' '))) list.push(phrase);
    out.set(at, list);
  };
  tokens.forEach((t, i) => {
    const short = t.text.replace(/['’]s$|(?<=\p{Lu})s$/u, '');
    if (SHORT_FORM.test(short)) for (const name of forms().expansions(short)) add(i, stemsOf(name));
  });
  for (const words of namesIn(query)) {
    if (words.length < 3 && !words.some((w) => SHORT_FORM.test(w))) continue;
    const shorts = forms().shortFormsOf(words.join(' '));
    if (shorts.length === 0) continue;
    // The name's terms: where its words stand in a row among the question's.
    const texts = tokens.map((t) => t.text.replace(/['’]s$/, ''));
    for (let i = 0; i + words.length <= texts.length; i++)
      if (words.every((w, k) => texts[i + k] === w))
        for (let k = 0; k < words.length; k++) for (const short of shorts) add(i + k, [stem(short)]);
  }
  return out;
}

/** A phrase of stems as one key (a stem holds no NUL). */
const phraseKey = (stems: readonly string[]) => stems.join('\u0000');

const conceptsByPhrase = new WeakMap<Vocabulary, Map<string, Concept>>();

/**
 * The first concept of a vocabulary (in its order) with each phrase of two words or more, made once a
 * vocabulary (read as never changed once used): what a search of its concepts for a question's
 * words finds, without one (speed-36: two closures a concept for each word of each question).
 */
function phraseConcepts(vocabulary: Vocabulary): Map<string, Concept> {
  let byPhrase = conceptsByPhrase.get(vocabulary);
  if (!byPhrase) {
    byPhrase = new Map();
    for (const concept of vocabulary.concepts)
      for (const phrase of concept.phrases) {
        const key = phraseKey(phrase);
        if (phrase.length >= 2 && !byPhrase.has(key)) byPhrase.set(key, concept);
      }
    conceptsByPhrase.set(vocabulary, byPhrase);
  }
  return byPhrase;
}

/**
 * Reads a question ("what stake is Vantor taking?", "valuation", "Dara Quell") into slots: the
 * vocabulary's concepts it names (longest phrase first) and its other topic words. With the
 * coverage's short forms (`forms`, asked for only when needed; default none), a short form's slot
 * also searches its full names, and a name's words its short forms, as paraphrases.
 */
export function parseQuery(
  query: string,
  vocabulary: Vocabulary,
  paraphrases: Paraphrases = defaultParaphrases(),
  forms?: () => ShortForms,
): Slot[] {
  // Terms as the index reads them; the part of speech of the word a term stands in, on demand.
  const tokens = termsOf(query);
  const other = forms ? otherForms(query, tokens, forms) : new Map<number, string[][]>();
  let tagged: TaggedWord[] | undefined;
  const posAt = (start: number) => {
    tagged ??= tagWords(query);
    return tagged.findLast((w) => w.start <= start)?.pos ?? 'X';
  };
  const slots: Slot[] = [];
  const lone = tokens.filter((t) => !vocabulary.ignore.has(t.stem)).length <= 1;
  for (let i = 0; i < tokens.length; ) {
    let concept: Concept | undefined;
    let width = 0;
    for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n >= 2 && !concept; n--) {
      concept = phraseConcepts(vocabulary).get(phraseKey(tokens.slice(i, i + n).map((t) => t.stem)));
      if (concept) width = n;
    }
    const token = tokens[i];
    if (!token) break;
    if (!concept) {
      // A phrase with paraphrases ("lay off", "come into force"): a verb of the question, not a topic.
      let found = 0;
      for (let n = Math.min(paraphrases.longest, tokens.length - i); n >= 2 && !found; n--) {
        const window = tokens.slice(i, i + n);
        const alternatives = paraphrases.byPhrase.get(window.map((t) => t.stem).join(' '));
        if (alternatives) {
          found = n;
          slots.push({
            label: window.map((t) => t.text).join(' '),
            phrases: [window.map((t) => t.stem)],
            alternatives,
            key: false,
          });
        }
      }
      if (found > 0) {
        i += found;
        continue;
      }
    }
    if (!concept && !vocabulary.ignore.has(token.stem)) {
      concept = vocabulary.byStem.get(token.stem);
      if (concept) width = 1;
    }
    if (concept) {
      const label = tokens
        .slice(i, i + width)
        .map((t) => t.text)
        .join(' ');
      const existing = slots.find((s) => s.concept === concept);
      const named = [tokens.slice(i, i + width).map((t) => t.stem), ...concept.phrases.slice(0, 1)];
      if (!existing) slots.push({ label, phrases: concept.phrases, concept, named, key: true });
      i += width;
      continue;
    }
    if (
      !vocabulary.ignore.has(token.stem) &&
      !slots.some((s) => s.phrases[0]?.[0] === token.stem && !s.concept)
    ) {
      // Read once: a ranking asks it of every candidate (speed-36).
      let key: boolean | undefined;
      slots.push({
        label: token.text,
        phrases: [[token.stem]],
        alternatives: withOthers(paraphrases.byPhrase.get(token.stem), other.get(i)),
        get key() {
          // A capitalized word after the first is a name ("Dark Harbour", a film), whatever its tag.
          key ??=
            lone || (token.start > 0 && /^\p{Lu}/u.test(token.text)) || TOPIC_TAGS.has(posAt(token.start));
          return key;
        },
      });
    }
    i += 1;
  }
  return slots;
}
