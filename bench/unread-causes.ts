/**
 * npx tsx bench/unread-causes.ts [--keys X,Y] [--corpus ../shared/corpora/bbc] [--show CAUSE|all]
 *
 * The labelled figures of TRAIN claims keys that no claim reads (claims-30, issue 20 §1), each
 * counted once by cause, in this order:
 * - `no fact`: the figure's sentence is the headline or no fact holds it (factOf);
 * - `not in fact`: the fact holds no text matching the figure;
 * - `read, no claim`: a quantity of the fact covers it but claimsOf makes no claim of it (a year);
 * - `a match's result`: no FigureClaim, but the layer reads it as a score (`scoreClaimsOf`), which
 *   bench/score-claims.ts scores since claims-30;
 * - else the form the number is written in: `score` ("6-1", "7-6 (7-4)"), `odds` ("9/4", "5-2
 *   favourite"), `ordinal` ("20th", "fourth"), `vague` ("thousands", "millions"), `word` (a number
 *   in words, "one", "six times"), `fraction` ("a quarter", "two-thirds"), `age` ("at 50"), `digits`
 *   (the rest: a number the quantity reader leaves alone).
 * With --show, prints each figure of the causes listed (or `all`) with its sentence.
 */
import { scoreClaimsOf } from '../src/claims/scores.js';
import { buildIndex } from '../src/index/build.js';
import {
  causeCounts,
  findFigure,
  type KeyLabel,
  labelClaim,
  refuseHeld,
  spaced,
  trainLabels,
} from './claim-labels.js';
import { option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const KEYS = option('keys', 'A,D,F,G,H,I,J,K,T,V,W,X,Y,Z').split(',');
const show = option('show', '').split(',').filter(Boolean);
refuseHeld(KEYS);

interface Label extends KeyLabel {
  measure: string;
}

const index = await buildIndex(corpus, { warn: () => {} });

/** The form a figure is written in, from its own text and the words around it in the sentence. */
function formOf(l: Label): string {
  const f = l.figure;
  if (/odds/.test(l.measure)) return 'odds';
  if (/score/.test(l.measure) || /^\d+-\d+(?:[\s(]|$)/.test(f)) return 'score';
  if (/^\d+\/\d+$/.test(f)) return 'odds';
  if (/\d(?:st|nd|rd|th)\b|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i.test(f))
    return 'ordinal';
  if (/^(?:thousands|millions|hundreds|dozens|billions)$/i.test(f)) return 'vague';
  if (/quarter|third|half|fifth/i.test(f)) return 'fraction';
  if (l.measure === 'age') return 'age';
  if (/^[^\d]*$/.test(f)) return 'word';
  return 'digits';
}

const { counts, add } = causeCounts();
for (const k of KEYS) {
  const labels = trainLabels<Label>(k);
  const seen = new Map<string, number>();
  for (const l of labels) {
    const { where, claim } = labelClaim(index, corpus, l, seen);
    add('all figures', k);
    if (claim) continue;
    let cause: string;
    if (!where) cause = 'no fact';
    else {
      const at = findFigure(where.fact.text, l.figure, where.at, 0);
      const end = at + l.figure.length;
      if (at < 0) cause = 'not in fact';
      else if (
        scoreClaimsOf(index, l.article).some((s) => s.fact === where.fact && s.start < end && s.end > at)
      )
        cause = "a match's result";
      else if (where.fact.quantities.some((q) => q.start < end && q.end > at))
        cause = `read, no claim (${where.fact.quantities.find((q) => q.start < end && q.end > at)?.kind})`;
      else cause = formOf(l);
    }
    add(cause, k);
    if (show.includes('all') || show.some((s) => cause.startsWith(s)))
      console.log(`${cause}: [${k} ${l.article}] ${l.figure} (${l.measure})\n  | ${spaced(l.sentence)}`);
  }
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const rows = [...counts].sort((a, b) => total(b[1]) - total(a[1]));
console.log(`${`cause`.padEnd(28)}all  ${KEYS.map((k) => k.padStart(4)).join('')}`);
for (const [cause, byKey] of rows)
  console.log(
    cause.padEnd(28) +
      String(total(byKey)).padStart(4) +
      ' ' +
      KEYS.map((k) => String(byKey.get(k) ?? 0).padStart(4)).join(''),
  );
