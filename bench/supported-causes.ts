/**
 * npx tsx bench/supported-causes.ts [--keys W,V] [--read W,V] [--corpus ../shared/corpora/bbc]
 *
 * Why a Supported figure of the drafts keys does not come back Supported, counted by cause: not
 * read (the check has no claim on it); a stating value among the check's values (found, judged
 * wrong: the rules' verdict and the fitted model's); else, in the key's source articles, a sentence
 * whose figure of the draft's kind states it (its words' alignment with the draft figure's, by
 * band: never found as a candidate or aligned low), one whose figure of another kind has the
 * value (read as another kind), or none (the value not read there). Items are printed only for the
 * reading keys (`--read`); for the others, counts alone.
 */
import { readFileSync } from 'node:fs';
import { alignment, contextOf, synonymsOf } from '../src/check/align.js';
import { checkDraft, supports } from '../src/check/check.js';
import { buildIndex } from '../src/index/build.js';
import { idf } from '../src/index/postings.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { HELD_KEYS } from './keys.js';
import { option } from './options.js';

const keys = option('keys', 'W,V').split(',');
const reading = new Set(option('read', 'W,V').split(','));
const held = keys.filter((k) => HELD_KEYS.includes(k));
if (held.length > 0) throw new Error(`drafts-${held.join(', drafts-')} held out (bench/keys.ts HELD_KEYS)`);
const index = await buildIndex(option('corpus', '../shared/corpora/bbc'), { warn: () => {} });
const vocabulary = defaultVocabulary();
const synonyms = synonymsOf(vocabulary);
const rarity = (stem: string) => idf(index.factCount, index.countMatching(stem));

interface Labelled {
  figure: string;
  verdict: string;
  sources?: string[];
}
const causes = new Map<string, number>();
const add = (c: string) => causes.set(c, (causes.get(c) ?? 0) + 1);
const band = (a: number) => (a >= 0.4 ? '>=0.4' : a >= 0.2 ? '0.2-0.4' : a >= 0.1 ? '0.1-0.2' : '<0.1');
let total = 0;

for (const k of keys) {
  const key = JSON.parse(readFileSync(`bench/keys/drafts-${k}.json`, 'utf8')) as {
    drafts: { story: string; text: string; figures: Labelled[] }[];
  };
  for (const draft of key.drafts) {
    const result = checkDraft(index, draft.text);
    let rules: ReturnType<typeof checkDraft> | undefined;
    for (const f of draft.figures) {
      if (f.verdict !== 'Supported') continue;
      total++;
      const at = draft.text.indexOf(f.figure);
      const claim = result.claims.find((c) => c.start < at + f.figure.length && c.end > at);
      if (claim?.verdict === 'supported') continue;
      let cause: string;
      let detail = '';
      if (!claim) cause = 'not read';
      else {
        rules ??= checkDraft(index, draft.text, { verdictModel: null });
        const ruled = rules.claims.find((c) => c.start === claim.start && c.end === claim.end);
        const states = claim.coverage.filter((v) => v.relation === 'states');
        if (ruled?.verdict === 'supported') cause = `rules supported, model ${claim.verdict}`;
        else if (states.length > 0) cause = `stating value found, rules ${ruled?.verdict ?? '-'}`;
        else {
          const sources = (f.sources ?? []).flatMap((id) => [...index.factsOf(id)]);
          const offset = Math.max(0, draft.text.indexOf(claim.sentence));
          const draftCtx = contextOf(
            claim.sentence,
            { start: claim.start - offset, end: claim.end - offset },
            vocabulary,
          );
          let best = { a: -1, text: '' };
          for (const x of sources)
            for (const q of x.quantities) {
              if (q.kind !== claim.quantity.kind || !supports(q, claim.quantity)) continue;
              const a = alignment(draftCtx, contextOf(x.text, q, vocabulary), rarity, synonyms);
              if (a > best.a) best = { a, text: x.text };
            }
          if (best.a >= 0) {
            cause = `stating sentence in source, align ${band(best.a)}, ${claim.verdict}`;
            detail = `best ${best.a.toFixed(2)}: ${best.text.slice(0, 220)}`;
          } else {
            const other = sources.flatMap((x) =>
              x.quantities.filter((q) => q.value === claim.quantity.value).map((q) => ({ q, text: x.text })),
            );
            if (other.length > 0) {
              cause = `source value of another kind (${[...new Set(other.map((o) => o.q.kind))].join('/')})`;
              detail = `${other[0]?.q.kind} ${other[0]?.q.text}: ${other[0]?.text.slice(0, 200)}`;
            } else cause = 'value not read in source';
          }
        }
      }
      add(cause);
      if (reading.has(k))
        console.log(
          `[${k} ${draft.story}] ${f.figure} (${cause}) read ${claim ? `${claim.quantity.kind} ${claim.figure}` : '-'} got ${claim?.verdict ?? '-'}: ${claim?.note.slice(0, 120) ?? ''}\n   draft: ${claim?.sentence.slice(0, 200) ?? ''}\n   ${detail}\n   values: ${(
            claim?.coverage ?? []
          )
            .map((v) => `${v.text}:${v.relation}`)
            .join(', ')
            .slice(0, 200)}`,
        );
    }
  }
}
console.log(`Supported figures: ${total}`);
for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${c}`);
