/**
 * npx tsx bench/digest-gold.ts [--root DIR] [--story NAME]... [--show]
 *
 * Scores the digest against editors' gold notes: for each `NAME.gold.md` under the root's folders
 * (default /work/train-digest), the story folder `NAME/` beside it is digested (with the article
 * named in `NAME.new.txt`, when there is one, as new since the last digest) and two things are
 * checked:
 *  - top: the first "At a glance" line gives a value of the gold's "Single most-stated claim" (its
 *    first bold text);
 *  - figures: of the "Key figures" lines (`subject | measure | value | moment | articles`), how
 *    many have their value's first number anywhere in the digest's text.
 * Values are compared as number tokens ("$11bn" -> "11bn", "1,000th" -> "1000th"). It prints one
 * line a story and the totals; `--show` prints each digest too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDigest } from '../src/digest/build.js';
import { digestToText } from '../src/digest/format.js';
import { buildIndex } from '../src/index/build.js';
import { args, option } from './options.js';

const root = option('root', '/work/train-digest');
const only = args.flatMap((a, i) => (args[i - 1] === '--story' ? [a] : []));
const show = args.includes('--show');

/** The number tokens of a text: digits (commas dropped) with a following scale or ordinal suffix. */
export function numberTokens(text: string): string[] {
  const out: string[] = [];
  const re = /(\d[\d,]*(?:\.\d+)?)\s*(bn|m|trillion|billion|million|%|th|st|nd|rd)?\b/gi;
  for (const m of text.matchAll(re)) {
    const digits = (m[1] ?? '').replace(/,/g, '');
    const unit = (m[2] ?? '').toLowerCase().replace('billion', 'bn').replace('million', 'm');
    out.push(digits + unit);
  }
  return out;
}

/** Whether a digest text holds a token (as a number token of its own). */
const holds = (digestTokens: Set<string>, token: string) => digestTokens.has(token);

function section(md: string, heading: string): string {
  const start = md.search(new RegExp(`^## ${heading}`, 'm'));
  if (start < 0) return '';
  const rest = md.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

interface StoryScore {
  name: string;
  top: boolean;
  topWant: string[];
  topGot: string;
  figures: number;
  figuresFound: number;
  missed: string[];
}

async function score(dir: string, name: string): Promise<StoryScore> {
  const md = readFileSync(join(dir, `${name}.gold.md`), 'utf8');
  const claim = /\*\*(.+?)\*\*/.exec(section(md, '(?:Single m|M)ost-stated claim'))?.[1] ?? '';
  const topWant = numberTokens(claim);
  const keyLines = section(md, 'Key figures')
    .split('\n')
    .filter((l) => /^- /.test(l) && l.split('|').length >= 4);
  const corpus = join(dir, name);
  const newFile = join(dir, `${name}.new.txt`);
  const fresh = existsSync(newFile)
    ? readFileSync(newFile, 'utf8')
        .trim()
        .split('\n')[0]
        ?.replace(/\.txt$/, '')
    : undefined;
  const index = await buildIndex(corpus, { warn: () => {} });
  const digest = buildDigest(index, {
    timezone: 'UTC',
    ...(fresh
      ? {
          previousArticleIds: index
            .articles()
            .map((a) => a.id)
            .filter((id) => id !== fresh),
        }
      : {}),
  });
  const text = digestToText(digest);
  if (show) console.log(`${text}\n`);
  const first = digest.topLine[0];
  const topGot = first ? `${first.figure ?? ''} ${first.text}` : '';
  const topTokens = new Set(numberTokens(topGot));
  const textTokens = new Set(numberTokens(text));
  const missed: string[] = [];
  let found = 0;
  for (const line of keyLines) {
    const value = line.split('|')[2] ?? '';
    const token = numberTokens(value)[0];
    if (!token) continue;
    if (holds(textTokens, token)) found++;
    else missed.push(token);
  }
  return {
    name,
    top: topWant.some((t) => holds(topTokens, t)),
    topWant,
    topGot: topGot.slice(0, 90),
    figures: found + missed.length,
    figuresFound: found,
    missed,
  };
}

const scores: StoryScore[] = [];
// The root's own gold notes (a folder of stories, /work/digest-K) or those of its folders.
const hasGold = (dir: string) => readdirSync(dir).some((f) => f.endsWith('.gold.md'));
const folders = hasGold(root)
  ? ['.']
  : readdirSync(root)
      .sort()
      .filter((f) => statSync(join(root, f)).isDirectory());
for (const folder of folders) {
  const dir = join(root, folder);
  for (const f of readdirSync(dir).sort()) {
    const name = f.endsWith('.gold.md') ? f.slice(0, -'.gold.md'.length) : '';
    if (!name || (only.length > 0 && !only.includes(name))) continue;
    const s = await score(dir, name);
    scores.push(s);
    console.log(
      `${folder}/${name}: top ${s.top ? 'RIGHT' : 'wrong'} (want ${s.topWant.join('/') || '-'}; got ${s.topGot || '-'}) · key figures ${s.figuresFound}/${s.figures}${s.missed.length ? ` (missed ${s.missed.join(', ')})` : ''}`,
    );
  }
}
const tops = scores.filter((s) => s.top).length;
const figs = scores.reduce((n, s) => n + s.figuresFound, 0);
const all = scores.reduce((n, s) => n + s.figures, 0);
console.log(`TOTAL: top line ${tops}/${scores.length} · key figures ${figs}/${all}`);
