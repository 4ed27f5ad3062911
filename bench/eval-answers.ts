/**
 * npx tsx bench/eval-answers.ts [--split train|held|all] [--keys own,A,B] [--verbose] [--json] [--counts]
 *   [--forms why,which] [--rank feature=W,...]
 *
 * Measures answers to the answer keys in bench/ on the BBC archive, in process: where the answer
 * stands (first fact, first three), the short answer (right of all questions; right of those shown;
 * how often shown; "bold": the sure ones, shown in bold, and how many of them are right) and unanswerable questions kept silent (no short answer, and no facts or a note
 * with at most two related ones; "strict": no facts at all; "shown": given a short answer, each a wrong one), per key, split and question form.
 * Per-question lines (--verbose) are printed for TRAIN only: HELD OUT is only ever summed up.
 * --counts prints each figure as a count of its whole ("first 117/157") rather than a percentage.
 * --json prints, after the table, the totals per key and split as one JSON object, then one JSON line a
 * TRAIN question with its answer (facts' texts and citations, the short answer): what a speed change
 * compares byte for byte. HELD OUT questions are only summed up, here too.
 * --dump FILE writes one JSON line a TRAIN question's outcome (key, kind, rank, shown, silent, note ...).
 * --read place,loose keeps only the questions the rules and the learned form read as asking those types
 * ("loose": a loose "which N"; "-": none). --forms keeps only the questions of those forms; --rank answers with weights.json's rank weights
 * changed as given ("reasons=-0.68"): a form's own feature is measured on its form alone.
 * --bridge-folds DIR answers each key's questions with the lexical bridge fitted without it (bridge-26):
 * DIR/<fold>.json its table and DIR/betas.json its `bridge` rank weight, as bench/bridge-fit.ts writes
 * them (--fold-tables DIR), keys D, F and S one fold: the bridge scored out of fold.
 * --weights FILE answers with that whole weights file (a candidate in bench/) instead of weights.json.
 * --weights-folds DIR answers each key's questions with DIR/weights-without-<fold>.json (a whole weights
 * file fitted without the key: the own keys one fold "own", D, F and S one fold "DFS"; rank-29,
 * bench/rank-conf-folds.ts), a key without one with the weights in use: every fitted model out of fold.
 * --form-folds DIR reads each key's questions with DIR/forms-without-K.json (`bench/fit-forms.ts --cv
 * --folds DIR`; a key without one, the own keys, A and B, with the shipped model): what a fresh key sees.
 * --options name=value,... answers with those answer options (booleans and numbers: "kindInAnswer=false").
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type AnswerOptions, type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { type BridgeTable, bridgeTable } from '../src/answer/bridge.js';
import { type FormModel, useFormModel } from '../src/answer/form-model.js';
import { readQuestion } from '../src/answer/question.js';
import type { Answer } from '../src/answer/types.js';
import { defaultWeights, type Weights, type WeightsFile, weightsFrom } from '../src/answer/weights.js';
import { buildIndex } from '../src/index/build.js';
import type { FactIndex } from '../src/index/fact-index.js';
import { allKeys, type KeyQuery } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const split = opt('split', 'train');
const keys = opt('keys', 'own,A,B,C,D,F,G,H,I,J,K,L,M,N').split(',');
const verbose = args.includes('--verbose');

export interface Outcome {
  q: KeyQuery;
  rank: number;
  shown: boolean;
  shortRight: boolean;
  /** The short answer is sure (shown in bold, not as a hedged "Likely" line). */
  sure: boolean;
  silent: boolean;
  strict: boolean;
  confidence?: number;
}

const cited = (f: Answer['facts'][number]) => f.citations.map((c) => c.id);

/** A question answered with its trace (undefined where the answer keeps none): what the cause scripts read. */
export function tracedAnswer(
  index: FactIndex,
  query: string,
  options: AnswerOptions = {},
): { answer: Answer; trace: AnswerTrace | undefined } {
  let trace: AnswerTrace | undefined;
  const answer = answerQuery(index, query, {
    ...options,
    trace: (t) => {
      trace = t;
    },
  });
  return { answer, trace };
}

/** Answer options from "name=value,...": true and false as booleans, anything else as a number. */
export function answerOptions(spec: string): AnswerOptions {
  const out: Record<string, boolean | number> = {};
  for (const kv of spec.split(',').filter(Boolean)) {
    const [k = '', v = ''] = kv.split('=');
    out[k] = v === 'true' ? true : v === 'false' ? false : Number(v);
  }
  return out as AnswerOptions;
}

export function outcome(q: KeyQuery, a: Answer): Outcome {
  let rank = -1;
  let shortRight = false;
  for (const e of q.expect) {
    const re = new RegExp(e.match, 'i');
    const sources = [e.source].flat();
    const r = a.facts.findIndex((f) => re.test(f.text) && cited(f).some((id) => sources.includes(id)));
    if (r >= 0 && (rank < 0 || r < rank)) rank = r;
    const fact = a.answer ? a.facts[a.answer.fact] : undefined;
    if (a.answer && fact && re.test(a.answer.text) && cited(fact).some((id) => sources.includes(id)))
      shortRight = true;
  }
  return {
    q,
    rank,
    shown: a.answer !== undefined,
    shortRight,
    sure: a.answer?.sure === true,
    strict: a.facts.length === 0,
    silent: !a.answer && (a.facts.length === 0 || (a.note !== undefined && a.facts.length <= 2)),
    ...(a.confidence !== undefined ? { confidence: a.confidence } : {}),
  };
}

export interface Summary {
  n: number;
  first: number;
  top3: number;
  shortRight: number;
  shown: number;
  sure: number;
  sureRight: number;
  empty: number;
  silent: number;
  strict: number;
  /** Unanswerable questions given a short answer (hedged or bold): each one a wrong short answer. */
  emptyShown: number;
  /** Unanswerable questions by the key's `kind`: never mentioned, and near misses (silent of all). */
  never: number;
  neverSilent: number;
  near: number;
  nearSilent: number;
}

export function summarize(outcomes: readonly Outcome[]): Summary {
  const answerable = outcomes.filter((o) => !o.q.empty);
  const empty = outcomes.filter((o) => o.q.empty);
  return {
    n: answerable.length,
    first: answerable.filter((o) => o.rank === 0).length,
    top3: answerable.filter((o) => o.rank >= 0 && o.rank < 3).length,
    shortRight: answerable.filter((o) => o.shortRight).length,
    shown: answerable.filter((o) => o.shown).length,
    sure: answerable.filter((o) => o.sure).length,
    sureRight: answerable.filter((o) => o.sure && o.shortRight).length,
    empty: empty.length,
    silent: empty.filter((o) => o.silent).length,
    strict: empty.filter((o) => o.strict).length,
    emptyShown: empty.filter((o) => o.shown).length,
    never: empty.filter((o) => o.q.kind === 'never').length,
    neverSilent: empty.filter((o) => o.q.kind === 'never' && o.silent).length,
    near: empty.filter((o) => o.q.kind === 'near').length,
    nearSilent: empty.filter((o) => o.q.kind === 'near' && o.silent).length,
  };
}

const counts = args.includes('--counts');
const pct = (a: number, b: number) =>
  counts ? `${a}/${b}` : b === 0 ? '  -  ' : `${((100 * a) / b).toFixed(0).padStart(3)}%`;
export function line(label: string, s: Summary): string {
  return (
    `${label.padEnd(22)} n=${String(s.n).padStart(3)}  first ${pct(s.first, s.n)}  top3 ${pct(s.top3, s.n)}  ` +
    `short right ${pct(s.shortRight, s.n)}  shown ${pct(s.shown, s.n)}  shown right ${pct(s.shortRight, s.shown)}  ` +
    `unanswerable silent ${s.silent}/${s.empty} (strict ${s.strict}, shown ${s.emptyShown}; never ${s.neverSilent}/${s.never}, near ${s.nearSilent}/${s.near})  bold ${pct(s.sure, s.n)}  bold right ${pct(s.sureRight, s.sure)}`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quiet = { warn: () => {} };
  const index = await buildIndex('../shared/corpora/bbc', quiet, { cacheDir: '.cache' });
  const forms = args.includes('--forms') ? opt('forms', '').split(',') : undefined;
  // --read place,loose: only the questions the rules read as asking one of these types ("loose": a loose "which N").
  const read = args.includes('--read') ? opt('read', '').split(',') : undefined;
  const readKind = (query: string) => {
    const form = readQuestion(query);
    return form.loose ? 'loose' : (form.wants ?? '-');
  };
  const chosen = allKeys().filter(
    (q) =>
      keys.some((k) => (k === 'own' ? q.key.startsWith('questions.own') : q.key === k)) &&
      (split === 'all' || q.split === split) &&
      (!forms || forms.includes(q.form ?? '-')) &&
      (!read || read.includes(readKind(q.query))),
  );
  const base = args.includes('--weights')
    ? weightsFrom(JSON.parse(readFileSync(opt('weights', ''), 'utf8')) as WeightsFile)
    : defaultWeights();
  const changed = Object.fromEntries(
    (args.includes('--rank') ? opt('rank', '').split(',') : []).map((kv) => {
      const [k, v] = kv.split('=');
      return [k ?? '', Number(v)];
    }),
  );
  const weights: Weights = { ...base, rank: { ...base.rank, ...changed } };
  const foldDir = args.includes('--bridge-folds') ? opt('bridge-folds', '') : undefined;
  const betas = foldDir
    ? (JSON.parse(readFileSync(`${foldDir}/betas.json`, 'utf8')) as Record<string, number>)
    : {};
  const tables = new Map<string, BridgeTable>();
  const foldOf = (key: string) => (['D', 'F', 'S'].includes(key) ? 'DFS' : key);
  const tableOf = (fold: string) => {
    let t = tables.get(fold);
    if (!t) {
      t = bridgeTable(JSON.parse(readFileSync(`${foldDir}/${fold}.json`, 'utf8')).pairs);
      tables.set(fold, t);
    }
    return t;
  };
  const weightsDir = args.includes('--weights-folds') ? opt('weights-folds', '') : undefined;
  const formDir = args.includes('--form-folds') ? opt('form-folds', '') : undefined;
  const keyFold = (key: string) => (key.startsWith('questions.own') ? 'own' : foldOf(key));
  const foldWeights = new Map<string, Weights>();
  const weightsOf = (key: string): Weights => {
    const file = `${weightsDir}/weights-without-${keyFold(key)}.json`;
    if (!weightsDir || !existsSync(file)) return weights;
    let w = foldWeights.get(file);
    if (!w) {
      w = weightsFrom(JSON.parse(readFileSync(file, 'utf8')) as WeightsFile);
      foldWeights.set(file, w);
    }
    return w;
  };
  const formModels = new Map<string, FormModel | undefined>();
  const formOf = (key: string): FormModel | undefined => {
    if (!formModels.has(key)) {
      const file = `${formDir}/forms-without-${key}.json`;
      formModels.set(
        key,
        existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FormModel) : undefined,
      );
    }
    return formModels.get(key);
  };
  const given = answerOptions(args.includes('--options') ? opt('options', '') : '');
  const answers = chosen.map((q) => {
    if (formDir) useFormModel(formOf(q.key));
    if (weightsDir) return answerQuery(index, q.query, { ...given, weights: weightsOf(q.key) });
    return foldDir && betas[foldOf(q.key)] !== undefined
      ? answerQuery(index, q.query, {
          ...given,
          weights: { ...weights, rank: { ...weights.rank, bridge: betas[foldOf(q.key)] ?? 0 } },
          bridge: tableOf(foldOf(q.key)),
        })
      : answerQuery(index, q.query, { ...given, weights });
  });
  if (formDir) useFormModel();
  const outcomes = chosen.map((q, i) => outcome(q, answers[i] as Answer));
  const out: Record<string, Summary> = {};
  for (const k of new Set(chosen.map((q) => `${q.key} ${q.split}`))) {
    const s = summarize(outcomes.filter((o) => `${o.q.key} ${o.q.split}` === k));
    out[k] = s;
    console.log(line(k, s));
  }
  console.log(line(`all ${split}`, summarize(outcomes)));
  for (const form of [...new Set(chosen.map((q) => q.form ?? '-'))].sort())
    console.log(line(`  form ${form}`, summarize(outcomes.filter((o) => (o.q.form ?? '-') === form))));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ ...out, all: summarize(outcomes) }));
    chosen.forEach((q, i) => {
      if (q.split !== 'train') return;
      const a = answers[i] as Answer;
      const facts = a.facts.map((f) => ({ text: f.text, citations: f.citations.map((c) => c.id) }));
      console.log(JSON.stringify({ key: q.key, query: q.query, facts, answer: a.answer?.text ?? null }));
    });
  }
  if (args.includes('--dump')) {
    // One JSON line a TRAIN question's outcome, for before/after comparisons (HELD OUT left out).
    const lines = outcomes
      .filter((o) => o.q.split === 'train')
      .map((o, i) =>
        JSON.stringify({
          key: o.q.key,
          index: o.q.index,
          form: o.q.form,
          empty: o.q.empty === true,
          kind: o.q.kind,
          query: o.q.query,
          rank: o.rank,
          shown: o.shown,
          shortRight: o.shortRight,
          sure: o.sure,
          silent: o.silent,
          confidence: o.confidence,
          note: (answers[chosen.indexOf(o.q)] as Answer).note ?? null,
          short: (answers[chosen.indexOf(o.q)] as Answer).answer?.text ?? null,
          facts: (answers[chosen.indexOf(o.q)] as Answer).facts.length,
          i,
        }),
      );
    writeFileSync(opt('dump', 'outcomes.jsonl'), `${lines.join('\n')}\n`);
  }
  if (verbose)
    for (const o of outcomes) {
      if (o.q.split !== 'train') continue;
      const ok = o.q.empty
        ? o.silent
          ? 'SILENT'
          : 'SPOKE '
        : o.rank === 0
          ? 'first '
          : o.rank > 0
            ? `rank${o.rank + 1} `
            : 'miss  ';
      console.log(
        `${ok} ${o.shown ? (o.shortRight ? 'S+' : 'S-') : '  '}${o.sure ? 'B' : ' '} ${o.confidence?.toFixed(2) ?? ''} [${o.q.key} ${o.q.form ?? ''}] ${o.q.query}`,
      );
    }
}
