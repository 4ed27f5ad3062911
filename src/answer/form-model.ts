/**
 * What form a question takes ("how-much", "who-is", "what-said" ... or "topic": no question), read by a
 * multinomial logistic regression over the question's words, fitted by `bench/fit-forms.ts` on the
 * TRAIN keys' questions (their `form` labels) and on headlines as topics, and kept in `forms.json`,
 * which the engine loads once. It reads only what the words are: a word in capitals is a name ("N"),
 * never itself, so no story's name can decide a form; the file holds only words written in lower case
 * in questions of several keys. `question.ts` asks it only when its rules read no type. Pure.
 */
import data from './forms.json' with { type: 'json' };

/** A fitted model: the classes, the words it knows, each feature's weight per class, and each class's bias. */
export interface FormModel {
  classes: string[];
  /** Words written in lower case in enough questions: a capitalized first word among them is that word, not a name. */
  words: string[];
  bias: number[];
  weights: Record<string, number[]>;
}

let model = data as FormModel;
let known = new Set(model.words);

/** Uses another model (a fold's, a test's); none: the fitted one in `forms.json`. */
export function useFormModel(other?: FormModel): void {
  model = other ?? (data as FormModel);
  known = new Set(model.words);
}

/** The model in use. */
export function formModel(): FormModel {
  return model;
}

/**
 * The tokens a question's features are read from: words in lower case, a name (capitalized words,
 * one or more, and an acronym) as "N", a number as "#", "'s" on its own, a word the model does not
 * know as "*"; a capitalized first word it knows in lower case stays a word ("Peak audience ...").
 * `words`: the words known; none: every word written in lower case is kept.
 */
export function formTokens(text: string, words: ReadonlySet<string> = known): string[] {
  const raw = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(\p{L})'s\b/gu, "$1 's")
    .replace(/(\p{L}s)'(?=\s|$)/gu, "$1 's")
    .match(/'s|[\p{L}\p{N}][\p{L}\p{N}.&-]*|[,:;?–-]/gu);
  const out: string[] = [];
  for (const [i, t] of (raw ?? []).entries()) {
    const lower = t.toLowerCase().replace(/\.$/, '');
    let token: string;
    if (/^\p{N}/u.test(t)) token = '#';
    else if (/^\p{Lu}/u.test(t) && !(i === 0 && words.has(lower))) token = 'N';
    else token = words.size === 0 || words.has(lower) || /^(?:'s|[,:;?–-])$/.test(t) ? lower : '*';
    if (token === 'N' && out[out.length - 1] === 'N') continue;
    out.push(token);
  }
  return out;
}

/** The features of a question: its tokens, their pairs (with its start and end), its question mark and length. */
export function formFeatures(text: string, words: ReadonlySet<string> = known): string[] {
  const tokens = formTokens(text, words).filter((t) => t !== '?');
  const features = new Set<string>();
  const padded = ['^', ...tokens, '$'];
  for (const t of tokens) features.add(`w:${t}`);
  for (let i = 0; i + 1 < padded.length; i++) features.add(`b:${padded[i]} ${padded[i + 1]}`);
  features.add(/\?\s*$/.test(text) ? 'mark' : 'nomark');
  const n = tokens.length;
  features.add(`len:${n <= 2 ? n : n <= 4 ? '3-4' : n <= 6 ? '5-6' : n <= 9 ? '7-9' : '10+'}`);
  return [...features];
}

/** Each class with its probability for a question, most likely first. */
export function formProbabilities(text: string, m: FormModel = model): Array<{ form: string; p: number }> {
  const words = m === model ? known : new Set(m.words);
  const scores = [...m.bias];
  for (const f of formFeatures(text, words)) {
    const w = m.weights[f];
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] ?? 0) + (w[c] ?? 0);
  }
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return m.classes.map((form, c) => ({ form, p: (e[c] ?? 0) / sum })).sort((a, b) => b.p - a.p);
}
