/**
 * npx tsx bench/silence-study.ts --keys AD,AC [--out FILE]
 *
 * silent-34 (issue 21 §1): one JSON line a TRAIN question (never HELD OUT) with its outcome and the
 * claims layer's reading of the first fact's article against the question, for studying near-miss
 * silence rules offline: the measures the question names (concepts with a kind of figure), whether
 * any claim of the article is of such a measure, of such a measure and a subject the question names,
 * and the short answer's own claim (the trace's `short.claim`).
 */
import { writeFileSync } from 'node:fs';
import { parseQuery } from '../src/answer/query.js';
import { claimsOf } from '../src/claims/read.js';
import { tagWords } from '../src/facts/nlp.js';
import { stemsOf } from '../src/facts/terms.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { outcome, tracedAnswer } from './eval-answers.js';
import { allKeys } from './keys.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const keys = opt('keys', 'AD,AC').split(',');
const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
const vocabulary = defaultVocabulary();
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const lines: string[] = [];
for (const q of allKeys()) {
  if (q.split !== 'train') continue;
  if (!keys.some((k) => (k === 'own' ? q.key.startsWith('questions.own') : q.key === k))) continue;
  const { answer, trace } = tracedAnswer(index, q.query);
  const o = outcome(q, answer);
  const measured = parseQuery(q.query, vocabulary).flatMap((s) => (s.concept?.kind ? [s.concept.name] : []));
  const articleId = trace?.short?.articleId ?? trace?.candidates[0]?.articleId;
  const asked = words(q.query);
  const claims = articleId
    ? index.factsOf(articleId).flatMap((f) =>
        claimsOf(index, f, vocabulary).map((c) => ({
          measure: c.measure?.name,
          kind: c.quantity.kind,
          subject: c.subject,
          from: c.subjectFrom,
          named: c.subject.some((n) => [...words(n)].some((w) => w.length > 2 && asked.has(w))),
          text: c.quantity.text,
        })),
      )
    : [];
  // The question's words of no topic that the tagger reads as verbs (the event asked), and whether
  // the article (its headline and sentences) writes any of each one's stems, paraphrases included.
  const slots = parseQuery(q.query, vocabulary);
  const tags = tagWords(q.query);
  const said = new Set(
    articleId
      ? [index.article(articleId)?.title ?? '', ...index.factsOf(articleId).map((f) => f.text)].flatMap((t) =>
          stemsOf(t),
        )
      : [],
  );
  const verbs = slots
    .filter(
      (s) =>
        !s.key &&
        !s.concept &&
        tags.some((t) => t.pos === 'VERB' && s.label.toLowerCase().split(' ').includes(t.text.toLowerCase())),
    )
    .map((s) => ({
      label: s.label,
      inArticle: [...s.phrases, ...(s.alternatives ?? [])].some(
        (p) => p.length > 0 && p.every((w) => said.has(w)),
      ),
    }));
  const ofMeasure = claims.filter((c) => c.measure !== undefined && measured.includes(c.measure));
  lines.push(
    JSON.stringify({
      key: q.key,
      form: q.form,
      empty: q.empty === true,
      kind: q.kind,
      query: q.query,
      rank: o.rank,
      shown: o.shown,
      shortRight: o.shortRight,
      sure: o.sure,
      silent: o.silent,
      note: answer.note ?? null,
      facts: answer.facts.length,
      wants: trace?.wants ?? null,
      short: trace?.short?.text ?? null,
      withheld: trace?.short?.withheld ?? null,
      factText: trace?.short?.factText ?? trace?.candidates[0]?.text ?? null,
      articleId: articleId ?? null,
      claim: trace?.short?.claim ?? null,
      measured,
      verbs,
      articleClaims: claims.length,
      articleMeasure: ofMeasure.length,
      articleMeasureNamed: ofMeasure.filter((c) => c.named).length,
      articleMeasures: [...new Set(claims.map((c) => c.measure ?? '-'))],
    }),
  );
}
writeFileSync(opt('out', '/tmp/silent-34-study.jsonl'), `${lines.join('\n')}\n`);
console.log(`${lines.length} questions`);
