/**
 * npx tsx bench/supported-contradicted.ts --keys AC,Y [--corpus ../shared/corpora/bbc]
 *
 * Every figure a drafts key labels Supported that the check shows Contradicted, with the draft's
 * sentence, the check's measure and subject, and the coverage values and sentences it was set
 * against (issue 20 §3, checkc-32), to count causes by hand. Items are printed: run it on reading
 * keys only.
 */
import { readFileSync } from 'node:fs';
import { checkDraft } from '../src/check/check.js';
import { buildIndex } from '../src/index/build.js';
import { HELD_KEYS } from './keys.js';
import { option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const keys = option('keys', '').split(',').filter(Boolean);
if (keys.some((k) => HELD_KEYS.includes(k))) throw new Error('a held-out key (bench/keys.ts HELD_KEYS)');
const index = await buildIndex(corpus, { warn: () => {} });
interface Draft {
  story: string;
  text: string;
  figures: { figure: string; verdict: string }[];
}
let n = 0;
for (const k of keys) {
  const key = JSON.parse(readFileSync(`bench/keys/drafts-${k}.json`, 'utf8')) as { drafts: Draft[] };
  for (const d of key.drafts) {
    const result = checkDraft(index, d.text);
    for (const f of d.figures) {
      if (f.verdict !== 'Supported') continue;
      const at = d.text.indexOf(f.figure);
      const c = result.claims.find((x) => x.start < at + f.figure.length && x.end > at);
      if (c?.verdict !== 'contradicted') continue;
      n++;
      console.log(
        `\n#${n} [${k} ${d.story}] "${f.figure}" measure=${c.measure ?? '?'} subject=${c.subject ?? '?'}`,
      );
      console.log(`  draft: ${c.sentence}`);
      console.log(`  note: ${c.note}`);
      for (const v of c.coverage)
        console.log(
          `  - ${v.relation} ${v.text} [${v.articleIds.join(' ')}]: ${v.evidence
            .map((e) => e.text)
            .join(' | ')
            .slice(0, 300)}`,
        );
    }
  }
}
console.log(`\n${n} Supported figures shown Contradicted`);
