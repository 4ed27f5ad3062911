/**
 * npx tsx bench/fit-forms.ts [--without U] [--out src/answer/forms.json] [--cv] [--folds DIR]
 *
 * Fits the question-form model (src/answer/form-model.ts, type-25): a multinomial logistic regression
 * over a question's words, from the `form` label of every TRAIN key's question (answerable and not)
 * and, as "topic", the headlines (first lines) of the BBC articles bench/queries.ts does not use as its
 * 200 topic queries. Only words written in lower case in at least MIN_QUESTIONS questions of at least
 * MIN_SOURCES keys (the headlines count as one) become features, so no story's name is in the file.
 * Never reads a HELD OUT key nor the public keys.
 * --without K fits without key K (several: "V,W"); --exclude K,L leaves those keys out of every fit (to
 * replay an older recipe, e.g. the model of its time; --cv still writes and scores their folds); --cv fits once per TRAIN key without it and prints, out of fold,
 * how often the form read is right per form, on the questions the rules type and on those they leave
 * untyped, at several thresholds; --folds DIR writes each fold's model there (forms-without-K.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { type FormModel, formFeatures, formProbabilities, useFormModel } from '../src/answer/form-model.js';
import { readQuestionByRules } from '../src/answer/question.js';
import { listArticleFiles } from '../src/corpus/load.js';
import { TRAIN_KEYS } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const MIN_QUESTIONS = Number(opt('min', '8'));
const MIN_SOURCES = 3;
const L2 = Number(opt('l2', '0.0003'));
const EPOCHS = Number(opt('epochs', '30'));

export interface Example {
  text: string;
  label: string;
  source: string;
}

/** The TRAIN keys' questions with their forms, and the headlines bench does not query, as topics. */
export async function examples(corpus = '../shared/corpora/bbc'): Promise<Example[]> {
  const out: Example[] = [];
  for (const k of TRAIN_KEYS) {
    const data = JSON.parse(readFileSync(`bench/keys/questions-${k}.json`, 'utf8')) as {
      queries: Array<{ query: string; form?: string }>;
    };
    for (const q of data.queries) if (q.form) out.push({ text: q.query, label: q.form, source: k });
  }
  const files = await listArticleFiles(corpus);
  for (const [i, f] of files.entries()) {
    if (i % 11 === 0) continue; // bench's topic queries (bench/queries.ts): kept out to measure on
    const line = readFileSync(f, 'utf8').split('\n')[0]?.trim();
    if (line) out.push({ text: line, label: 'topic', source: 'headline' });
  }
  return out;
}

/**
 * Words written in lower case in enough questions of enough sources, and more often so than with a
 * capital past a question's first word (a name typed in lower case, "chelsea", is no word of a form).
 */
function knownWords(data: Example[]): Set<string> {
  const seen = new Map<string, { n: number; sources: Set<string> }>();
  const capitalized = new Map<string, number>();
  for (const e of data) {
    const all = (e.text.replace(/[\u2018\u2019]/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}.&-]*/gu) ?? []).map(
      (w) => w.replace(/\.$/, ''),
    );
    for (const w of all.slice(1))
      if (/^\p{Lu}/u.test(w)) capitalized.set(w.toLowerCase(), (capitalized.get(w.toLowerCase()) ?? 0) + 1);
    const lower = new Set(all.filter((w) => /^\p{Ll}/u.test(w) && w === w.toLowerCase()));
    for (const w of lower) {
      const s = seen.get(w) ?? { n: 0, sources: new Set() };
      s.n++;
      s.sources.add(e.source);
      seen.set(w, s);
    }
  }
  return new Set(
    [...seen]
      .filter(
        ([w, s]) => s.n >= MIN_QUESTIONS && s.sources.size >= MIN_SOURCES && s.n > (capitalized.get(w) ?? 0),
      )
      .map(([w]) => w),
  );
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(xs: T[], seed = 1): T[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Fits the model on the examples: SGD on the softmax loss with L2, features kept by how many examples hold them. */
export function fitForms(data: Example[]): FormModel {
  const words = knownWords(data);
  const classes = [...new Set(data.map((e) => e.label))].sort();
  const featured = data.map((e) => ({
    f: formFeatures(e.text, words),
    y: classes.indexOf(e.label),
    source: e.source,
  }));
  const count = new Map<string, { n: number; sources: Set<string> }>();
  for (const e of featured)
    for (const f of e.f) {
      const c = count.get(f) ?? { n: 0, sources: new Set() };
      c.n++;
      c.sources.add(e.source);
      count.set(f, c);
    }
  const kept = [...count]
    .filter(([, c]) => c.n >= MIN_QUESTIONS && c.sources.size >= MIN_SOURCES)
    .map(([f]) => f);
  const id = new Map(kept.map((f, i) => [f, i]));
  const K = classes.length;
  const W = new Float64Array(kept.length * K);
  const b = new Float64Array(K);
  const rows = featured.map((e) => ({
    x: e.f.flatMap((f) => (id.has(f) ? [id.get(f) as number] : [])),
    y: e.y,
  }));
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const lr = 0.5 / (1 + epoch * 0.2);
    for (const r of shuffled(rows, epoch + 1)) {
      for (let c = 0; c < K; c++) {
        let s = b[c] as number;
        for (const j of r.x) s += W[j * K + c] as number;
        p[c] = s;
      }
      const top = Math.max(...p);
      let sum = 0;
      for (let c = 0; c < K; c++) {
        p[c] = Math.exp((p[c] as number) - top);
        sum += p[c] as number;
      }
      for (let c = 0; c < K; c++) {
        const g = (p[c] as number) / sum - (c === r.y ? 1 : 0);
        b[c] = (b[c] as number) - lr * g * 0.1;
        for (const j of r.x) W[j * K + c] = (W[j * K + c] as number) * (1 - lr * L2) - lr * g;
      }
    }
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  for (const [f, j] of id) {
    const row = Array.from(W.subarray(j * K, j * K + K), round);
    if (row.some((x) => Math.abs(x) >= 0.05)) weights[f] = row;
  }
  return { classes, words: [...words].sort(), bias: Array.from(b, round), weights };
}

const main = async () => {
  const excluded = opt('exclude', '').split(',').filter(Boolean);
  const all = (await examples()).filter((e) => !excluded.includes(e.source));
  if (args.includes('--cv')) {
    const dir = opt('folds', '');
    if (dir) mkdirSync(dir, { recursive: true });
    const thresholds = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9];
    // per form: [typed by rules | untyped] x threshold -> [right, answered], and the totals
    const table = new Map<string, { n: number[]; right: number[][]; said: number[][] }>();
    const row = (form: string) => {
      let t = table.get(form);
      if (!t) {
        t = {
          n: [0, 0],
          right: [thresholds.map(() => 0), thresholds.map(() => 0)],
          said: [thresholds.map(() => 0), thresholds.map(() => 0)],
        };
        table.set(form, t);
      }
      return t;
    };
    for (const k of TRAIN_KEYS) {
      const model = fitForms(all.filter((e) => e.source !== k));
      if (dir) writeFileSync(`${dir}/forms-without-${k}.json`, JSON.stringify(model));
      const held = excluded.includes(k)
        ? (await examples()).filter((x) => x.source === k)
        : all.filter((x) => x.source === k);
      for (const e of held) {
        const untyped = readQuestionByRules(e.text).wants === undefined ? 1 : 0;
        const best = formProbabilities(e.text, model)[0];
        const t = row(e.label);
        (t.n[untyped] as number)++;
        for (const [i, th] of thresholds.entries()) {
          if (!best || best.form === 'topic' || best.p < th) continue;
          const said = t.said[untyped] as number[];
          said[i] = (said[i] ?? 0) + 1;
          const right = t.right[untyped] as number[];
          if (best.form === e.label) right[i] = (right[i] ?? 0) + 1;
        }
      }
      console.error(`fold ${k} done`);
    }
    const sum = (f: (t: { n: number[]; right: number[][]; said: number[][] }) => number) =>
      [...table.values()].reduce((a, t) => a + f(t), 0);
    console.log(`out of fold (leave one key out); right/typed per threshold ${thresholds.join(' ')}`);
    for (const [u, name] of [
      [1, 'untyped by the rules'],
      [0, 'typed by the rules'],
    ] as const) {
      console.log(`-- ${name}: ${sum((t) => t.n[u] as number)} questions`);
      for (const [form, t] of [...table].sort()) {
        const cells = thresholds.map((_, i) => `${t.right[u]?.[i]}/${t.said[u]?.[i]}`).join('  ');
        console.log(`${form.padEnd(14)} n ${String(t.n[u]).padStart(4)}  ${cells}`);
      }
      const tot = thresholds.map(
        (_, i) => `${sum((t) => t.right[u]?.[i] ?? 0)}/${sum((t) => t.said[u]?.[i] ?? 0)}`,
      );
      console.log(
        `${'all'.padEnd(14)} n ${String(sum((t) => t.n[u] as number)).padStart(4)}  ${tot.join('  ')}`,
      );
    }
    return;
  }
  const without = opt('without', '').split(',');
  const model = fitForms(all.filter((e) => !without.includes(e.source)));
  const out = opt('out', 'src/answer/forms.json');
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  useFormModel(model);
  console.log(
    `${out}: ${Object.keys(model.weights).length} features, ${model.words.length} words, ${model.classes.length} classes, ${JSON.stringify(model).length} bytes`,
  );
};

if (process.argv[1]?.endsWith('fit-forms.ts')) await main();
