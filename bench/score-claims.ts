/**
 * npx tsx bench/score-claims.ts [--key bench/keys/claims.json] [--corpus ../shared/corpora/bbc]
 *   [--part train|held-out|all] [--verbose [--sentences]] [--names wink|compromise|compromise-only]
 *
 * Scores the claims layer (src/claims/read.ts) against a key of figures labelled by hand from the
 * articles alone. Each labelled figure is found in the fact of its article that holds its sentence
 * (or that its sentence holds, or that shares most of its words), then in the claim whose quantity
 * span overlaps it; a figure with no such fact or claim is "not read" and counts wrong for every
 * field. Fields: read, value, also, subject, measure, moment, modality (see the checks below).
 * A figure no FigureClaim reads that the claims layer reads as a match's result (`scoreClaimsOf`,
 * src/claims/scores.ts: "beat X 6-1 6-4") is scored on that result (claims-30; before, every score
 * was "not read" though the layer reads it): read; value when the key labels a score (no amount,
 * measure `other:score`) and the score as written holds the figure; subject right when the key's is
 * one of the sides it names (a result is both sides'); measure when the key says `other:score`;
 * moment and modality as for any claim. `--no-scores` scores as before.
 * Parts: a figure is held out when the number of its article id is divisible by 3; tune on `train`,
 * report `held-out`. With --verbose, each wrong field of each figure of the part is printed.
 */
import { readFileSync } from 'node:fs';
import { claimsOf, type FigureClaim } from '../src/claims/read.js';
import { type ScoreClaim, scoreClaimsOf } from '../src/claims/scores.js';
import type { Fact } from '../src/facts/types.js';
import { buildIndex } from '../src/index/build.js';
import { factOf, findFigure, spaced, words } from './claim-labels.js';
import { args, option } from './options.js';
import { subjectRight, subjectRight16 } from './subject-right.js';

/**
 * Our concept names (src/index/vocabulary.json) -> the key's measures each may stand for. A label
 * whose measure no concept maps to ("count", "age", "duration", "poll share", "other:...") cannot be
 * expressed: for it, a claim with no measure counts right in the "measure" row and it is left out
 * of the "measure (expressible labels only)" row. `growth` and `decline` also stand for any label
 * with `change` true (see CHANGE_CONCEPTS).
 */
const MEASURES: Record<string, string[]> = {
  revenue: ['revenue', 'box office'],
  profit: ['profit', 'pre-tax profit'],
  loss: ['loss'],
  debt: ['debt'],
  jobs: ['jobs cut', 'jobs created', 'employees'],
  customers: ['users', 'audience'],
  'share price': ['share price', 'share price change'],
  growth: ['rate'],
  decline: ['rate'],
  budget: ['budget', 'spending'],
  price: ['price', 'cost'],
  fine: ['fine', 'settlement', 'damages', 'compensation'],
  lawsuit: ['settlement', 'damages', 'compensation'],
  salary: ['salary', 'bonus', 'earnings', 'other:earnings'],
  offer: ['offer'],
  investment: ['investment', 'payment'],
  acquisition: ['payment'],
  stake: ['stake'],
  'market share': ['market share'],
  deal: ['payment', 'offer'],
  payment: ['payment', 'compensation', 'settlement'],
  dividend: ['dividend'],
  donations: ['other:donations'],
  wealth: ['other:personal wealth'],
  'box office': ['box office'],
  unemployment: ['rate', 'unemployment rate'],
  unemployed: ['unemployed', 'other:unemployed'],
  aid: ['spending', 'budget'],
  valuation: ['valuation'],
  'interest rates': ['rate'],
};
const CHANGE_CONCEPTS = new Set(['growth', 'decline']);
const EXPRESSIBLE = new Set(Object.values(MEASURES).flat());
const EXPRESSIBLE_ROW = 'measure (expressible labels only)';
const OLD_SUBJECT_ROW = 'subject (as scored before: 3+ letters)';

const keyPath = option('key', 'bench/keys/claims.json');
const corpus = option('corpus', '../shared/corpora/bbc');
const part = option('part', 'train');
const verbose = args.includes('--verbose');
/** --sentences (with --verbose): print each figure's sentence above its wrong fields. */
const sentences = args.includes('--sentences');
/** --no-scores: leave the layer's score claims out, as the scorer did before claims-30. */
const withScores = !args.includes('--no-scores');

/** The fields of a labelled figure that are scored (the key has more: qualifier, subject_words...). */
interface Label {
  article: string;
  /** The sentence, read from the article at `at` ([start, length] in its file). */
  sentence: string;
  /**
   * Where the sentence stands in the article's file, [start, length]: the key quotes no article
   * text (BBC copyright), so the sentence is read from the corpus when the key is scored.
   */
  at?: [number, number];
  figure: string;
  /** Null for a score ("6-1"): the key gives no amount. */
  amount: number | null;
  unit: string;
  also: string[];
  subject: string;
  measure: string;
  change: boolean;
  moment: string;
  moment_norm: string;
  modality: string;
}
const key = JSON.parse(readFileSync(keyPath, 'utf8')) as { figures: Label[] };
for (const l of key.figures)
  if (l.at && !l.sentence)
    l.sentence = readFileSync(`${corpus}/${l.article}.txt`, 'utf8').slice(l.at[0], l.at[0] + l.at[1]);
const heldOut = (l: Label) => Number(/\d+/.exec(l.article)?.[0] ?? 0) % 3 === 0;
const labels = key.figures.filter((l) => part === 'all' || (part === 'held-out') === heldOut(l));

const index = await buildIndex(corpus, { warn: () => {} });

/**
 * --names compromise|compromise-only: an experiment, not the bot's reading. The names of each fact
 * are wink-nlp's (the index's) joined with, or replaced by, the people, organisations and places
 * the `compromise` library finds (it must be installed: it is not a dependency). Prints what
 * compromise cost: loading it and reading a sentence.
 */
const namesFrom = option('names', 'wink');
if (namesFrom.startsWith('compromise')) {
  const { createRequire } = await import('node:module');
  const started = performance.now();
  const nlp = createRequire(import.meta.url)('compromise') as (text: string) => {
    topics(): { out(format: 'array'): string[] };
  };
  const loaded = performance.now() - started;
  const wink = index.entitiesOf.bind(index);
  const read = new Map<Fact, string[]>();
  let spent = 0;
  index.entitiesOf = (fact: Fact) => {
    let names = read.get(fact);
    if (!names) {
      const t = performance.now();
      const found = nlp(fact.text)
        .topics()
        .out('array')
        .map((n) => n.replace(/['’]s$|[,.;:!?'"’]+$/u, '').trim())
        .filter((n) => n.length > 1);
      spent += performance.now() - t;
      names = namesFrom === 'compromise-only' ? found : [...new Set([...wink(fact), ...found])];
      read.set(fact, names);
    }
    return names;
  };
  process.on('exit', () =>
    console.log(
      `compromise: loaded in ${loaded.toFixed(0)} ms; ${read.size} sentences read in ${spent.toFixed(0)} ms (${(spent / Math.max(1, read.size)).toFixed(2)} ms each)`,
    ),
  );
}

function valueRight(l: Label, c: FigureClaim): boolean {
  const q = c.quantity;
  if (l.amount === null) return false;
  const close = Math.abs(q.value - l.amount) <= Math.abs(l.amount) * 0.005;
  // Money: the same currency code; "%": a percent; "count": a count. Units we have no kind for are
  // read as a count of a noun: "points" (percentage points, or a score: "28 points") a percent or
  // a count of points; durations ("years", "months", "days") a count of that noun ("25 years");
  // "other" ("15 million tonnes") a count of any noun.
  if (!close) return false;
  if (/^[A-Z]{3}$/.test(l.unit)) return q.kind === 'money' && q.currency === l.unit;
  if (l.unit === '%' || l.unit === 'count') return q.kind === (l.unit === '%' ? 'percent' : 'count');
  if (l.unit === 'points' && q.kind === 'percent') return true;
  const noun = q.kind === 'count' ? (q.unit ?? '') : '';
  return l.unit === 'other' ? noun !== '' : noun.startsWith(l.unit.replace(/s$/, ''));
}

const squash = (t: string) => t.toLowerCase().replace(/[\s,]/g, '');
/** The claim's conversions cover the label's: as many, each label one written in one of ours. */
const alsoRight = (l: Label, c: FigureClaim) =>
  c.also.length === l.also.length &&
  l.also.every((a) =>
    c.also.some((q) => squash(q.text).includes(squash(a)) || squash(a).includes(squash(q.text))),
  );

const COUNTRY_ROW = 'subject (as scored before session 17)';

function measureRight(l: Label, c: FigureClaim): boolean {
  const name = c.measure?.name;
  if (!name) return !EXPRESSIBLE.has(l.measure) && !l.change;
  if (CHANGE_CONCEPTS.has(name) && l.change) return true;
  return (MEASURES[name] ?? []).includes(l.measure);
}

// The BBC corpus has no dates: a moment's order then counts from the year 0 and "future" is told
// from years after this one (its stories are from 2004-05).
const CORPUS_YEAR = 2005;
const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Date(2000, i).toLocaleString('en', { month: 'long' }).toLowerCase(),
);
/** Our keys for the key's moments relative to the article's date (`published`, 0 when undated). */
const RELATIVE: Record<string, (ours: string, published: number) => boolean> = {
  'previous-year': (ours) => ours === 'year-1',
  'current-year': (ours, published) => ours === 'year' || (published > 0 && ours === String(published)),
  'next-year': (ours) => ours === 'year+1',
  'previous-quarter': (ours) => ours === 'quarter-1' || /^q\d$/.test(ours),
  'previous-month': (ours) =>
    ours === 'month-1' || MONTHS.some((m) => new RegExp(`^(?:\\D+ )?${m}$`).test(ours)),
  future: (ours, published) =>
    /\+1$/.test(ours) || ours === 'later' || Number(ours) > (published || CORPUS_YEAR),
  'before-event': (ours) => ours === 'earlier' || ours.startsWith('the '),
  'after-event': (ours) => ours === 'later' || ours.startsWith('the '),
};
/**
 * The key's moment_norm against our moment key, leniently where the two say the same: "2004" is
 * "2004" (or "year"/"year-1"/"year+1" when the article's date makes it so); "2004-Q3" is "q32004" or
 * "q3", "2004-H2" "h22004" or "h2"; "2004-12" is "2004 december" or "december" with any leading word
 * ("last december"); previous-year is "year-1" ("last year", "a year earlier"); current-year "year";
 * next-year "year+1"; previous-quarter "quarter-1" or a quarter without a year; previous-month
 * "month-1" or a month without a year; future a later year, "...+1" or "later"; before-event /
 * after-event "earlier" / "later" or the deal named ("the offer").
 */
function momentRight(l: Label, c: FigureClaim): boolean {
  const norm = l.moment_norm;
  const ours = c.moment?.key ?? '';
  if (norm === '' || ours === '') return norm === ours;
  const published = Number(/^\d{4}/.exec(index.article(l.article)?.published ?? '')?.[0] ?? 0);
  const year = /^(\d{4})$/.exec(norm)?.[1];
  if (year) {
    const shift = { year: 0, 'year-1': -1, 'year+1': 1 }[ours];
    return ours === year || (published > 0 && shift !== undefined && published + shift === Number(year));
  }
  const [, y, span, n] = /^(\d{4})-([QH])(\d)$/.exec(norm) ?? [];
  if (span) return ours === `${span.toLowerCase()}${n}${y}` || ours === `${span.toLowerCase()}${n}`;
  const month = /^(\d{4})-(\d\d)$/.exec(norm);
  if (month) {
    const name = MONTHS[Number(month[2]) - 1] ?? '?';
    return ours === `${month[1]} ${name}` || new RegExp(`^(?:\\D+ )?${name}$`).test(ours);
  }
  return RELATIVE[norm]?.(ours, published) ?? false;
}

const rows = new Map<string, { right: number; total: number }>();
const count = (row: string, ok: boolean) => {
  const r = rows.get(row) ?? { right: 0, total: 0 };
  r.total++;
  if (ok) r.right++;
  rows.set(row, r);
};
const seen = new Map<string, number>();
let withAlso = 0;
let scored = 0;
for (const l of labels) {
  const where = factOf(index, l);
  const nth = seen.get(`${l.article}|${l.sentence}|${l.figure}`) ?? 0;
  seen.set(`${l.article}|${l.sentence}|${l.figure}`, nth + 1);
  let claim: FigureClaim | undefined;
  let score: ScoreClaim | undefined;
  if (where) {
    const at = findFigure(where.fact.text, l.figure, where.at, nth);
    const end = at + l.figure.length;
    const claims = claimsOf(index, where.fact);
    claim = at < 0 ? undefined : claims.find((c) => c.quantity.start < end && c.quantity.end > at);
    if (!claim && at >= 0 && withScores)
      score = scoreClaimsOf(index, l.article).find(
        (s) => s.fact === where.fact && s.start < end && s.end > at,
      );
  }
  if (score) {
    // A match's result the layer reads (see the header): scored on its own fields.
    scored++;
    const s = score;
    // A result is both sides' claim: the key names the side its sentence tells of, winner or not.
    const sides = s.sides.names;
    const wrong = (field: string, ok: boolean, ours: string) => {
      count(field, ok);
      if (verbose && !ok) {
        if (sentences) console.log(`  | ${spaced(l.sentence)}`);
        console.log(
          `✗ [${l.article}] ${l.figure}: ${field}: key ${(l as unknown as Record<string, unknown>)[field === 'value' ? 'amount' : field]}, ours ${ours} (score claim "${s.figure}")`,
        );
      }
    };
    count('read', true);
    wrong(
      'value',
      l.amount === null &&
        l.measure === 'other:score' &&
        (s.figure.includes(l.figure) || l.figure.includes(s.figure)),
      s.value,
    );
    if (l.also.length > 0) {
      withAlso++;
      count('also', false);
    }
    const subject = sides.length > 0 && subjectRight(l, { subject: sides });
    wrong('subject', subject, sides.join(' v ') || '-');
    count(COUNTRY_ROW, sides.length > 0 && subjectRight16(l, { subject: sides }));
    count(OLD_SUBJECT_ROW, subject);
    wrong('measure', l.measure === 'other:score', 'score');
    if (EXPRESSIBLE.has(l.measure) || l.change) count(EXPRESSIBLE_ROW, false);
    wrong('moment', momentRight(l, { moment: s.moment } as FigureClaim), s.moment?.key ?? '-');
    wrong('modality', s.modality === l.modality, s.modality);
    continue;
  }
  const ours = (field: string) => {
    if (!claim) return 'not read';
    const q = claim.quantity;
    return {
      value: `${q.value} ${q.currency ?? q.kind}${q.unit ? ` (${q.unit})` : ''} "${q.text}"`,
      also: claim.also.map((a) => a.text).join('; '),
      subject: `${claim.subject.join(', ')} (${claim.subjectFrom})`,
      measure: claim.measure?.name ?? '-',
      moment: claim.moment ? `${claim.moment.key} ("${claim.moment.text}")` : '-',
      modality: claim.modality,
    }[field];
  };
  const theirs: Record<string, string> = {
    value: `${l.amount} ${l.unit}`,
    also: l.also.join('; '),
    subject: l.subject,
    measure: `${l.measure}${l.change ? ' (change)' : ''}`,
    moment: `${l.moment_norm || '-'} ("${l.moment}")`,
    modality: l.modality,
  };
  let shown = false;
  const check = (field: string, ok: boolean, row = field) => {
    count(row, ok);
    if (verbose && !ok && (claim || field === 'read')) {
      if (sentences && !shown) console.log(`  | ${spaced(l.sentence)}`);
      shown = true;
      console.log(
        `✗ [${l.article}] ${l.figure}: ${field}: key ${theirs[field] ?? 'read'}, ours ${ours(field) ?? '?'}`,
      );
    }
  };
  check('read', claim !== undefined);
  check('value', claim !== undefined && valueRight(l, claim));
  if (l.also.length > 0) {
    withAlso++;
    check('also', claim !== undefined && alsoRight(l, claim));
  }
  check('subject', claim !== undefined && subjectRight(l, claim));
  count(COUNTRY_ROW, claim !== undefined && subjectRight16(l, claim));
  // The subject as scored before abbreviations counted (words of three letters or more), for
  // comparison with figures reported before.
  count(
    OLD_SUBJECT_ROW,
    claim !== undefined &&
      words(l.subject).some(
        (w) => w.length > 2 && w !== 'the' && claim.subject.join(' ').toLowerCase().includes(w),
      ),
  );
  const measure = claim !== undefined && measureRight(l, claim);
  check('measure', measure);
  if (EXPRESSIBLE.has(l.measure) || l.change) count(EXPRESSIBLE_ROW, measure);
  check('moment', claim !== undefined && momentRight(l, claim));
  check('modality', claim !== undefined && claim.modality === l.modality);
}

console.log(
  `claims (${part}): ${labels.length} labelled figures, ${withAlso} with conversions (also), ${scored} read as a match's result`,
);
for (const row of [
  'read',
  'value',
  'also',
  'subject',
  COUNTRY_ROW,
  OLD_SUBJECT_ROW,
  'measure',
  EXPRESSIBLE_ROW,
  'moment',
  'modality',
]) {
  const r = rows.get(row) ?? { right: 0, total: 0 };
  const pct = r.total ? ((100 * r.right) / r.total).toFixed(1) : '-';
  console.log(`  ${row.padEnd(36)} ${`${r.right}/${r.total}`.padStart(9)}  ${pct.padStart(5)}%`);
}
