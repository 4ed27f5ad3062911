/**
 * npx tsx bench/changed-causes.ts [--keys V,Q] [--read V] [--corpus ../shared/corpora/bbc]
 *
 * Why a changed figure of the drafts keys (Contradicted, kind changed) is not Contradicted with the
 * coverage's value, counted by cause: not read; the coverage's value among the check's values
 * (found, judged wrong: by its relation); else the coverage's sentence (the key's `coverage`
 * pattern on a sentence holding a figure of the draft's kind) searched for in the articles, with
 * its words' alignment to the draft figure's (`align.ts`, as the verdict model reads it) and how
 * much of the rest of the draft's sentence it holds. Items are printed only for the reading keys
 * (`--read`); for the others, counts alone.
 */
import { readFileSync } from 'node:fs';
import { alignment, contextOf, synonymsOf } from '../src/check/align.js';
import { checkDraft } from '../src/check/check.js';
import { buildIndex } from '../src/index/build.js';
import { idf } from '../src/index/postings.js';
import { defaultVocabulary } from '../src/index/vocabulary.js';
import { HELD_KEYS } from './keys.js';
import { option } from './options.js';

const keys = option('keys', 'V').split(',');
const reading = new Set(option('read', 'V').split(','));
const held = keys.filter((k) => HELD_KEYS.includes(k));
if (held.length > 0) throw new Error(`drafts-${held.join(', drafts-')} held out (bench/keys.ts HELD_KEYS)`);
const wantKind = option('kind', 'changed');
const index = await buildIndex(option('corpus', '../shared/corpora/bbc'), { warn: () => {} });
const vocabulary = defaultVocabulary();
const synonyms = synonymsOf(vocabulary);
const rarity = (stem: string) => idf(index.factCount, index.countMatching(stem));
const facts = index.articles().flatMap((a) => [...index.factsOf(a.id)]);

interface Labelled {
  figure: string;
  verdict: string;
  kind?: string;
  coverage?: string;
}
const causes = new Map<string, number>();
const add = (c: string) => causes.set(c, (causes.get(c) ?? 0) + 1);
const stemsOfText = (t: string) => new Set(contextOf(t, { start: 0, end: 0 }, vocabulary).keys());
for (const k of keys) {
  const key = JSON.parse(readFileSync(`bench/keys/drafts-${k}.json`, 'utf8')) as {
    drafts: { story: string; text: string; figures: Labelled[] }[];
  };
  for (const draft of key.drafts) {
    const result = checkDraft(index, draft.text);
    const story = new Set(
      result.claims.flatMap((c) =>
        c.verdict === 'supported' ? c.evidence.flatMap((e) => e.citations.map((x) => x.id)) : [],
      ),
    );
    for (const f of draft.figures) {
      if (f.verdict !== 'Contradicted' || (f.kind ?? 'changed') !== wantKind || !f.coverage) continue;
      const at = draft.text.indexOf(f.figure);
      const claim = result.claims.find((c) => c.start < at + f.figure.length && c.end > at);
      const pattern = new RegExp(f.coverage, 'i');
      const shown = [claim?.note ?? '', ...(claim?.evidence ?? []).map((e) => e.text)].join(' ');
      if (claim?.verdict === 'contradicted' && pattern.test(shown)) continue;
      let cause: string;
      let detail = '';
      if (!claim) cause = 'not read';
      else {
        const values = claim.coverage.filter(
          (v) =>
            pattern.test(v.text) ||
            v.evidence.some((e) => pattern.test(e.text) && v.quantity.text && pattern.test(v.quantity.text)),
        );
        const offset = Math.max(0, draft.text.indexOf(claim.sentence));
        const draftCtx = contextOf(
          claim.sentence,
          { start: at - offset, end: at - offset + f.figure.length },
          vocabulary,
        );
        if (values.length > 0) {
          cause = `found, ${claim.verdict}, relation ${[...new Set(values.map((v) => v.relation))].join('/')}`;
        } else {
          // The coverage's sentence: a fact whose text matches and holds a figure of the draft's kind matching.
          const hits = facts.filter(
            (x) =>
              pattern.test(x.text) &&
              x.quantities.some((q) => q.kind === claim.quantity.kind && pattern.test(q.text)),
          );
          const draftStems = stemsOfText(claim.sentence.replace(f.figure, ' '));
          let best = { a: -1, share: 0, inStory: false, text: '' };
          for (const x of hits) {
            const q = x.quantities.find((q) => q.kind === claim.quantity.kind && pattern.test(q.text));
            if (!q) continue;
            const a = alignment(draftCtx, contextOf(x.text, q, vocabulary), rarity, synonyms);
            const covStems = stemsOfText(x.text);
            const held = [...draftStems].filter((s) => covStems.has(s)).length;
            const share = held / Math.max(1, draftStems.size);
            if (a > best.a) best = { a, share, inStory: story.has(x.articleId), text: x.text };
          }
          if (hits.length === 0) cause = 'coverage sentence not in the index (kind or reading)';
          else {
            const band = best.a >= 0.25 ? '>=0.25' : best.a >= 0.1 ? '0.1-0.25' : '<0.1';
            cause = `not among values, align ${band}${best.inStory ? ', in story' : ''}`;
          }
          detail = `best ${best.a.toFixed(2)} share ${best.share.toFixed(2)}: ${best.text.slice(0, 200)}`;
        }
      }
      add(cause);
      if (reading.has(k))
        console.log(
          `[${k} ${draft.story}] ${f.figure} (${cause}) got ${claim?.verdict ?? '-'}: ${claim?.note.slice(0, 120) ?? ''}\n   draft: ${claim?.sentence.slice(0, 200) ?? ''}\n   ${detail}\n   values: ${(
            claim?.coverage ?? []
          )
            .map((v) => `${v.text}:${v.relation}`)
            .join(', ')
            .slice(0, 200)}`,
        );
    }
  }
}
for (const [c, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${c}`);
