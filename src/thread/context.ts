/**
 * The thread as the context of a follow-up: what a conversation with the bot has been about, and
 * what to ask the engine when a follow-up leaves its subject out ("and how much is the deal
 * worth?", "how many jobs will it create?"). Pure: messages in, a query out; reading the thread
 * from Slack is the listeners' job.
 */
import type { Answer } from '../answer/types.js';
import { termsOf } from '../facts/terms.js';
import type { FactIndex } from '../index/fact-index.js';
import { defaultVocabulary, type Vocabulary } from '../index/vocabulary.js';

/** A message of a thread, as the context reads it. */
export interface ThreadMessage {
  ts: string;
  /** Written by the bot: its answers, or an answer shared in the channel. */
  fromBot: boolean;
  /** The plain words: for a person, what they asked; for the bot, the topic its answer is about. */
  text: string;
  /** For the bot's answers: the ids of the articles it cited, as written in the message. */
  cited: string[];
  /** For the bot's answers, when it serves several stories: the story the answer says it came from. */
  story?: string;
}

export interface ContextOptions {
  /** The most messages read: the parent and the latest replies. Default 20. */
  maxMessages?: number;
  /** The most characters read over all messages, the latest first (the parent always). Default 4000. */
  maxChars?: number;
  /**
   * The most words of the thread's story added to a follow-up, names first. Few: they say which
   * story, the question's own words say what about it. Default 2.
   */
  maxStoryWords?: number;
  /** Default: the vocabulary shipped in `src/index/vocabulary.json`. */
  vocabulary?: Vocabulary;
}

export const defaultOptions: Required<Omit<ContextOptions, 'vocabulary'>> = {
  maxMessages: 20,
  maxChars: 4000,
  maxStoryWords: 2,
};

/** Words that start a question, and those that may come before one ("and how much ...?"). */
const QUESTION_WORDS = new Set([
  'what',
  'whats',
  "what's",
  'which',
  'who',
  "who's",
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  "how's",
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'has',
  'have',
  'had',
  'tell',
  'explain',
]);
const LEAD_INS = new Set(['and', 'but', 'so', 'ok', 'okay', 'also', 'then', 'now', 'oh', 'hm', 'hmm']);

/**
 * True when a message asks something: it holds a question mark, or its first word (after "and",
 * "so", ...) is a question word ("how many jobs will it create"). "thanks!" asks nothing.
 */
export function isQuestion(text: string): boolean {
  if (text.includes('?')) return true;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const first = words.find((w) => !LEAD_INS.has(w));
  return first !== undefined && QUESTION_WORDS.has(first);
}

/**
 * The part of a thread the context reads: the parent, then the latest messages, at most
 * `maxMessages` in all and `maxChars` characters of text (the latest kept first), in thread order.
 */
export function boundThread(
  messages: readonly ThreadMessage[],
  options: ContextOptions = {},
): ThreadMessage[] {
  const { maxMessages, maxChars } = { ...defaultOptions, ...options };
  const [parent, ...replies] = messages;
  if (!parent) return [];
  const cut = (m: ThreadMessage, room: number) => ({ ...m, text: m.text.slice(0, Math.max(0, room)) });
  const first = cut(parent, maxChars);
  let room = maxChars - first.text.length;
  const kept: ThreadMessage[] = [];
  for (let i = replies.length - 1; i >= 0 && kept.length < maxMessages - 1 && room > 0; i--) {
    const reply = replies[i] as ThreadMessage;
    const m = cut(reply, room);
    room -= m.text.length;
    kept.unshift(m);
  }
  return [first, ...kept];
}

/** What a thread has been about. */
export interface ThreadStory {
  /**
   * The articles the bot's answers in the thread are about, best first: each answer's lead article
   * (its first fact's), or an article its answers cited as much.
   */
  articleIds: string[];
  /** The words that name the story (names first), best first: what a follow-up is completed with. */
  words: string[];
  /**
   * The words the thread's messages name, best first, for a pronoun that rules some out ("it" is
   * no person: in a thread about a company's co-founder, "when was it founded?" is about the company).
   */
  ranked?: string[];
  /** Stems of the story's words that name a person ("who is X?", "co-founder X", "Mr X"). */
  people?: Set<string>;
  /** Stems the story uses: its questions, and the headlines and facts of its articles. */
  stems: Set<string>;
  /** True when the bot has answered in the thread (or the thread is an answer it posted). */
  botAnswered: boolean;
}

/** A name: a capitalised word, or one with capitals inside ("iPod", "BBC"). */
const isName = (word: string) => /^\p{Lu}/u.test(word) || /\p{Ll}\p{Lu}/u.test(word);

/**
 * Reads a thread (already bounded) into its story: the articles the bot cited (those the index
 * holds), the stems of what was asked and of those articles, and the words that name the story,
 * scored by how often the questions and the cited headlines use them, names counting double.
 * `exclude` is the ts of the message being answered, left out of the story.
 */
export function threadStory(
  messages: readonly ThreadMessage[],
  index: FactIndex,
  options: ContextOptions & { exclude?: string } = {},
): ThreadStory {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const read = messages.filter((m) => m.ts !== options.exclude);
  // Each answer's articles weigh as they rank in it (its first fact's article most), later answers more.
  const weights = new Map<string, number>();
  let answers = 0;
  for (const m of read) {
    if (m.cited.length === 0) continue;
    answers++;
    const ids = [...new Set(m.cited)].filter((id) => index.article(id));
    for (const [rank, id] of ids.entries())
      weights.set(id, (weights.get(id) ?? 0) + (1 + answers / 10) / (rank + 1));
  }
  const articleIds = [...weights.keys()].sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0));
  /** The articles the story is about: the lead article of some answer, or cited as much. */
  const leads = articleIds.filter((id) => (weights.get(id) ?? 0) >= 1);

  // The words of the story's articles; those they also write in lower case are no names, however
  // a title-case headline ("Potential Deal Talks") or a question capitalises them.
  const stems = new Set<string>();
  const common = new Set<string>();
  // What the thread's articles write in their sentences (not only in a headline).
  const written = new Set<string>();
  for (const id of leads) {
    const words = articleWords(index, id);
    for (const s of words.stems) {
      stems.add(s);
      written.add(s);
    }
    for (const s of words.common) common.add(s);
  }
  const scores = new Map<string, { word: string; score: number; order: number; name: boolean }>();
  let order = 0;
  const add = (text: string, weight: number) => {
    const terms = termsOf(text);
    for (const [i, t] of terms.entries()) {
      stems.add(t.stem);
      if (!isSubjectWord(t.stem, t.text, vocabulary)) continue;
      // A capital opening a question is no sign of a name; inside a headline or a question it is.
      const name =
        isName(t.text) && !common.has(t.stem) && (i > 0 || !QUESTION_WORDS.has(t.text.toLowerCase()));
      const entry = scores.get(t.stem) ?? { word: t.text, score: 0, order: order++, name: false };
      entry.score += weight * (name ? 2 : 1);
      if (name && !entry.name) Object.assign(entry, { word: t.text, name: true });
      scores.set(t.stem, entry);
    }
  };
  for (const m of read) add(m.text, m.fromBot ? 1 : 1.5);
  for (const id of leads) add(index.article(id)?.title ?? '', Math.min(2, weights.get(id) ?? 0));

  const { maxStoryWords } = { ...defaultOptions, ...options };
  // Names first: they say which story without steering the question away from what it asks.
  const ranked = [...scores.values()]
    .filter((e) => !/^\d/.test(e.word))
    .sort((a, b) => +b.name - +a.name || b.score - a.score || a.order - b.order)
    .map((e) => e.word);
  // What the thread's messages or its articles' sentences name: a pronoun stands for something
  // said, not for a word only a headline uses ("Overview").
  const said = new Set([...read.flatMap((m) => termsOf(m.text).map((t) => t.stem)), ...written]);
  const mentioned = ranked
    .filter((w) => termsOf(w).every((t) => said.has(t.stem)))
    .slice(0, 4 * maxStoryWords);
  const people = new Set<string>();
  for (const m of read) for (const s of peopleIn(m.text)) people.add(s);
  for (const id of leads) for (const s of articlePeople(index, id)) people.add(s);
  // Names of things the articles' sentences about the story's first names give with them
  // ("top talent from Northwind AI, including co-founder Dara Quell"): what "it" may stand for.
  const top = new Set(ranked.slice(0, maxStoryWords).flatMap((w) => termsOf(w).map((t) => t.stem)));
  const things = new Map<string, number>();
  for (const id of leads)
    for (const fact of index.factsOf(id)) {
      if (!termsOf(fact.text).some((t) => top.has(t.stem))) continue;
      for (const m of fact.text.matchAll(THING_NAME)) {
        const name = m[0].replace(/['’]s$/, '');
        const words = termsOf(name);
        if (words.some((t) => top.has(t.stem) || people.has(t.stem))) continue;
        if (!words.every((t) => isSubjectWord(t.stem, t.text, vocabulary))) continue;
        things.set(name, (things.get(name) ?? 0) + 1);
      }
    }
  const named = [...things.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return {
    articleIds: leads,
    words: ranked.slice(0, maxStoryWords),
    ranked: [...mentioned, ...named.filter((n) => !mentioned.includes(n))],
    people,
    stems,
    botAnswered: messages.some((m) => m.fromBot),
  };
}

/** Words before a name that say it is a person's: roles and honorifics ("co-founder Ann Grey", "Mr Grey"). */
const PERSON_BEFORE =
  /(?:\b(?:who(?:'s|’s| is| was)|founder|co-founder|cofounder|chief|executive|boss|chairman|chairwoman|president|minister|secretary|director|manager|coach|spokesman|spokeswoman|analyst|economist|head|leader|singer|actor|actress|star|player|striker|captain|judge|lawyer|author|writer|presenter|editor|owner|deputy|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/gu;

/** Stems of the words of a text's names that it says are people's. */
function peopleIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PERSON_BEFORE))
    for (const t of termsOf((m[1] ?? '').replace(/['’]s\b/g, ''))) out.push(t.stem);
  return out;
}

const articlePeopleCache = new Map<string, string[]>();
function articlePeople(index: FactIndex, id: string): string[] {
  const key = `${index.version}:${id}`;
  let people = articlePeopleCache.get(key);
  if (people) return people;
  people = [...new Set(index.factsOf(id).flatMap((f) => peopleIn(f.text)))];
  if (articlePeopleCache.size >= ARTICLE_WORDS_KEPT) articlePeopleCache.clear();
  articlePeopleCache.set(key, people);
  return people;
}

/** A name inside a sentence (not its first word): "Northwind AI", "Harbor Bank". */
const THING_NAME = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}&-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*)*(?:['’]s)?/gu;

/** Pronouns for a thing ("it"), and for a person ("he", "her"): which of the story's words they can stand for. */
const THING_PRONOUNS = new Set(['it', 'its', "it's"]);
const PERSON_PRONOUNS = new Set(['he', 'him', 'his', 'she', 'her', 'hers']);

/** The stems an article uses, and those it writes in lower case somewhere; per index version. */
const articleWordsCache = new Map<string, { stems: Set<string>; common: Set<string> }>();
const ARTICLE_WORDS_KEPT = 256;

function articleWords(index: FactIndex, id: string): { stems: Set<string>; common: Set<string> } {
  const key = `${index.version}:${id}`;
  let words = articleWordsCache.get(key);
  if (words) return words;
  words = { stems: new Set(), common: new Set() };
  for (const fact of index.factsOf(id)) {
    for (const s of fact.terms) words.stems.add(s);
    for (const t of termsOf(fact.text)) if (/^\p{Ll}/u.test(t.text)) words.common.add(t.stem);
  }
  if (articleWordsCache.size >= ARTICLE_WORDS_KEPT) articleWordsCache.clear();
  articleWordsCache.set(key, words);
  return words;
}

/** A word that can name a subject: not a function word, a question word or a measure ("worth", "jobs"). */
function isSubjectWord(stem: string, text: string, vocabulary: Vocabulary): boolean {
  if (vocabulary.ignore.has(stem) || vocabulary.unindexed.has(stem)) return false;
  if (vocabulary.byStem.has(stem) || LEAD_INS.has(text.toLowerCase())) return false;
  // "bn" of "$4bn", "m", "st": units and suffixes, not subjects.
  return text.length > 2 || /\d/.test(text) || /^\p{Lu}{2}$/u.test(text);
}

/** Pronouns: they point back to something already said. */
const PRONOUNS = new Set([
  'it',
  'its',
  "it's",
  'they',
  'them',
  'their',
  'theirs',
  'he',
  'him',
  'his',
  'she',
  'her',
  'hers',
]);
/** "the deal", "this company": back to the story when the word after is one the story uses. */
const DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);
/** "what was that?": a demonstrative standing alone points back too. */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** What to ask the engine for a question in a thread. */
export interface FollowUp {
  /** The text for `answerQuery`: the question, completed with the story's words when it leaves its subject out. */
  query: string;
  /** True when the story's words were added. */
  completed: boolean;
  /** The words added. */
  added: string[];
  /**
   * What to ask, the question as asked first, then with one more of the added words each time
   * (the last is `query`): the engine answers each, and `chooseAnswer` keeps the best for the thread.
   */
  candidates: string[];
  /**
   * Why: it "points back" (a pronoun, "the deal"), names "no subject" (only question words and
   * measures), names its "own subject" (a name or topic word the thread never used), or the thread
   * has "no story" to complete it with.
   */
  reason: 'points back' | 'no subject' | 'own subject' | 'no story';
}

/**
 * Decides whether a follow-up names its own subject, and if not, completes it with the story's
 * words. A name the story never used ("what about Quarryco?" where nobody said Quarryco) makes it a
 * question of its own; so does a topic word the story never used, unless the question points back
 * with a pronoun ("it", "they", "his") or with "the"/"this" before a word the story uses ("the
 * deal"). A question of only question words and measures ("and how much?", "how many jobs?")
 * names no subject: it is about the story.
 */
export function followUpQuery(question: string, story: ThreadStory, options: ContextOptions = {}): FollowUp {
  const vocabulary = options.vocabulary ?? defaultVocabulary();
  const plain = question.replace(/\s+/g, ' ').trim();
  const asIs = (reason: FollowUp['reason']): FollowUp => ({
    query: plain,
    completed: false,
    added: [],
    candidates: [plain],
    reason,
  });
  if (story.words.length === 0) return asIs('no story');
  const terms = termsOf(plain);
  const lower = terms.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const opensWithQuestion = QUESTION_WORDS.has(lower.find((w) => !LEAD_INS.has(w)) ?? '');
  // One word that is not a question word ("sources", "help", "Quarryco") is a topic of its own.
  if (terms.length === 1 && !opensWithQuestion) return asIs('own subject');
  const subject = (i: number) => {
    const t = terms[i];
    return t !== undefined && isSubjectWord(t.stem, t.text, vocabulary);
  };
  const own = terms.filter((t, i) => subject(i) && !story.stems.has(t.stem));
  const ownName = own.some((t) => isName(t.text) && !QUESTION_WORDS.has(t.text.toLowerCase()));
  if (ownName) return asIs('own subject');
  const pointsBack = lower.some(
    (w, i) =>
      PRONOUNS.has(w) ||
      (DETERMINERS.has(w) && story.stems.has(terms[i + 1]?.stem ?? '')) ||
      (DEMONSTRATIVES.has(w) && !subject(i + 1)),
  );
  if (!pointsBack && own.length > 0) return asIs('own subject');
  const reason: FollowUp['reason'] = pointsBack ? 'points back' : 'no subject';
  const asked = new Set(terms.map((t) => t.stem));
  // A pronoun stands for what it can: "it" for no person, "he" or "her" for a person, as a reader takes it.
  const person = (w: string) => termsOf(w).some((t) => story.people?.has(t.stem));
  const thing =
    lower.some((w) => THING_PRONOUNS.has(w)) ||
    /\b(?:the|this|that) (?:company|firm|group|start-?up|business|bank|club|team|party|organisation|organization|agency|brand|site|network|service|maker|retailer|airline)\b/i.test(
      plain,
    );
  const someone = lower.some((w) => PERSON_PRONOUNS.has(w));
  const { maxStoryWords } = { ...defaultOptions, ...options };
  const pool = story.ranked ?? story.words;
  const fits = pool.filter((w) => (thing && !someone ? !person(w) : someone && !thing ? person(w) : true));
  const words = thing !== someone && fits.length > 0 ? fits.slice(0, maxStoryWords) : story.words;
  const added = words.filter((w) => !termsOf(w).every((t) => asked.has(t.stem)));
  if (added.length === 0) return asIs(reason);
  const candidates = [plain, ...added.map((_, k) => `${plain} ${added.slice(0, k + 1).join(' ')}`)];
  return { query: candidates.at(-1) ?? plain, completed: true, added, candidates, reason };
}

/**
 * How much of what a question asks a fact holds: the question's own topic words it uses, the
 * measures the question names that it names, and a figure of a named measure's kind. Pure.
 */
export function questionMatch(
  factText: string,
  quantities: ReadonlyArray<{ kind: string }>,
  question: string,
  vocabulary = defaultVocabulary(),
): number {
  const asked = termsOf(question).filter(
    (t) => !vocabulary.ignore.has(t.stem) && !vocabulary.unindexed.has(t.stem),
  );
  const stems = new Set(termsOf(factText).map((t) => t.stem));
  const concepts = new Set(asked.flatMap((t) => vocabulary.byStem.get(t.stem) ?? []));
  let score = new Set(asked.map((t) => t.stem).filter((s) => stems.has(s))).size;
  for (const concept of concepts) {
    if (concept.phrases.some((p) => p.every((s) => stems.has(s)))) score++;
    if (concept.kind && quantities.some((q) => q.kind === concept.kind)) score++;
  }
  return score;
}

/**
 * An answer to a follow-up with the facts of the thread's articles first, when any fact cites them.
 * With `question` (the follow-up as asked), those facts are ordered by how much of it they hold
 * (`questionMatch`), the engine's order breaking ties, so that the words added to name the story do
 * not outrank the words that ask; the fact holding the engine's short answer comes first. A short
 * answer from outside the thread's articles is left out (the message would open with it). Never
 * adds or drops a fact. Unchanged when no fact cites the thread's articles.
 */
export function preferThreadArticles(
  answer: Answer,
  articleIds: readonly string[],
  question?: string,
): Answer {
  const ids = new Set(articleIds);
  const inThread = (i: number) => answer.facts[i]?.citations.some((c) => ids.has(c.id)) ?? false;
  const order = answer.facts.map((_, i) => i);
  const first = order.filter(inThread);
  if (first.length === 0) return answer;
  const short = answer.answer;
  const shortInThread = short !== undefined && inThread(short.fact);
  if (question !== undefined) {
    // The engine's short answer, when a thread fact holds it, is its best reading of the question.
    const rank = new Map(
      first.map((i) => {
        const fact = answer.facts[i] as Answer['facts'][number];
        const lead = shortInThread && short?.fact === i ? Number.POSITIVE_INFINITY : 0;
        return [i, lead || questionMatch(fact.text, fact.quantities, question)];
      }),
    );
    first.sort((a, b) => (rank.get(b) ?? 0) - (rank.get(a) ?? 0) || a - b);
  }
  const moved = [...first, ...order.filter((i) => !inThread(i))];
  if (moved.every((i, k) => i === k) && (!short || shortInThread)) return answer;
  const facts = moved.map((i) => answer.facts[i] as Answer['facts'][number]);
  const { answer: _dropped, ...rest } = answer;
  // A short answer from outside the thread's articles would lead the message with it: left out.
  return short && shortInThread
    ? { ...rest, facts, answer: { ...short, fact: moved.indexOf(short.fact) } }
    : { ...rest, facts };
}

/** The fact an answer message leads with: the short answer's, else the first. */
const leadFact = (answer: Answer) => answer.facts[answer.answer?.fact ?? 0] ?? answer.facts[0];

/**
 * Of the engine's answers to a follow-up's candidates (`FollowUp.candidates`, in order), the one
 * whose first fact, once the thread's facts are put first, is from the thread's articles and holds
 * most of the question (`questionMatch`); on a tie, the one asked with more of the story's words.
 * When none leads with the thread's articles, the last. Pure: picks and reorders, adds nothing.
 */
function chooseAnswer(
  answers: readonly Answer[],
  articleIds: readonly string[],
  question: string,
  completed: readonly boolean[] = [],
): Answer | undefined {
  const ids = new Set(articleIds);
  let best: { answer: Answer; answered: boolean; score: number } | undefined;
  answers.forEach((raw, i) => {
    const answer = preferThreadArticles(raw, articleIds, question);
    const first = leadFact(answer);
    const inThread = first?.citations.some((c) => ids.has(c.id)) ?? false;
    const score = inThread ? questionMatch(first?.text ?? '', first?.quantities ?? [], question) : -1;
    // A reading that finds what the question asks (a short answer) about the thread's story (the
    // question completed with the story's words, or a fact of its articles) beats one that does not.
    const answered = answer.answer !== undefined && (inThread || completed[i] === true);
    if (!best || (answered && !best.answered) || (answered === best.answered && score >= best.score))
      best = { answer, answered, score };
  });
  return best?.answer;
}

/**
 * A question in a thread answered about the thread's story: completed with the story's words
 * where it leaves its subject out, each reading answered by `ask` (the engine), and the answer
 * the thread's articles support best kept. Undefined `answer` when the question is complete as it
 * stands (answer it alone). `exclude`: the ts of the message being answered.
 */
export function answerFollowUp(
  thread: readonly ThreadMessage[],
  question: string,
  index: FactIndex,
  ask: (query: string) => Answer,
  exclude?: string,
): { story: ThreadStory; followUp: FollowUp; answer?: Answer } {
  const story = threadStory(boundThread(thread), index, exclude === undefined ? {} : { exclude });
  const followUp = followUpQuery(question, story);
  if (!followUp.completed) return { story, followUp };
  const answer = chooseAnswer(
    followUp.candidates.map(ask),
    story.articleIds,
    question,
    followUp.candidates.map((c) => c !== question),
  );
  return { story, followUp, ...(answer ? { answer } : {}) };
}
