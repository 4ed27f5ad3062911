/**
 * npx tsx bench/verdict-dump.ts [--keys train] [--corpus ../shared/corpora/bbc] [--out /tmp/verdicts.jsonl]
 *
 * Dumps, for every labelled figure of the TRAIN drafts keys (`bench/keys/drafts.json` train part,
 * drafts-C ... drafts-R whole; `--keys C,D,...` for some, `train` for all), what the draft check
 * already computes for it and the key's verdict, one JSON line a figure: the features of
 * `src/check/verdicts.ts` (`verdictFeatures`: the rules' verdict, the figure's kind, whether a
 * measure and a subject were read, for its coverage values by relation how many values and
 * articles, the best alignment of each relation's sentences with the draft's, the nearest
 * ruling-out value's |log ratio|), read from the check with its rules' verdicts (`verdictModel:
 * null`). `right` says whether the check's verdict is right as `score-drafts.ts`
 * scores it; `contraShown` whether, were it Contradicted, the key's coverage value would be among
 * the values shown (`contradicting`: those that rule it out or are in another unit). `bench/verdict-fit.ts` fits on the dump.
 * `--shipped` scores the check as it ships, the model's verdicts (fitted on these keys: in sample).
 * Items are written to the file, never printed: a transfer key's items are not to be read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { checkDraft } from '../src/check/check.js';
import { contradicting, verdictFeatures } from '../src/check/verdicts.js';
import { buildIndex } from '../src/index/build.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { args, option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const out = option('out', '/tmp/verdicts.jsonl');
const wanted = option('keys', 'train');
/** `--shipped`: the check with its shipped verdict model (to score it; the dump is then not for fitting). */
const shipped = args.includes('--shipped');
const ALL = ['train', ...'CDEFGHIJKLMNOPQR'.split('')];
const keys = wanted === 'train' ? ALL : wanted.split(',');

interface Labelled {
  figure: string;
  verdict: 'Supported' | 'Contradicted' | 'NotFound';
  kind?: 'changed' | 'confused';
  coverage?: string;
}
interface Draft {
  story: string;
  text: string;
  figures: Labelled[];
}

/** One labelled figure: the key's verdict, the check's, and the features the check computes. */
export interface VerdictRow {
  key: string;
  label: 'supported' | 'contradicted' | 'not found';
  kind: 'changed' | 'confused' | '';
  read: boolean;
  verdict: string;
  right: boolean;
  contraShown: boolean;
  features: Record<string, number>;
}

const VERDICT = { Supported: 'supported', Contradicted: 'contradicted', NotFound: 'not found' } as const;
const vocabulary = defaultVocabulary();
const index = await buildIndex(corpus, { warn: () => {} });

const rows: VerdictRow[] = [];
for (const k of keys) {
  const path = k === 'train' ? 'bench/keys/drafts.json' : `bench/keys/drafts-${k}.json`;
  const key = JSON.parse(readFileSync(path, 'utf8')) as { drafts: Draft[] };
  const heldOut = (d: Draft) => Number(/\d+/.exec(d.story)?.[0] ?? 0) % 3 === 0;
  const drafts = k === 'train' ? key.drafts.filter((d) => !heldOut(d)) : key.drafts;
  for (const draft of drafts) {
    const result = checkDraft(
      index,
      draft.text,
      shipped ? { vocabulary } : { vocabulary, verdictModel: null },
    );
    for (const f of draft.figures) {
      const at = draft.text.indexOf(f.figure);
      const claim = result.claims.find((c) => c.start < at + f.figure.length && c.end > at);
      const label = VERDICT[f.verdict];
      const pattern = f.coverage ? new RegExp(f.coverage, 'i') : undefined;
      let right = claim?.verdict === label;
      if (right && label === 'contradicted' && pattern) {
        const shown = [claim?.note ?? '', ...(claim?.evidence ?? []).map((e) => e.text)].join(' ');
        right = pattern.test(shown);
      }
      const others = claim ? contradicting(claim) : [];
      const contraShown =
        label === 'contradicted' &&
        others.length > 0 &&
        (!pattern ||
          pattern.test(others.flatMap((v) => [v.text, ...v.evidence.map((e) => e.text)]).join(' ')));
      rows.push({
        key: k,
        label,
        kind: f.kind ?? (label === 'contradicted' ? 'changed' : ''),
        read: claim !== undefined,
        verdict: claim?.verdict ?? 'not read',
        right,
        contraShown: claim?.verdict === 'contradicted' && label === 'contradicted' ? right : contraShown,
        features: claim ? verdictFeatures(index, claim, result.claims, vocabulary) : {},
      });
    }
  }
  const mine = rows.filter((r) => r.key === k);
  console.log(`${k}: ${mine.filter((r) => r.right).length}/${mine.length} right`);
}
writeFileSync(out, rows.map((r) => JSON.stringify(r)).join('\n'));
console.log(`${rows.length} figures -> ${out}`);
