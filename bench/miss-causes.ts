/**
 * npx tsx bench/miss-causes.ts [--keys H,S] [--verbose]
 *
 * Why the right fact is not among the first three (TRAIN answerable questions only): counts, per
 * key, the misses whose answering sentence was never a candidate (retrieval: which of the
 * question's slots its article does not hold) against those ranked below three (what outranked
 * it). --verbose prints one line per miss (TRAIN only; never run it on HELD OUT).
 */
import { type AnswerTrace, answerQuery } from '../src/answer/answer.js';
import { parseQuery } from '../src/answer/query.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const keys = opt('keys', 'H,S').split(',');
const verbose = args.includes('--verbose');

const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const vocabulary = defaultVocabulary();
const counts = new Map<string, number>();
const count = (cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);
for (const q of allKeys()) {
  if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
  let trace: AnswerTrace | undefined;
  const a = answerQuery(index, q.query, { trace: (t) => (trace = t) });
  const o = outcome(q, a);
  if (o.rank >= 0 && o.rank < 3) continue;
  const gold = q.expect.flatMap((e) => {
    const re = new RegExp(e.match, 'i');
    return [e.source]
      .flat()
      .flatMap((id) => index.factsOf(id).filter((f) => re.test(f.text)))
      .map((f) => f);
  });
  const goldArticles = new Set(q.expect.flatMap((e) => [e.source].flat()));
  let cause: string;
  let detail = '';
  if (gold.length === 0) cause = 'no sentence of the key matches';
  else if (!trace) {
    const wants = readQuestion(q.query).wants;
    cause = `${wants ? 'typed, silent' : 'untyped'}: ${o.rank >= 3 ? 'ranked lower' : 'not retrieved'}`;
    detail = `${a.note ?? ''} (${a.facts.length} facts)`;
  } else {
    const at = trace.candidates.findIndex((c) =>
      gold.some((f) => f.text === c.text && f.articleId === c.articleId),
    );
    const articleAt = trace.candidates.findIndex((c) => goldArticles.has(c.articleId));
    if (at >= 0) {
      cause = 'ranked lower';
      const first = trace.candidates[0];
      const g = trace.candidates[at];
      const idOf = (c: typeof g) =>
        index.factsOf(c?.articleId ?? '').find((f) => f.text === c?.text)?.id ?? '';
      const slots = parseQuery(q.query, vocabulary);
      const holds = (id: string) =>
        slots
          .filter((s) => index.match([...s.phrases, ...(s.alternatives ?? [])]).has(id))
          .map((s) => s.label);
      const gh = holds(idOf(g));
      const fh = holds(idOf(first));
      const lacks = fh.filter((l) => !gh.includes(l));
      if (lacks.length > 0) count(`${q.key} ranked lower: gold lacks a word the first holds`);
      detail = `at ${at + 1}${a.note ? ' (note)' : ''}; first: ${first?.articleId} ${goldArticles.has(first?.articleId ?? '') ? '(same article) ' : ''}[${first?.span ?? ''}] ${first?.text.slice(0, 110)}\n    gold lacks {${lacks.join(', ')}} holds {${gh.join(', ')}}: [${g?.span ?? ''}] ${g?.text.slice(0, 110)}`;
    } else if (articleAt >= 0) {
      cause = 'article retrieved, sentence not in top 40';
      detail = `article at ${articleAt + 1}`;
    } else {
      cause = 'not retrieved';
      const slots = parseQuery(q.query, vocabulary);
      const unheld = slots.filter((s) => {
        const phrases = [...s.phrases, ...(s.alternatives ?? [])];
        const m = index.match(phrases);
        return ![...goldArticles].some(
          (id) =>
            [...m.keys()].some((k) => k.startsWith(`${id}#`)) ||
            phrases.some((p) => p.every((w) => index.titleStemsOf(id).includes(w))),
        );
      });
      detail = `article lacks: ${unheld.map((s) => `${s.label}${s.key ? '' : '(rank-only)'}`).join(', ')}`;
    }
  }
  count(`${q.key} ${cause}`);
  if (verbose) console.log(`${cause.padEnd(40)} [${q.key} ${q.form ?? ''}] ${q.query}\n    ${detail}`);
}
for (const [cause, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${cause}`);
