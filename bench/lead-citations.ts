/**
 * npx tsx bench/lead-citations.ts [--root DIR] [--json FILE] [--top] [--min-sim X]
 *
 * Issue 20 (grounded digest, cite-35): does an article the digest cites as "also stated by" for a lead
 * (`leadClaims` in `src/digest/leads.ts`) say what the lead claims? The BBC archive
 * (`../shared/corpora/bbc`) is grouped into stories: within each section, articles whose word
 * vectors (tf-idf over content words, headline twice) are near (cosine >= `--min-sim`, default 0.3)
 * are joined, nearest pairs first, into folders of 2 to 6 articles (never more), written under
 * `--root` (default /tmp/cite-35/stories; the archive's text is never copied into the repository).
 * The lead's own stories (business 119 137 151 153 170 290 405 415, entertainment 312 364 384) are
 * left out. For each folder, every lead claim and each article it is cited to besides its own, with the
 * sentence that states it (`LeadClaim.evidence`), is printed ("cite" lines: folder, lead article, cited
 * article, the lead, the sentence); then the digest's "At a glance" lines (`--top`, "top" lines).
 * `--json FILE` writes the same as JSON (to compare two versions: the citations a change drops, the
 * top lines it changes).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDigest, namesByArticles } from '../src/digest/build.js';
import { leadClaims } from '../src/digest/leads.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = option('root') ?? '/tmp/cite-35/stories';
const minSim = Number(option('min-sim') ?? 0.3);
const jsonOut = option('json');
const withTop = args.includes('--top');
const common = option('common') as 'count' | 'weigh' | 'drop' | undefined;
const MAX_STORY = 6;
const KEPT_BY_LEAD = new Set([
  'business/119',
  'business/137',
  'business/151',
  'business/153',
  'business/170',
  'business/290',
  'business/405',
  'business/415',
  'entertainment/312',
  'entertainment/364',
  'entertainment/384',
]);

const corpus = ['../shared/corpora/bbc', '/work/shared/corpora/bbc'].find((d) => existsSync(d));
if (!corpus) throw new Error('no BBC archive');

const STOP = new Set(
  'that with have this from they will their been were which said would about there also more than after when what into them some other over could year years just only most such told people like made make being first last while where many much those these because should still very even back well does both between under then time says'.split(
    ' ',
  ),
);
const wordsOf = (text: string) =>
  (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.replace(/s$/, ''));

/** The stories of one section: nearest pairs first, joined while each story stays within MAX_STORY. */
function storiesOf(section: string): string[][] {
  const dir = join(corpus as string, section);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const docs = files.map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    const [title = '', ...rest] = text.split('\n');
    const tf = new Map<string, number>();
    for (const w of [...wordsOf(title), ...wordsOf(title), ...wordsOf(rest.join('\n'))])
      tf.set(w, (tf.get(w) ?? 0) + 1);
    return { id: f.replace(/\.txt$/, ''), tf };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const vecs = docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [w, n] of d.tf) {
      const x = (1 + Math.log(n)) * Math.log(docs.length / (df.get(w) ?? 1));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < vecs.length; i++)
    for (let j = i + 1; j < vecs.length; j++) {
      let s = 0;
      const [a, b] = (vecs[i]?.size ?? 0) < (vecs[j]?.size ?? 0) ? [vecs[i], vecs[j]] : [vecs[j], vecs[i]];
      for (const [w, x] of a ?? []) s += x * (b?.get(w) ?? 0);
      if (s >= minSim) pairs.push([s, i, j]);
    }
  pairs.sort((x, y) => y[0] - x[0]);
  const group = docs.map((_, i) => [i]);
  const of = docs.map((_, i) => i);
  for (const [, i, j] of pairs) {
    const gi = of[i] as number;
    const gj = of[j] as number;
    if (gi === gj) continue;
    const a = group[gi] as number[];
    const b = group[gj] as number[];
    if (a.length + b.length > MAX_STORY) continue;
    a.push(...b);
    for (const k of b) of[k] = gi;
    group[gj] = [];
  }
  return group
    .filter((g) => g.length >= 2)
    .map((g) => g.map((k) => `${section}/${docs[k]?.id}`).sort())
    .filter((g) => !g.some((id) => KEPT_BY_LEAD.has(id)));
}

const sections = readdirSync(corpus)
  .filter((s) => !s.includes('.'))
  .sort();
const stories = sections.flatMap(storiesOf);
rmSync(root, { recursive: true, force: true });
interface Cite {
  story: string;
  lead: string;
  cited: string;
  claim: string;
  sentence: string;
}
const cites: Cite[] = [];
const tops: Array<{ story: string; lines: string[] }> = [];
const vocabulary = defaultVocabulary();
for (const ids of stories) {
  const name = ids.join('+').replace(/\//g, '-');
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const id of ids)
    writeFileSync(join(dir, `${id.replace('/', '-')}.txt`), readFileSync(join(corpus, `${id}.txt`), 'utf8'));
  const index = await buildIndex(dir, { warn: () => {} });
  const names = namesByArticles(index);
  for (const l of leadClaims(index, names, vocabulary, () => true, {
    ...(common ? { common } : {}),
    ...(option('share') ? { weightedShare: Number(option('share')) } : {}),
  }))
    l.articles.slice(1).forEach((cited, k) => {
      const c = {
        story: name,
        lead: l.fact.articleId,
        cited,
        claim: l.fact.text,
        sentence: l.evidence[k] ?? '',
      };
      cites.push(c);
      console.log(`cite\t${c.story}\t${c.lead}\t${c.cited}\t${c.claim}\t${c.sentence}`);
    });
  if (withTop) {
    const digest = buildDigest(index, { now: new Date('2026-01-01T12:00:00Z') });
    const lines = digest.topLine.map(
      (t) =>
        `${t.text} [${t.source.id}${t.also.length > 0 ? `; also: ${t.also.map((c) => c.id).join(', ')}` : ''}]`,
    );
    tops.push({ story: name, lines });
    for (const line of lines) console.log(`top\t${name}\t${line}`);
  }
}
console.log(`# ${stories.length} stories, ${cites.length} lead citations`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ cites, tops }, null, 1));
