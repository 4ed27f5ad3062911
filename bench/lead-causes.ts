/**
 * npx tsx bench/lead-causes.ts [--keys N,H] [--verbose]
 *
 * Where each TRAIN answerable question's answer stands in its story, and why the headline and lead
 * questions miss (issue 21, lead-19). A question's place: `headline` when the key's `match` is in its
 * story's headline, `lead` when the first sentence of its story that matches is one of the first
 * three, `later` otherwise, `none` when no sentence of its story matches (the story: `story`, else the
 * expectation's first source). Prints first / top 3 / short right / shown / bold per key and place,
 * then, for the questions whose first fact is not right, one cause each:
 * - `no sentence`: no sentence of the key's sources matches (the headline alone holds it);
 * - `same article`: the first fact is another sentence of an article the key cites;
 * - `follow-up`: the first fact is of an article the key does not cite whose headline shares at
 *   least half of the story headline's stems (a follow-up or near-duplicate of the same story);
 * - `other story`: any other article.
 * and for those with the right first fact but a wrong or no short answer, `short wrong` / `short
 * withheld`. --verbose prints one line per question counted (TRAIN only; never run it on HELD OUT).
 */
import { answerQuery } from '../src/answer/answer.js';
import { stemsOf } from '../src/facts/terms.js';
import { buildIndex } from '../src/index/build.js';
import { line, type Outcome, outcome, summarize } from './eval-answers.js';
import { allKeys } from './keys.js';

/** Where an answer stands in its story: its headline, its lead (first three sentences), later, or nowhere. */
export type Place = 'headline' | 'lead' | 'later' | 'none';

/**
 * The place of an answer in its story: `headline` when a pattern matches the headline, else `lead`
 * when the first sentence that matches is one of the first `leadSentences` (default 3), `later` when
 * another matches, `none` when none does. Pure.
 */
export function placeOf(
  title: string,
  sentences: readonly string[],
  patterns: readonly RegExp[],
  leadSentences = 3,
): Place {
  if (patterns.some((re) => re.test(title))) return 'headline';
  const at = sentences.findIndex((text) => patterns.some((re) => re.test(text)));
  return at < 0 ? 'none' : at < leadSentences ? 'lead' : 'later';
}

/** The share of `a`'s stems that `b` holds (0 when `a` is empty). Pure. */
export function sharedShare(a: readonly string[], b: readonly string[]): number {
  const set = new Set(b);
  return a.length === 0 ? 0 : a.filter((s) => set.has(s)).length / a.length;
}

/** What the first fact of a missed question was (see the header), or undefined when it was right. */
export interface Missed {
  /** The rank of the right fact (0 first), -1 when not among the facts. */
  rank: number;
  shown: boolean;
  shortRight: boolean;
  /** Some sentence of the cited articles matches the key. */
  gold: boolean;
  /** The articles the first fact cites (none when there is no fact). */
  firstIds: readonly string[];
  /** The articles the key cites. */
  sources: ReadonlySet<string>;
  /** The share of the story headline's stems that the first fact's best headline holds. */
  titleShare: number;
  /** From this share up, another article counts as a follow-up of the story (default 0.5). */
  followUp?: number;
}

/** Why a question's first fact or short answer is not right, by the causes of the header; undefined when both are. Pure. */
export function causeOf(m: Missed): string | undefined {
  if (m.rank === 0) return m.shortRight ? undefined : m.shown ? 'short wrong' : 'short withheld';
  if (!m.gold) return 'no sentence';
  if (m.firstIds.length === 0) return 'no facts';
  if (m.firstIds.some((id) => m.sources.has(id))) return 'same article';
  return m.titleShare >= (m.followUp ?? 0.5) ? 'follow-up' : 'other story';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const keys = opt('keys', 'N,H').split(',');
  const verbose = args.includes('--verbose');

  const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });
  const placed: Array<{ key: string; place: Place; o: Outcome }> = [];
  const counts = new Map<string, number>();
  const count = (cause: string) => counts.set(cause, (counts.get(cause) ?? 0) + 1);
  for (const q of allKeys()) {
    if (q.split !== 'train' || q.empty || !keys.includes(q.key)) continue;
    const story = q.story ?? [q.expect[0]?.source ?? []].flat()[0] ?? '';
    const res = q.expect.map((e) => new RegExp(e.match, 'i'));
    const title = index.article(story)?.title ?? '';
    const place = placeOf(
      title,
      index.factsOf(story).map((f) => f.text),
      res,
    );
    const a = answerQuery(index, q.query);
    const o = outcome(q, a);
    placed.push({ key: q.key, place, o });
    if (place === 'later' || place === 'none') continue;
    const sources = new Set(q.expect.flatMap((e) => [e.source].flat()));
    const first = a.facts[0];
    const firstIds = first?.citations.map((c) => c.id) ?? [];
    const storyTitle = [...new Set(stemsOf(title))];
    const cause = causeOf({
      rank: o.rank,
      shown: o.shown,
      shortRight: o.shortRight,
      gold: [...sources].some((id) => index.factsOf(id).some((f) => res.some((re) => re.test(f.text)))),
      firstIds,
      sources,
      titleShare: Math.max(0, ...firstIds.map((id) => sharedShare(storyTitle, index.titleStemsOf(id)))),
    });
    if (!cause) continue;
    const where =
      o.rank > 0 ? ' (right lower)' : o.rank < 0 && cause !== 'short wrong' ? ' (right not shown)' : '';
    count(`${place} ${cause}${where}`);
    if (verbose)
      console.log(
        `${place.padEnd(8)} ${`${cause}${o.rank > 0 ? ` (right at ${o.rank + 1})` : where}`.padEnd(34)} [${q.key}] ${q.query}\n    ${story}: ${title}\n    first ${firstIds.join(',')}: ${first?.text.slice(0, 140) ?? ''}\n    short: ${a.answer?.text ?? '-'}`,
      );
  }
  for (const key of keys)
    for (const place of ['headline', 'lead', 'later', 'none'])
      console.log(
        line(
          `${key} ${place}`,
          summarize(placed.filter((p) => p.key === key && p.place === place).map((p) => p.o)),
        ),
      );
  for (const place of ['headline', 'lead', 'later'])
    console.log(line(`all ${place}`, summarize(placed.filter((p) => p.place === place).map((p) => p.o))));
  console.log(line('all', summarize(placed.map((p) => p.o))));
  for (const [cause, n] of [...counts].sort()) console.log(`${String(n).padStart(4)}  ${cause}`);
}
