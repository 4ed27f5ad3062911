/**
 * npx tsx bench/subject-causes.ts [--keys X,Y] [--corpus ../shared/corpora/bbc] [--show cause,cause]
 *
 * Counts the wrong subjects of TRAIN claims keys by cause (claims-29, issue 20 §1), each figure once,
 * in this order:
 * - `not read`: no claim for the figure;
 * - `key not a name`: the key's subject has no capitalised word ("callers", "maternity pay");
 * - `place for a holder`: ours is a country or region (`isRegion`), the key's is not;
 * - `name, focus right`: ours a name of the sentence, the article's focus (thing or person) right;
 * - `name, other name right`: ours a name of the sentence, another of its names right;
 * - `name, no candidate right`;
 * - `focus wrong, name right`: ours resolved (the focus, the sentence before's opening name, or a
 *   chooser's pick), a name of the sentence right;
 * - `focus wrong, other resolved right`: the sentence before's opening name or the focus person;
 * - `focus wrong, no candidate right`;
 * - `phrase ...` and `silent ...` likewise;
 * With --show, prints each figure of the causes listed (or `all`) with its sentence.
 * Judged as bench/score-claims.ts judges a subject (bench/subject-right.ts).
 */
import { isRegion } from '../src/claims/places.js';
import { candidatesOf, keepCandidates } from '../src/claims/read.js';
import { FEATURES } from '../src/claims/subject-fit.js';
import { buildIndex } from '../src/index/build.js';
import { causeCounts, type KeyLabel, labelClaim, refuseHeld, spaced, trainLabels } from './claim-labels.js';
import { args, option } from './options.js';
import { subjectRight } from './subject-right.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const KEYS = option('keys', 'A,D,F,G,H,I,J,K,T,V,W,X,Y,Z').split(',');
const show = option('show', '').split(',').filter(Boolean);
refuseHeld(KEYS);

/** A claims key's label, with the field this script reads. */
interface Label extends KeyLabel {
  subject: string;
}

keepCandidates(true);
const index = await buildIndex(corpus, { warn: () => {} });
const feature = (name: (typeof FEATURES)[number]) => FEATURES.indexOf(name);

const { counts, add } = causeCounts();
for (const k of KEYS) {
  const labels = trainLabels<Label>(k);
  const seen = new Map<string, number>();
  for (const l of labels) {
    const { claim } = labelClaim(index, corpus, l, seen);
    add('all figures', k);
    if (!claim) {
      add('not read', k);
      continue;
    }
    if (subjectRight(l, claim)) {
      add(`right (${claim.subjectFrom})`, k);
      if (show.includes('every'))
        console.log(
          `${k} [${l.article}] ${l.figure}: right: key "${l.subject}", ours "${claim.subject.join(', ')}" (${claim.subjectFrom})`,
        );
      if (claim.subject.length > 0 && claim.subject.every((s) => isRegion(s)))
        add(`right, a place (${claim.subjectFrom})`, k);
      continue;
    }
    const candidates = (candidatesOf(claim) ?? []).filter((c) => c.subject.length > 0);
    const right = candidates.filter((c) => subjectRight(l, c));
    const isName = (c: (typeof candidates)[number]) =>
      (c.features[feature('in_sentence')] ?? 0) > 0 && c.from === 'named';
    const isFocus = (c: (typeof candidates)[number]) =>
      (c.features[feature('focus_thing')] ?? 0) > 0 || (c.features[feature('focus_person')] ?? 0) > 0;
    const ours = claim.subject;
    const from = claim.subjectFrom;
    let cause: string;
    if (!/\p{Lu}/u.test(l.subject)) cause = 'key not a name';
    else if (ours.length > 0 && ours.every((s) => isRegion(s)) && !isRegion(l.subject))
      cause = `place for a holder (${from})`;
    else {
      const what =
        right.length === 0
          ? 'no candidate right'
          : right.some(isName)
            ? 'a name right'
            : right.some(isFocus)
              ? 'focus right'
              : right.some((c) => c.from === 'phrase')
                ? 'a phrase right'
                : 'other resolved right';
      cause = `${from === 'none' ? 'silent' : from}, ${what}`;
    }
    add(cause, k);
    // Where the right name stands against ours, for a wrong name of the sentence.
    if (cause === 'named, a name right' && args.includes('--where')) {
      const f = (c: (typeof candidates)[number], n: (typeof FEATURES)[number]) =>
        (c.features[feature(n)] ?? 0) > 0;
      const mine = candidates.find((c) => c.subject.join(' ') === ours.join(' '));
      const good = right.find(isName);
      if (mine && good)
        add(
          `  where: right ${f(good, 'before') ? 'before' : 'after'}${f(good, 'opens_sentence') ? ' opens' : ''}${f(good, 'verb_after') ? ' +verb' : ''}; ours ${f(mine, 'before') ? 'before' : 'after'}${f(mine, 'possessive') ? ' possessive' : ''}${f(mine, 'after_preposition') ? ' after-prep' : ''}${f(mine, 'nearest_before') ? ' nearest' : ''}`,
          k,
        );
    }
    if (show.includes('every') || show.includes('all') || show.some((s) => cause.startsWith(s)))
      console.log(
        `${k} [${l.article}] ${l.figure}: ${cause}: key "${l.subject}", ours "${ours.join(', ')}" (${from}); right: ${right.map((c) => c.subject.join('+')).join(' | ')}\n    ${spaced(l.sentence).slice(0, 240)}`,
      );
  }
}
const causes = [...counts.keys()].sort();
console.log(`${'cause'.padEnd(40)} ${'all'.padStart(5)}  ${KEYS.map((k) => k.padStart(4)).join('')}`);
for (const cause of causes) {
  const byKey = counts.get(cause) ?? new Map<string, number>();
  const total = [...byKey.values()].reduce((a, b) => a + b, 0);
  console.log(
    `${cause.padEnd(40)} ${String(total).padStart(5)}  ${KEYS.map((k) => String(byKey.get(k) ?? 0).padStart(4)).join('')}`,
  );
}
