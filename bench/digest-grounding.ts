/**
 * npx tsx bench/digest-grounding.ts [--story DIR]... [--root DIR]... [--bbc DIR [--groups N] [--out DIR]] [--all]
 *
 * Is every digest line grounded in every article it cites? Digests story folders (each `--story`
 * folder; each folder with a `NAME.gold.md` under each `--root`, default the reading stories of
 * /work/digest-K, L and M, with `NAME.new.txt`'s article new; and, with `--bbc`, up to `--groups`
 * (default 30) groups of BBC articles on one story, built in a temp dir: articles of one section whose
 * names are most alike, the last one new; `--out DIR` keeps them; a `--story` folder of story folders
 * reads each of them) and reads every citation of every line (at a glance, key
 * and other figures, results, the earlier figure a change names) against the cited article:
 *  - a line's figures (its `figure`, else every number of its words), and its dates (weekdays, months,
 *    years) must stand in the cited sentence: the one of the cited article holding most of the line's
 *    words (for a figure, of those holding its number);
 *  - a line with no figure (a lead "also stated by", a merged sentence) must share with it at least one
 *    word that says what happened (`event`): a content word of the line, not a name (capitalised in the
 *    line) and not used by more than half the story's articles (the story's topic words).
 * Each citation failing one of them is printed (story, line, cited id, what is missing, the sentence)
 * and counted; `--all` prints every citation of a line with no figure, to judge by eye. Prints the
 * totals last: stories, lines, citations, faults (by kind).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildDigest, type Digest } from '../src/digest/build.js';
import { stemsOf } from '../src/facts/terms.js';
import { buildIndex } from '../src/index/build.js';
import type { FactIndex } from '../src/index/fact-index.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';

const args = process.argv.slice(2);
const many = (name: string) => args.flatMap((a, i) => (args[i - 1] === `--${name}` ? [a] : []));
const option = (name: string) => many(name)[0];
const showAll = args.includes('--all');
const roots = many('root').length > 0 ? many('root') : ['/work/digest-K', '/work/digest-L', '/work/digest-M'];
const vocabulary = defaultVocabulary();

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
const MONTH =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;

/** The number tokens of a text: digits (commas dropped) with a scale, "£5.7bn" -> "5.7bn". Pure. */
export function numberTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(?:(bn|m|trillion|billion|million)\b|(%))?/gi)) {
    const unit = (m[2] ?? m[3] ?? '').toLowerCase().replace('billion', 'bn').replace('million', 'm');
    out.push((m[1] ?? '').replace(/,/g, '').replace(/\.$/, '') + unit);
  }
  return out;
}

/** The dates a text names: weekdays, months and years. Pure. */
export const datesOf = (text: string) => [
  ...(text.match(WEEKDAY) ?? []),
  ...(text.match(MONTH) ?? []),
  ...(text.match(/\b(?:19|20)\d\d\b/g) ?? []),
];

/** Content stems of a text: no function words, numbers or short words. */
const contentStems = (text: string) =>
  new Set(
    stemsOf(text).filter(
      (t) => t.length > 2 && !/^\d/.test(t) && !vocabulary.unindexed.has(t) && !vocabulary.ignore.has(t),
    ),
  );

interface Line {
  where: string;
  text: string;
  figure?: string;
  source: string;
  cited: string[];
}

/** Every line of a digest with the ids it cites (its shown sentence's own first). */
function linesOf(d: Digest): Line[] {
  const out: Line[] = [];
  for (const t of d.topLine)
    out.push({
      where: 'glance',
      text: t.text,
      ...(t.figure ? { figure: t.figure } : {}),
      source: t.source.id,
      cited: [t.source.id, ...t.also.map((c) => c.id)],
    });
  for (const g of d.figures)
    for (const m of g.moments)
      for (const l of m.lines)
        out.push({
          where: `key ${g.subject} · ${g.measure}`,
          text: l.context,
          figure: l.figure,
          source: l.source.id,
          cited: [l.source.id, ...l.also.map((c) => c.id)],
        });
  for (const l of d.facts)
    out.push({
      where: 'other',
      text: l.context,
      figure: l.figure,
      source: l.source.id,
      cited: [l.source.id, ...l.also.map((c) => c.id)],
    });
  for (const n of d.newArticles)
    for (const a of n.adds ?? [])
      if (a.was)
        out.push({
          where: 'changes (was)',
          text: a.was.figure,
          figure: a.was.figure,
          source: a.was.source.id,
          cited: [a.was.source.id],
        });
  return out;
}

interface Fault {
  kind: 'figure' | 'date' | 'event' | 'missing';
  missing: readonly string[];
  sentence: string;
}

/** Whether one cited article states a line, and if not what it lacks. */
function judge(
  index: FactIndex,
  line: Line,
  id: string,
  topic: (stem: string) => boolean,
): { fault?: Fault; sentence: string } {
  const sentences = index.factsOf(id).map((f) => f.text);
  if (sentences.length === 0)
    return { fault: { kind: 'missing', missing: [id], sentence: '' }, sentence: '' };
  const words = contentStems(line.text);
  // A figure in any currency its sentence converts it to: "1.55bn euros ($2bn; £1.1bn)".
  const at = line.figure ? line.text.indexOf(line.figure) : -1;
  const converted =
    at >= 0 ? (/^\s*\(([^)]*)\)/.exec(line.text.slice(at + (line.figure ?? '').length))?.[1] ?? '') : '';
  const wanted = [...numberTokens(line.figure ?? line.text), ...numberTokens(converted)];
  // A figure is in the sentence giving it; of those (or all, for a line with none) the one sharing most words.
  const giving = sentences.filter((s) => {
    const own = new Set(numberTokens(s));
    return wanted.length === 0 || (line.figure ? wanted.some((w) => own.has(w)) : true);
  });
  const pool = giving.length > 0 ? giving : sentences;
  const score = (s: string) => {
    const own = contentStems(s);
    return [...words].filter((w) => own.has(w)).length;
  };
  const best = pool.reduce((a, b) => (score(b) > score(a) ? b : a));
  const fault = faultOf(line, best, words, wanted, topic);
  return { ...(fault ? { fault } : {}), sentence: best };
}

/** What a line's best sentence in a cited article lacks, if anything. */
function faultOf(
  line: Line,
  best: string,
  words: ReadonlySet<string>,
  wanted: readonly string[],
  topic: (stem: string) => boolean,
): Fault | undefined {
  if (line.figure) {
    const own = new Set(numberTokens(best));
    if (wanted.length > 0 && !wanted.some((w) => own.has(w)))
      return { kind: 'figure', missing: wanted, sentence: best };
    return undefined;
  }
  const own = new Set(numberTokens(best));
  const noFigure = wanted.filter((w) => !own.has(w));
  if (noFigure.length > 0) return { kind: 'figure', missing: noFigure, sentence: best };
  const ownDates = new Set(datesOf(best));
  const noDate = datesOf(line.text).filter((d) => !ownDates.has(d));
  if (noDate.length > 0) return { kind: 'date', missing: noDate, sentence: best };
  const named = new Set(stemsOf((line.text.match(/\p{Lu}[\p{L}'-]*/gu) ?? []).join(' ')));
  const events = [...words].filter((w) => !named.has(w) && !topic(w));
  const bestStems = contentStems(best);
  if (events.length > 0 && !events.some((w) => bestStems.has(w)))
    return { kind: 'event', missing: events, sentence: best };
  return undefined;
}

interface Story {
  name: string;
  dir: string;
  fresh?: string;
}

/** The reading stories: each `NAME.gold.md` of a root with its folder and new article. */
function rootStories(root: string): Story[] {
  return readdirSync(root)
    .filter((f) => f.endsWith('.gold.md'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.md'.length);
      let fresh: string | undefined;
      try {
        fresh = readFileSync(join(root, `${name}.new.txt`), 'utf8')
          .trim()
          .split('\n')[0]
          ?.replace(/\.txt$/, '');
      } catch {}
      return { name: `${basename(root)}/${name}`, dir: join(root, name), ...(fresh ? { fresh } : {}) };
    });
}

/**
 * Groups of BBC articles on one story: of one section, each article's names (capitalised words not
 * opening a sentence) weighed by how rare they are in the archive; an article and those whose names
 * are most like its own (cosine at least `least`), 3 to 7 articles; written to a temp dir.
 */
function bbcStories(dir: string, most: number, least: number, out: string): Story[] {
  const docs: Array<{ id: string; path: string; names: Map<string, number> }> = [];
  for (const section of readdirSync(dir).sort()) {
    const sub = join(dir, section);
    if (!statSync(sub).isDirectory()) continue;
    for (const f of readdirSync(sub).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(sub, f), 'utf8');
      const names = new Map<string, number>();
      for (const m of text.matchAll(/(?<=[a-z,;] )\p{Lu}[\p{L}]{2,}/gu))
        names.set(m[0], (names.get(m[0]) ?? 0) + 1);
      docs.push({ id: `${section}-${f.replace(/\.txt$/, '')}`, path: join(sub, f), names });
    }
  }
  const df = new Map<string, number>();
  for (const d of docs) for (const n of d.names.keys()) df.set(n, (df.get(n) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    for (const [n, c] of d.names) v.set(n, Math.sqrt(c) * Math.log(docs.length / (df.get(n) ?? 1)));
    const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
    for (const [n, x] of v) v.set(n, x / norm);
    return v;
  });
  const cosine = (a: Map<string, number>, b: Map<string, number>) => {
    let s = 0;
    for (const [n, x] of a) s += x * (b.get(n) ?? 0);
    return s;
  };
  const used = new Set<number>();
  const stories: Story[] = [];
  // Spread over the archive: every k-th article seeds a group.
  const step = Math.max(1, Math.floor(docs.length / (most * 4)));
  for (let i = 0; i < docs.length && stories.length < most; i += step) {
    if (used.has(i)) continue;
    const section = docs[i]?.path.split('/').at(-2);
    const near = docs
      .map((_, j) => ({
        j,
        c: j === i ? 1 : cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>),
      }))
      .filter(({ j, c }) => !used.has(j) && c >= least && docs[j]?.path.split('/').at(-2) === section)
      .sort((a, b) => b.c - a.c)
      .slice(0, 7);
    if (near.length < 3) continue;
    const name = `bbc-${docs[i]?.id}`;
    const folder = join(out, name);
    mkdirSync(folder);
    for (const { j } of near) {
      used.add(j);
      const d = docs[j];
      if (d) writeFileSync(join(folder, `${d.id}.txt`), readFileSync(d.path));
    }
    const ids = near.map(({ j }) => docs[j]?.id ?? '').sort();
    stories.push({ name, dir: folder, fresh: ids.at(-1) as string });
  }
  return stories;
}

/** Where the BBC groups are written: `--out DIR` (kept, to read or run again with `--story DIR`), else a temp dir. */
function outDir(): string {
  const out = option('out');
  if (!out) return mkdtempSync(join(tmpdir(), 'grounding-'));
  mkdirSync(out, { recursive: true });
  return out;
}

const stories: Story[] = [
  ...many('story').flatMap((dir) => {
    // A folder of story folders (what `--out` keeps) is each of them, its last article new.
    const subs = readdirSync(dir)
      .filter((f) => statSync(join(dir, f)).isDirectory())
      .sort();
    if (subs.length === 0) return [{ name: basename(dir), dir }];
    return subs.map((f) => {
      const ids = readdirSync(join(dir, f))
        .filter((a) => a.endsWith('.txt'))
        .map((a) => a.replace(/\.txt$/, ''))
        .sort();
      return { name: f, dir: join(dir, f), ...(ids.length > 0 ? { fresh: ids.at(-1) as string } : {}) };
    });
  }),
  ...(many('story').length > 0 && many('root').length === 0 ? [] : roots.flatMap(rootStories)),
  ...(option('bbc')
    ? bbcStories(option('bbc') as string, Number(option('groups') ?? 30), 0.3, outDir())
    : []),
];

const totals = { stories: 0, lines: 0, citations: 0, figure: 0, date: 0, event: 0, missing: 0 };
const glance = { lines: 0, citations: 0, faults: 0 };
for (const story of stories) {
  const index = await buildIndex(story.dir, { warn: () => {} });
  const originals = [...new Set(index.articles().map((a) => index.original(a.id)))];
  const used = new Map<string, number>();
  for (const id of originals)
    for (const s of new Set(index.factsOf(id).flatMap((f) => [...contentStems(f.text)])))
      used.set(s, (used.get(s) ?? 0) + 1);
  const topic = (s: string) => (used.get(s) ?? 0) > originals.length / 2;
  totals.stories++;
  const runs: Array<[string, readonly string[] | undefined]> = [['first', undefined]];
  if (story.fresh)
    runs.push([
      'new',
      index
        .articles()
        .map((a) => a.id)
        .filter((id) => id !== story.fresh),
    ]);
  const seen = new Set<string>();
  for (const [run, previous] of runs) {
    const digest = buildDigest(index, {
      timezone: 'UTC',
      now: new Date('2026-12-05T12:00:00Z'),
      ...(previous ? { previousArticleIds: previous } : {}),
    });
    for (const line of linesOf(digest)) {
      const key = `${line.where}|${line.text}|${line.cited.join(',')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      totals.lines++;
      if (line.where === 'glance') glance.lines++;
      for (const id of line.cited) {
        totals.citations++;
        if (line.where === 'glance') glance.citations++;
        const { fault, sentence } = judge(index, line, id, topic);
        if (fault) {
          totals[fault.kind]++;
          if (line.where === 'glance') glance.faults++;
        }
        if (fault || (showAll && !line.figure && id !== line.source))
          console.log(
            `${fault ? `FAULT ${fault.kind}` : 'ok'} ${story.name} (${run}) ${line.where}${line.figure ? ` ${line.figure}` : ''}: "${line.text.slice(0, 160)}" [${line.source}] -> ${id}${fault ? ` lacks ${fault.missing.join(', ')}` : ''}\n      ${id}: "${sentence.slice(0, 220)}"`,
          );
      }
    }
  }
}
const faults = totals.figure + totals.date + totals.event + totals.missing;
console.log(
  `TOTAL: ${totals.stories} stories, ${totals.lines} lines, ${totals.citations} citations: ${faults} faults (figure ${totals.figure}, date ${totals.date}, event ${totals.event}, missing ${totals.missing}); at a glance ${glance.lines} lines, ${glance.citations} citations, ${glance.faults} faults`,
);
