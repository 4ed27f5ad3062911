/**
 * Shared by bench/untyped-measures.ts and bench/head-nouns.ts: a question.ts reading switched off and
 * on, TRAIN questions answered both ways (`compareToggle`).
 */
import { writeFileSync } from 'node:fs';
import { answerQuery } from '../src/answer/answer.js';
import { readQuestion } from '../src/answer/question.js';
import { buildIndex } from '../src/index/build.js';
import { type Outcome, outcome } from './eval-answers.js';
import { allKeys } from './keys.js';

/**
 * One reading of questions switched off and on (`toggle`, a question.ts switch such as
 * `useUnmarkedMeasures` or `useHeadNouns`): each TRAIN question whose reading the switch may change
 * (as asked, or with its first letters capital as the casing may give them) is answered both ways;
 * printed per key, before -> after: first, top 3, short right, shown, wrong shown, unanswerable silent
 * and shown, bold (right). Flags: --keys K,L|all (default `defaultKeys`), --verbose (each question
 * whose outcome moved), --dump FILE. TRAIN only (never HELD OUT). The switch is left on.
 */
export async function compareToggle(toggle: (on: boolean) => void, defaultKeys: string): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string, fallback: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
  };
  const keys = opt('keys', defaultKeys).split(',');
  const verbose = args.includes('--verbose');
  const dump = opt('dump', '');
  const index = await buildIndex('../shared/corpora/bbc', { warn: () => {} }, { cacheDir: '.cache' });

  const capital = (q: string) =>
    q.replace(/(^|\s)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase());
  const read = (q: string, on: boolean) => {
    toggle(on);
    return JSON.stringify(readQuestion(q));
  };
  const mayChange = (q: string) =>
    read(q, false) !== read(q, true) || read(capital(q), false) !== read(capital(q), true);

  interface Tally {
    n: number;
    first: number;
    top3: number;
    right: number;
    shown: number;
    empty: number;
    silent: number;
    emptyShown: number;
    typed: number;
    bold: number;
    boldRight: number;
  }
  const zero = (): Tally => ({
    n: 0,
    first: 0,
    top3: 0,
    right: 0,
    shown: 0,
    empty: 0,
    silent: 0,
    emptyShown: 0,
    typed: 0,
    bold: 0,
    boldRight: 0,
  });
  const add = (t: Tally, o: Outcome) => {
    if (o.q.empty) {
      t.empty++;
      if (o.silent) t.silent++;
      if (o.shown) t.emptyShown++;
      return;
    }
    t.n++;
    if (o.rank === 0) t.first++;
    if (o.rank >= 0 && o.rank < 3) t.top3++;
    if (o.shortRight) t.right++;
    if (o.shown) t.shown++;
    if (o.sure) t.bold++;
    if (o.sure && o.shortRight) t.boldRight++;
  };
  const tallies = new Map<string, [Tally, Tally]>();
  const lines: string[] = [];
  for (const q of allKeys()) {
    if (q.split !== 'train') continue;
    const key = q.key.startsWith('questions.own') ? 'own' : q.key;
    if (!keys.includes(key) && !keys.includes('all')) continue;
    if (!mayChange(q.query)) continue;
    toggle(false);
    const before = outcome(q, answerQuery(index, q.query));
    toggle(true);
    const answer = answerQuery(index, q.query);
    const after = outcome(q, answer);
    const [b, a] = tallies.get(key) ?? [zero(), zero()];
    tallies.set(key, [b, a]);
    add(b, before);
    add(a, after);
    if (
      before.rank !== after.rank ||
      before.shown !== after.shown ||
      before.shortRight !== after.shortRight ||
      before.silent !== after.silent
    )
      a.typed++;
    const line = `${key}\t${q.empty ? 'EMPTY' : (q.form ?? '')}\t${q.query}\trank ${before.rank} -> ${after.rank}\tshort ${before.shown ? (before.shortRight ? 'right' : 'wrong') : '-'} -> ${after.shown ? (after.shortRight ? 'right' : 'wrong') : '-'}\t${answer.answer?.text ?? ''}${answer.answer?.sure ? ' (bold)' : ''}${q.empty ? `\tsilent ${before.silent} -> ${after.silent}\t${answer.note ?? ''} (${answer.facts.length} facts)` : ''}`;
    lines.push(line);
    if (verbose) console.log(line);
  }
  toggle(true);
  const row = (k: string, [b, a]: [Tally, Tally]) =>
    `${k.padEnd(5)} n ${b.n} first ${b.first} -> ${a.first}, top3 ${b.top3} -> ${a.top3}, short right ${b.right} -> ${a.right}, shown ${b.shown} -> ${a.shown} (wrong ${b.shown - b.right} -> ${a.shown - a.right}); unanswerable ${b.empty}: silent ${b.silent} -> ${a.silent}, shown ${b.emptyShown} -> ${a.emptyShown}; bold ${b.bold} (${b.boldRight} right) -> ${a.bold} (${a.boldRight}); moved ${a.typed}`;
  const total: [Tally, Tally] = [zero(), zero()];
  for (const [k, [b, a]] of [...tallies].sort()) {
    console.log(row(k, [b, a]));
    for (const f of Object.keys(b) as (keyof Tally)[]) {
      total[0][f] += b[f];
      total[1][f] += a[f];
    }
  }
  console.log(row('all', total));
  if (dump) writeFileSync(dump, `${lines.join('\n')}\n`);
}
