/**
 * npx tsx bench/wrong-dump.ts --keys AE,AD [--corpus ../shared/corpora/bbc]
 *
 * Every figure of the reading drafts keys with a wrong verdict, for classifying by cause: the
 * draft's sentence, the label (and the coverage's value of a Contradicted figure), the check's
 * verdict, note and evidence, and the source articles' sentences holding the figure's digits or
 * the coverage pattern. TRAIN keys only (refuses HELD_KEYS).
 */
import { readFileSync } from 'node:fs';
import { checkDraft } from '../src/check/check.js';
import { buildIndex } from '../src/index/build.js';
import { HELD_KEYS } from './keys.js';
import { option } from './options.js';

const corpus = option('corpus', '../shared/corpora/bbc');
const keys = option('keys', 'AE,AD').split(',');
const held = keys.filter((k) => HELD_KEYS.includes(k));
if (held.length > 0) throw new Error(`drafts-${held.join(', drafts-')} held out (bench/keys.ts HELD_KEYS)`);
const index = await buildIndex(corpus, { warn: () => {} });
const VERDICT: Record<string, string> = {
  Supported: 'supported',
  Contradicted: 'contradicted',
  NotFound: 'not found',
};
interface Labelled {
  figure: string;
  verdict: string;
  kind?: string;
  coverage?: string;
  sources?: string[];
}
const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
const digits = (f: string) => (/\d[\d.,]*/.exec(f)?.[0] ?? f).replace(/,$/, '');
for (const k of keys) {
  const key = JSON.parse(readFileSync(`bench/keys/drafts-${k}.json`, 'utf8')) as {
    drafts: { story: string; text: string; figures: Labelled[] }[];
  };
  for (const draft of key.drafts) {
    const result = checkDraft(index, draft.text);
    for (const f of draft.figures) {
      const at = draft.text.indexOf(f.figure);
      const claim = result.claims.find((c) => c.start < at + f.figure.length && c.end > at);
      let ok = claim?.verdict === VERDICT[f.verdict];
      if (ok && f.verdict === 'Contradicted' && f.coverage) {
        const shown = [claim?.note ?? '', ...(claim?.evidence ?? []).map((e) => e.text)].join(' ');
        ok = new RegExp(f.coverage, 'i').test(shown);
      }
      if (ok) continue;
      console.log(
        `\n=== ${k} [${draft.story}] "${f.figure}" want ${f.verdict}${f.kind ? ` ${f.kind}` : ''}${f.coverage ? ` /${f.coverage}/` : ''} got ${claim ? claim.verdict : 'NOT READ'}${claim ? ` (m=${claim.measure ?? '?'}, s=${claim.subject ?? '?'}, fig=${claim.figure})` : ''}`,
      );
      const sent = sentencesOf(draft.text).find((s) => s.includes(f.figure)) ?? '';
      console.log(`  draft: ${sent}`);
      if (claim) {
        console.log(`  note: ${claim.note.slice(0, 300)}`);
        for (const e of claim.evidence.slice(0, 2))
          console.log(`  ev: ${e.text.slice(0, 250)} [${e.citations.map((c) => c.id).join(',')}]`);
      }
      const want = f.coverage ? new RegExp(f.coverage, 'i') : null;
      const d = digits(f.figure);
      for (const src of f.sources ?? []) {
        let text = '';
        try {
          text = readFileSync(`${corpus}/${src}.txt`, 'latin1');
        } catch {
          continue;
        }
        const hits = sentencesOf(text).filter((s) =>
          want ? want.test(s) : s.includes(d) || s.toLowerCase().includes(f.figure.toLowerCase()),
        );
        for (const h of hits.slice(0, 2)) console.log(`  src ${src}: ${h.slice(0, 300)}`);
      }
    }
  }
}
